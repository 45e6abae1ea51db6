import { useState } from "react";
import type { LocalizedText } from "~/engine/types";

/**
 * A German text and its English counterpart side by side. German is what citizens see first
 * (and required where the contract requires it); English is optional.
 */
export function LocalizedInput({
  id,
  label,
  value,
  onChange,
  multiline = false,
  required = false,
  hint,
  describedBy,
}: {
  id: string;
  label: string;
  value: LocalizedText | undefined;
  onChange: (lang: "de" | "en", text: string) => void;
  multiline?: boolean;
  required?: boolean;
  hint?: string;
  describedBy?: string;
}) {
  const hintId = hint ? `${id}-hinweis` : undefined;
  const described = [hintId, describedBy].filter(Boolean).join(" ") || undefined;
  return (
    <fieldset className="kern-fieldset builder-localized">
      <legend className="kern-label">
        {label}
        {required ? "" : " (optional)"}
      </legend>
      {hint && (
        <div className="kern-hint" id={hintId}>
          {hint}
        </div>
      )}
      <div className="builder-localized__pair">
        {(["de", "en"] as const).map((lang) => {
          const inputId = `${id}-${lang}`;
          const common = {
            id: inputId,
            className: "kern-form-input__input",
            value: value?.[lang] ?? "",
            lang,
            "aria-describedby": described,
            onChange: (event: { target: { value: string } }) => onChange(lang, event.target.value),
          };
          return (
            <div className="kern-form-input" key={lang}>
              <label className="kern-label builder-sublabel" htmlFor={inputId}>
                {lang === "de" ? "Deutsch" : "Englisch (optional)"}
              </label>
              {multiline ? (
                <textarea rows={3} {...common} required={lang === "de" && required} />
              ) : (
                <input type="text" {...common} required={lang === "de" && required} />
              )}
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}

export function NumberInput({
  id,
  label,
  value,
  onChange,
  hint,
}: {
  id: string;
  label: string;
  value: number | undefined;
  onChange: (value: number | undefined) => void;
  hint?: string;
}) {
  // The typed text stays as typed ("12," on the way to "12,5"); the number follows when it parses.
  const [text, setText] = useState(value === undefined ? "" : String(value).replace(".", ","));
  return (
    <div className="kern-form-input builder-number">
      <label className="kern-label" htmlFor={id}>
        {label}
      </label>
      {hint && (
        <div className="kern-hint" id={`${id}-hinweis`}>
          {hint}
        </div>
      )}
      <input
        id={id}
        className="kern-form-input__input"
        type="text"
        inputMode="decimal"
        value={text}
        aria-describedby={hint ? `${id}-hinweis` : undefined}
        onChange={(event) => {
          setText(event.target.value);
          const typed = event.target.value.trim().replace(",", ".");
          const number = Number(typed);
          if (typed === "") onChange(undefined);
          else if (Number.isFinite(number)) onChange(number);
        }}
      />
    </div>
  );
}
