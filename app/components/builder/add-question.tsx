import { useState } from "react";
import { addBlock, addQuestion } from "~/lib/builder/operations";
import { BLOCKS, QUESTION_KINDS, type BlockId, type QuestionKind } from "~/lib/builder/palette";
import { questionId, useBuilder } from "./builder-context";

/** The palette under a page (or a group's item questions): a question kind with its wording, or a ready-made block. */
export function AddToList({ step, group, idBase }: { step: number; group?: number; idBase: string }) {
  const { definition, apply } = useBuilder();
  const [kind, setKind] = useState<QuestionKind>("text");
  const [label, setLabel] = useState("");
  const [block, setBlock] = useState<BlockId>("name");
  const [missing, setMissing] = useState(false);
  const focusOf = (address: { step: number; field: number; item?: number }) =>
    `${questionId(address.step, address.field, address.item)}-bearbeiten`;
  const add = () => {
    if (label.trim() === "") {
      setMissing(true);
      document.getElementById(`${idBase}-frage`)?.focus();
      return;
    }
    const added = addQuestion(definition, step, kind, label.trim(), group);
    if (!added) return;
    setLabel("");
    setMissing(false);
    apply(added.definition, { say: `Frage „${label.trim()}“ hinzugefügt.`, focus: focusOf(added.address) });
  };
  const addReady = () => {
    const added = addBlock(definition, step, block, group);
    if (added) apply(added.definition, { say: `Baustein „${BLOCKS[block].label}“ hinzugefügt.`, focus: focusOf(added.address) });
  };
  return (
    <div className="builder-palette kern-stack-sm">
      <fieldset className="kern-fieldset">
        <legend className="kern-label">{group === undefined ? "Frage hinzufügen" : "Frage je Eintrag hinzufügen"}</legend>
        <div className="builder-palette__row">
          <div className="kern-form-input">
            <label className="kern-label" htmlFor={`${idBase}-art`}>
              Art der Frage
            </label>
            <div className="kern-form-input__select-wrapper">
              <select
                id={`${idBase}-art`}
                className="kern-form-input__select"
                value={kind}
                onChange={(e) => setKind(e.target.value as QuestionKind)}
              >
                {QUESTION_KINDS.filter((k) => group === undefined || k.kind !== "group").map((k) => (
                  <option key={k.kind} value={k.kind}>
                    {k.label}
                  </option>
                ))}
              </select>
            </div>
          </div>
          <div className="kern-form-input">
            <label className="kern-label" htmlFor={`${idBase}-frage`}>
              Frage (Deutsch)
            </label>
            {missing && (
              <p className="kern-error" id={`${idBase}-frage-fehler`}>
                Bitte geben Sie die Frage ein.
              </p>
            )}
            <input
              id={`${idBase}-frage`}
              className="kern-form-input__input"
              value={label}
              aria-invalid={missing || undefined}
              aria-describedby={missing ? `${idBase}-frage-fehler` : undefined}
              onChange={(e) => setLabel(e.target.value)}
              onKeyDown={(e) => {
                if (e.key === "Enter") {
                  e.preventDefault();
                  add();
                }
              }}
            />
          </div>
          <button type="button" id={`${idBase}-hinzufuegen`} className="kern-btn kern-btn--secondary" onClick={add}>
            <span className="kern-label">Frage hinzufügen</span>
          </button>
        </div>
      </fieldset>
      <fieldset className="kern-fieldset">
        <legend className="kern-label">Fertigen Baustein hinzufügen</legend>
        <div className="builder-palette__row">
          <div className="kern-form-input">
            <label className="kern-label" htmlFor={`${idBase}-baustein`}>
              Baustein
            </label>
            <div className="kern-form-input__select-wrapper">
              <select
                id={`${idBase}-baustein`}
                className="kern-form-input__select"
                value={block}
                onChange={(e) => setBlock(e.target.value as BlockId)}
              >
                {(Object.keys(BLOCKS) as BlockId[]).map((id) => (
                  <option key={id} value={id}>
                    {BLOCKS[id].label}
                  </option>
                ))}
              </select>
            </div>
          </div>
          <button type="button" id={`${idBase}-baustein-hinzufuegen`} className="kern-btn kern-btn--secondary" onClick={addReady}>
            <span className="kern-label">Baustein hinzufügen</span>
          </button>
        </div>
      </fieldset>
    </div>
  );
}
