import type { Widget } from "~/engine/types";
import { FORMAT_LABELS, VETTED_PATTERNS, type Constraints } from "~/lib/builder/question-schema";
import { NumberInput } from "./text-inputs";

const CUSTOM = "eigenes";

/** Limits offered in words for the question's kind; patterns from the vetted list or custom (checked like forms:check). */
export function ConstraintsEditor({
  id,
  widget,
  constraints,
  onChange,
}: {
  id: string;
  widget: Widget;
  constraints: Constraints;
  onChange: (next: Constraints) => void;
}) {
  const set = (key: keyof Constraints, value: string | number | undefined) => {
    const next = { ...constraints } as Record<string, unknown>;
    if (value === undefined || value === "") delete next[key];
    else next[key] = value;
    onChange(next as Constraints);
  };
  const textual = widget === "text" || widget === "textarea" || widget === "tel" || widget === "email";
  const vetted = VETTED_PATTERNS.find((p) => p.pattern === constraints.pattern);
  const patternChoice = constraints.pattern === undefined ? "" : vetted ? vetted.id : CUSTOM;
  return (
    <fieldset className="kern-fieldset">
      <legend className="kern-label">Regeln für die Antwort</legend>
      <div className="builder-grid">
        {textual && (
          <>
            <NumberInput
              id={`${id}-min-laenge`}
              label="Mindestens Zeichen"
              value={constraints.minLength}
              onChange={(v) => set("minLength", v)}
            />
            <NumberInput
              id={`${id}-max-laenge`}
              label="Höchstens Zeichen"
              value={constraints.maxLength}
              onChange={(v) => set("maxLength", v)}
            />
          </>
        )}
        {widget === "number" && (
          <>
            <NumberInput id={`${id}-minimum`} label="Kleinster Wert" value={constraints.minimum} onChange={(v) => set("minimum", v)} />
            <NumberInput id={`${id}-maximum`} label="Größter Wert" value={constraints.maximum} onChange={(v) => set("maximum", v)} />
          </>
        )}
        {(widget === "checkboxes" || widget === "group" || widget === "file") && (
          <>
            <NumberInput
              id={`${id}-min-anzahl`}
              label={widget === "group" ? "Mindestens Einträge" : "Mindestens Auswahl"}
              value={constraints.minItems}
              onChange={(v) => set("minItems", v)}
            />
            <NumberInput
              id={`${id}-max-anzahl`}
              label={widget === "group" ? "Höchstens Einträge" : "Höchstens Auswahl"}
              value={constraints.maxItems}
              onChange={(v) => set("maxItems", v)}
            />
          </>
        )}
      </div>
      {(widget === "text" || widget === "tel") && (
        <>
          <div className="kern-form-input">
            <label className="kern-label" htmlFor={`${id}-muster`}>
              Zulässige Form
            </label>
            <div className="kern-form-input__select-wrapper">
              <select
                id={`${id}-muster`}
                className="kern-form-input__select"
                value={constraints.format === "iban" ? "iban" : patternChoice}
                onChange={(e) => {
                  const choice = e.target.value;
                  const next = { ...constraints };
                  delete next.pattern;
                  if (next.format === "iban") delete next.format;
                  if (choice === "iban") next.format = "iban";
                  else if (choice === CUSTOM) next.pattern = constraints.pattern ?? "^";
                  else if (choice) next.pattern = VETTED_PATTERNS.find((p) => p.id === choice)!.pattern;
                  onChange(next);
                }}
              >
                <option value="">Beliebiger Text</option>
                {VETTED_PATTERNS.map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.label}
                  </option>
                ))}
                <option value="iban">{FORMAT_LABELS.iban}</option>
                <option value={CUSTOM}>Eigenes Muster (regulärer Ausdruck)</option>
              </select>
            </div>
          </div>
          {patternChoice === CUSTOM && (
            <div className="kern-form-input">
              <label className="kern-label" htmlFor={`${id}-eigenes-muster`}>
                Eigenes Muster
              </label>
              <div className="kern-hint" id={`${id}-eigenes-muster-hinweis`}>
                Regulärer Ausdruck, beginnend mit ^. Die Prüfung lehnt mehrdeutige Muster ab, die Anträge verlangsamen könnten.
              </div>
              <input
                id={`${id}-eigenes-muster`}
                className="kern-form-input__input builder-code"
                value={constraints.pattern ?? ""}
                aria-describedby={`${id}-eigenes-muster-hinweis`}
                onChange={(e) => set("pattern", e.target.value)}
              />
            </div>
          )}
        </>
      )}
      {constraints.format && constraints.format !== "iban" && (
        <p className="kern-body builder-note">Format: {FORMAT_LABELS[constraints.format] ?? constraints.format}</p>
      )}
    </fieldset>
  );
}
