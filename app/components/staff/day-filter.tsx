import type { TypedDay } from "~/server/cases/inbox-filters";
import { describedBy, errorId, hintId, inputClass } from "../wizard/field-parts";
import { FieldError } from "./field-error";

const PARTS = [
  { part: "day", label: "Tag", width: "kern-form-input__input--width-2", size: 2 },
  { part: "month", label: "Monat", width: "kern-form-input__input--width-2", size: 2 },
  { part: "year", label: "Jahr", width: "kern-form-input__input--width-4", size: 4 },
] as const;

/**
 * A day as day / month / year, the pattern citizens get in the wizard (DateInput): one date
 * pattern across the portal, typed the same way on every browser, checked on the server.
 */
export function DayFilter({ name, legend, typed, error }: { name: string; legend: string; typed: TypedDay; error?: string }) {
  return (
    <fieldset className={inputClass("kern-fieldset", Boolean(error))} aria-describedby={describedBy(name, true, Boolean(error))}>
      <legend className="kern-label">{legend}</legend>
      <div className="kern-hint" id={hintId(name)}>
        Zum Beispiel 27 3 2026
      </div>
      <FieldError id={errorId(name)} message={error} />
      <div className="kern-fieldset__body kern-fieldset__body--horizontal date-input">
        {PARTS.map(({ part, label, width, size }) => {
          const id = part === "day" ? name : `${name}-${part}`;
          return (
            <div className="kern-form-input date-input__part" key={part}>
              <label className="kern-label" htmlFor={id}>
                {label}
              </label>
              <input
                className={`${inputClass("kern-form-input__input", Boolean(error))} ${width}`}
                id={id}
                name={`${name}-${part}`}
                type="text"
                inputMode="numeric"
                size={size}
                maxLength={size}
                defaultValue={typed[part]}
                aria-invalid={error ? true : undefined}
              />
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
