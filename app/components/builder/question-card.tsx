import type { LocalizedText } from "~/engine/types";
import type { QuestionAddress, QuestionView } from "~/lib/builder/builder-view";
import { deleteQuestion, moveQuestion, updateQuestion, type QuestionPatch } from "~/lib/builder/operations";
import { QUESTION_KINDS, suggestedAutocomplete } from "~/lib/builder/palette";
import { questionId, useBuilder } from "./builder-context";
import { ConstraintsEditor } from "./constraints-editor";
import { FileSettings } from "./file-settings";
import { OptionsEditor } from "./options-editor";
import { ProblemNotes } from "./problem-notes";
import { QuestionConditionEditor } from "./question-condition";
import { AddToList } from "./add-question";
import { LocalizedInput } from "./text-inputs";

const WIDGET_NAMES: Record<string, string> = {
  ...Object.fromEntries(QUESTION_KINDS.map((k) => [k.kind, k.label])),
  radio: "Optionsfelder",
  checkbox: "Einzelnes Häkchen",
};

const MESSAGE_KEYWORDS: ReadonlyArray<{ key: string; label: string }> = [
  { key: "required", label: "wenn die Antwort fehlt" },
  { key: "pattern", label: "wenn die Form nicht stimmt" },
  { key: "format", label: "wenn das Format nicht stimmt" },
  { key: "minLength", label: "wenn die Antwort zu kurz ist" },
  { key: "maxLength", label: "wenn die Antwort zu lang ist" },
  { key: "minimum", label: "wenn der Wert zu klein ist" },
  { key: "maximum", label: "wenn der Wert zu groß ist" },
];

const placeKey = (a: QuestionAddress) => `q:${a.step}:${a.field}${a.item === undefined ? "" : `:${a.item}`}`;

/** One question: a summary row with move, edit and delete buttons, and its settings when opened. */
export function QuestionCard({ question, count }: { question: QuestionView; count: number }) {
  const { definition, apply, expanded, toggle, problemsAt } = useBuilder();
  const { address, field } = question;
  const id = questionId(address.step, address.field, address.item);
  const position = address.item ?? address.field;
  const stepId = definition.steps[address.step]!.id;
  const key = `${stepId}${address.item === undefined ? "" : `${definition.steps[address.step]!.fields[address.field]!.pointer}`}${field.pointer}`;
  const open = expanded.has(key);
  const problems = problemsAt(placeKey(address)).length;
  const patch = (p: QuestionPatch, say?: string, focus?: string) => apply(updateQuestion(definition, address, p), { say, focus });
  const at = (index: number) =>
    questionId(address.step, address.item === undefined ? index : address.field, address.item === undefined ? undefined : index);
  const move = (to: number) =>
    apply(moveQuestion(definition, address, to), {
      say: `Frage „${field.label.de}“ ist jetzt an Position ${to + 1} von ${count}.`,
      focus: `${at(to)}-${to < position ? (to === 0 ? "runter" : "hoch") : to === count - 1 ? "hoch" : "runter"}`,
    });
  const remove = () =>
    apply(deleteQuestion(definition, address), {
      say: `Frage „${field.label.de}“ gelöscht.`,
      focus:
        count > 1
          ? `${at(Math.min(position, count - 2))}-bearbeiten`
          : address.item === undefined
            ? `seite-${address.step}-neu-art`
            : `${questionId(address.step, address.field)}-neu-art`,
    });
  const setText = (name: "label" | "hint" | "itemLabel" | "addLabel", lang: "de" | "en", text: string) => {
    const next: LocalizedText = { de: "", ...(field[name] ?? {}) };
    if (lang === "en" && text === "") delete next.en;
    else next[lang] = text;
    patch({ [name]: name !== "label" && next.de === "" && next.en === undefined ? null : next });
  };
  const suggestion = suggestedAutocomplete(field.pointer);
  const shownMessages = MESSAGE_KEYWORDS.filter(
    (m) =>
      field.messages?.[m.key] !== undefined ||
      (m.key === "required" && question.required) ||
      (m.key in question.constraints && m.key !== "format") ||
      (m.key === "format" && question.constraints.format !== undefined),
  );
  return (
    <li
      className="builder-question"
      draggable
      onDragStart={(e) => e.dataTransfer.setData("text/x-builder-question", JSON.stringify(address))}
      onDragOver={(e) => e.preventDefault()}
      onDrop={(e) => {
        const from = JSON.parse(e.dataTransfer.getData("text/x-builder-question") || "null") as QuestionAddress | null;
        const sameList =
          from !== null &&
          from.step === address.step &&
          (from.item === undefined ? address.item === undefined : address.item !== undefined && from.field === address.field);
        if (!from || !sameList) return;
        e.preventDefault();
        apply(moveQuestion(definition, from, position), { say: `Frage an Position ${position + 1} verschoben.` });
      }}
    >
      <div className="builder-question__summary">
        <h4 className="kern-heading-small builder-question__title" id={id}>
          {field.label.de || "(ohne Beschriftung)"}
          <span className="builder-question__kind">
            {" "}
            – {WIDGET_NAMES[field.widget] ?? field.widget}
            {question.required ? ", Pflicht" : ""}
            {field.when ? ", mit Bedingung" : ""}
            {problems > 0 ? `, ${problems === 1 ? "1 Problem" : `${problems} Probleme`}` : ""}
          </span>
        </h4>
        <div className="button-row builder-row-actions">
          <button
            type="button"
            id={`${id}-bearbeiten`}
            className="kern-btn kern-btn--secondary"
            aria-expanded={open}
            aria-controls={`${id}-einstellungen`}
            aria-describedby={id}
            onClick={() => toggle(key)}
          >
            <span className="kern-label">{open ? "Einstellungen schließen" : "Bearbeiten"}</span>
          </button>
          <button
            type="button"
            id={`${id}-hoch`}
            className="kern-btn kern-btn--tertiary"
            aria-describedby={id}
            disabled={position === 0}
            onClick={() => move(position - 1)}
          >
            <span className="kern-label">Nach oben</span>
          </button>
          <button
            type="button"
            id={`${id}-runter`}
            className="kern-btn kern-btn--tertiary"
            aria-describedby={id}
            disabled={position === count - 1}
            onClick={() => move(position + 1)}
          >
            <span className="kern-label">Nach unten</span>
          </button>
          <button type="button" id={`${id}-loeschen`} className="kern-btn kern-btn--tertiary" aria-describedby={id} onClick={remove}>
            <span className="kern-label">Löschen</span>
          </button>
        </div>
      </div>
      <div id={`${id}-einstellungen`} hidden={!open} className="builder-question__settings kern-stack">
        {open && (
          <>
            <ProblemNotes place={placeKey(address)} />
            <LocalizedInput
              id={`${id}-frage`}
              label="Frage"
              required
              value={field.label}
              onChange={(lang, t) => setText("label", lang, t)}
            />
            <LocalizedInput
              id={`${id}-hilfe`}
              label="Hinweis unter der Frage"
              value={field.hint}
              onChange={(lang, t) => setText("hint", lang, t)}
            />
            {question.required === null ? (
              <p className="kern-body builder-note">Ob die Angabe Pflicht ist, legt der Baustein fest, zu dem sie gehört.</p>
            ) : (
              <div className="kern-form-check">
                <input
                  className="kern-form-check__checkbox"
                  type="checkbox"
                  id={`${id}-pflicht`}
                  checked={question.required}
                  onChange={(e) => patch({ required: e.target.checked })}
                />
                <label className="kern-label" htmlFor={`${id}-pflicht`}>
                  Pflichtangabe
                </label>
              </div>
            )}
            {field.options && (
              <OptionsEditor
                id={`${id}-antwort`}
                options={field.options}
                editableValues={question.optionsEditable}
                onChange={(options, say, focus) => patch({ options }, say, focus)}
              />
            )}
            {question.constraintsEditable && field.widget !== "date" && field.widget !== "checkbox" && !field.options?.length && (
              <ConstraintsEditor
                id={id}
                widget={field.widget}
                constraints={question.constraints}
                onChange={(constraints) => patch({ constraints })}
              />
            )}
            {question.constraintsEditable && field.widget === "checkboxes" && (
              <ConstraintsEditor
                id={id}
                widget={field.widget}
                constraints={question.constraints}
                onChange={(constraints) => patch({ constraints })}
              />
            )}
            {!question.constraintsEditable && question.place === null && (
              <p className="kern-body builder-note">
                Die Regeln für die Antwort kommen aus einem Baustein (gemeinsamer Teil aus schemas/).
              </p>
            )}
            {field.widget === "file" && (
              <FileSettings id={id} accept={field.accept ?? []} maxBytes={field.maxBytes} onChange={(p) => patch(p)} />
            )}
            {field.widget === "group" && (
              <>
                <LocalizedInput
                  id={`${id}-eintrag`}
                  label="Name eines Eintrags (z. B. „Hund“ → „Hund 2“)"
                  value={field.itemLabel}
                  onChange={(lang, t) => setText("itemLabel", lang, t)}
                />
                <LocalizedInput
                  id={`${id}-hinzufuegen`}
                  label="Beschriftung der Schaltfläche „hinzufügen“"
                  value={field.addLabel}
                  onChange={(lang, t) => setText("addLabel", lang, t)}
                />
                <section className="builder-group kern-stack" aria-labelledby={`${id}-eintragsfragen`}>
                  <h5 className="kern-heading-small" id={`${id}-eintragsfragen`}>
                    Fragen je Eintrag
                  </h5>
                  <ol className="builder-questions">
                    {question.items.map((item) => (
                      <QuestionCard key={item.field.pointer} question={item} count={question.items.length} />
                    ))}
                  </ol>
                  <AddToList step={address.step} group={address.field} idBase={`${id}-neu`} />
                </section>
              </>
            )}
            {["text", "email", "tel", "date"].includes(field.widget) && (
              <div className="kern-form-input">
                <label className="kern-label" htmlFor={`${id}-autocomplete`}>
                  Automatisch ausfüllen (autocomplete, optional)
                </label>
                <div className="kern-hint" id={`${id}-autocomplete-hinweis`}>
                  Für Angaben zur Person, damit Browser sie vorschlagen können (WCAG 1.3.5).
                  {suggestion && suggestion !== field.autocomplete ? ` Vorschlag: ${suggestion}.` : ""}
                </div>
                <input
                  id={`${id}-autocomplete`}
                  className="kern-form-input__input builder-code"
                  value={field.autocomplete ?? ""}
                  aria-describedby={`${id}-autocomplete-hinweis`}
                  onChange={(e) => patch({ autocomplete: e.target.value.trim() === "" ? null : e.target.value.trim() })}
                />
                {suggestion && suggestion !== field.autocomplete && (
                  <button
                    type="button"
                    className="kern-btn kern-btn--tertiary"
                    onClick={() => patch({ autocomplete: suggestion }, `Vorschlag ${suggestion} übernommen.`)}
                  >
                    <span className="kern-label">Vorschlag „{suggestion}“ übernehmen</span>
                  </button>
                )}
              </div>
            )}
            <QuestionConditionEditor question={question} />
            {shownMessages.length > 0 && (
              <details className="builder-details">
                <summary className="kern-label">Eigene Fehlermeldungen (optional)</summary>
                <p className="kern-hint">
                  Ohne eigene Meldung nennt das Portal die Frage und was fehlt. Platzhalter: {"{label}"}, {"{limit}"}.
                </p>
                {shownMessages.map((m) => (
                  <LocalizedInput
                    key={m.key}
                    id={`${id}-meldung-${m.key}`}
                    label={`Meldung ${m.label}`}
                    value={field.messages?.[m.key]}
                    onChange={(lang, text) => {
                      const messages = { ...(field.messages ?? {}) };
                      const next: LocalizedText = { ...(messages[m.key] ?? { de: "" }) };
                      if (lang === "en" && text === "") delete next.en;
                      else next[lang] = text;
                      if (next.de === "" && next.en === undefined) delete messages[m.key];
                      else messages[m.key] = next;
                      patch({ messages: Object.keys(messages).length ? messages : null });
                    }}
                  />
                ))}
              </details>
            )}
            {question.expert && (
              <div className="builder-expert">
                <p className="kern-label">Expertenangabe (nur lesbar, bleibt beim Speichern erhalten)</p>
                <pre className="builder-code" tabIndex={0} role="region" aria-label={`Expertenangabe zu „${field.label.de}“`}>
                  {JSON.stringify(question.expert, null, 2)}
                </pre>
              </div>
            )}
          </>
        )}
      </div>
    </li>
  );
}
