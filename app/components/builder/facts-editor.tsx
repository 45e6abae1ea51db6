import type { LocalizedText } from "~/engine/types";
import { LEIKA_KEY_FORMAT, setLeikaKey, setLevel, setListFact, setServiceId, setTextFact, type ListFact } from "~/lib/builder/operations";
import { useBuilder } from "./builder-context";
import { ProblemNotes } from "./problem-notes";
import { LocalizedInput } from "./text-inputs";

function FactList({ fact, label, singular }: { fact: ListFact; label: string; singular: string }) {
  const { definition, apply } = useBuilder();
  const items = definition[fact] ?? [];
  const write = (next: LocalizedText[], change?: { say?: string; focus?: string }) => apply(setListFact(definition, fact, next), change);
  return (
    <fieldset className="kern-fieldset">
      <legend className="kern-label">{label} (optional)</legend>
      <ol className="builder-fact-list">
        {items.map((item, index) => (
          <li key={index} className="kern-stack-sm">
            <LocalizedInput
              id={`${fact}-${index}`}
              label={`${singular} ${index + 1}`}
              required
              value={item}
              onChange={(lang, text) =>
                write(
                  items.map((entry, i) =>
                    i !== index ? entry : lang === "en" && text === "" ? { de: entry.de } : { ...entry, [lang]: text },
                  ),
                )
              }
            />
            <button
              type="button"
              className="kern-btn kern-btn--tertiary"
              onClick={() =>
                write(
                  items.filter((_, i) => i !== index),
                  { say: `${singular} ${index + 1} entfernt.`, focus: `${fact}-neu` },
                )
              }
            >
              <span className="kern-label">
                {singular} {index + 1} entfernen
              </span>
            </button>
          </li>
        ))}
      </ol>
      <button
        type="button"
        id={`${fact}-neu`}
        className="kern-btn kern-btn--secondary"
        onClick={() => write([...items, { de: "" }], { say: `${singular} hinzugefügt.`, focus: `${fact}-${items.length}-de` })}
      >
        <span className="kern-label">{singular} hinzufügen</span>
      </button>
    </fieldset>
  );
}

/** The service facts citizens read before they start: German required, English beside it. */
export function FactsEditor({ newService }: { newService: boolean }) {
  const { definition, apply } = useBuilder();
  const leikaInvalid = definition.leikaKey !== undefined && !LEIKA_KEY_FORMAT.test(definition.leikaKey);
  const text = (fact: Parameters<typeof setTextFact>[1]) => (lang: "de" | "en", value: string) =>
    apply(setTextFact(definition, fact, lang, value));
  return (
    <section className="kern-stack" aria-labelledby="angaben-titel">
      <h2 className="kern-heading-medium" id="angaben-titel">
        Angaben zur Leistung
      </h2>
      <ProblemNotes place="facts" />
      {newService && (
        <div className="kern-form-input">
          <label className="kern-label" htmlFor="kennung">
            Kennung der Leistung
          </label>
          <div className="kern-hint" id="kennung-hinweis">
            Teil der Internetadresse: Kleinbuchstaben, Ziffern und Bindestriche, 3 bis 63 Zeichen. Später nicht mehr änderbar.
          </div>
          <input
            id="kennung"
            className="kern-form-input__input builder-code"
            value={definition.id}
            aria-describedby="kennung-hinweis"
            onChange={(e) => apply(setServiceId(definition, e.target.value))}
          />
        </div>
      )}
      <LocalizedInput id="titel" label="Titel" required value={definition.title} onChange={text("title")} />
      <LocalizedInput
        id="beschreibung"
        label="Beschreibung"
        required
        multiline
        value={definition.description}
        onChange={text("description")}
      />
      <LocalizedInput id="gebuehren" label="Gebühren" required value={definition.fees} onChange={text("fees")} />
      <LocalizedInput
        id="bearbeitungsdauer"
        label="Bearbeitungsdauer"
        value={definition.processingTime}
        onChange={text("processingTime")}
      />
      <FactList fact="requirements" label="Was Sie benötigen" singular="Voraussetzung" />
      <FactList fact="legalBasis" label="Rechtsgrundlagen" singular="Rechtsgrundlage" />
      <div className="kern-form-input">
        <label className="kern-label" htmlFor="leika">
          LeiKa-Schlüssel (optional)
        </label>
        <div className="kern-hint" id="leika-hinweis">
          14 Ziffern, beginnend mit 99 (Leistungskatalog).
        </div>
        {leikaInvalid && (
          <p className="kern-error" id="leika-fehler">
            Der LeiKa-Schlüssel hat 14 Ziffern und beginnt mit 99, zum Beispiel 99108004000000.
          </p>
        )}
        <input
          id="leika"
          className="kern-form-input__input builder-code"
          inputMode="numeric"
          value={definition.leikaKey ?? ""}
          aria-invalid={leikaInvalid || undefined}
          aria-describedby={leikaInvalid ? "leika-hinweis leika-fehler" : "leika-hinweis"}
          onChange={(e) => apply(setLeikaKey(definition, e.target.value))}
        />
      </div>
      <fieldset className="kern-fieldset">
        <legend className="kern-label">Zuständig ist</legend>
        <div className="kern-fieldset__body">
          {(
            [
              ["gemeinde", "die Gemeinde (oder ihre Verwaltungsgemeinschaft)"],
              ["kreis", "der Landkreis (Landratsamt)"],
            ] as const
          ).map(([level, label]) => (
            <div className="kern-form-check" key={level}>
              <input
                className="kern-form-check__radio"
                type="radio"
                name="ebene"
                id={`ebene-${level}`}
                checked={definition.level === level}
                onChange={() => apply(setLevel(definition, level))}
              />
              <label className="kern-label" htmlFor={`ebene-${level}`}>
                {label}
              </label>
            </div>
          ))}
        </div>
      </fieldset>
      <LocalizedInput
        id="erklaerung"
        label="Erklärung, die Antragstellende vor dem Absenden bestätigen"
        required
        multiline
        value={definition.review.declaration}
        onChange={text("declaration")}
      />
    </section>
  );
}
