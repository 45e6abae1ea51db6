import { firstValue, type FieldContext } from "./field-context";
import { describedBy, FieldError, Hint, inputClass, FieldLabel, requiredProps } from "./field-parts";
import { fieldId, type FieldView } from "../../server/wizard/view-model";

/** autocomplete tokens of the parts, where the whole date has one (WCAG 1.3.5). */
function partToken(token: string | undefined, part: "day" | "month" | "year"): string | undefined {
  return token === "bday" ? `bday-${part}` : undefined;
}

/** A date as day / month / year (GOV.UK pattern): easier to type and to read out than a picker. */
export function DateInput({ field, name, context }: { field: FieldView; name: string; context: FieldContext }) {
  const id = fieldId(name);
  const error = context.errors.get(name);
  const t = context.t;
  const parts = [
    { part: "day" as const, label: t("step.dateDay"), id, width: "kern-form-input__input--width-2", size: 2 },
    { part: "month" as const, label: t("step.dateMonth"), id: `${id}-monat`, width: "kern-form-input__input--width-2", size: 2 },
    { part: "year" as const, label: t("step.dateYear"), id: `${id}-jahr`, width: "kern-form-input__input--width-4", size: 4 },
  ];
  return (
    <fieldset
      className={inputClass("kern-fieldset", Boolean(error))}
      aria-describedby={describedBy(id, true, Boolean(error))}
      data-date-field={name}
    >
      <legend className="kern-label">
        <FieldLabel field={field} />
      </legend>
      <Hint id={id} hint={field.hint?.text ? field.hint : { text: t("step.dateHint") }} />
      <div className="kern-fieldset__body kern-fieldset__body--horizontal date-input">
        {parts.map(({ part, label, id: partId, width, size }) => (
          <div className="kern-form-input date-input__part" key={part}>
            <label className="kern-label" htmlFor={partId}>
              {label}
            </label>
            <input
              className={`${inputClass("kern-form-input__input", Boolean(error))} ${width}`}
              id={partId}
              name={`${name}/${part}`}
              type="text"
              inputMode="numeric"
              size={size}
              defaultValue={firstValue(context, `${name}/${part}`)}
              autoComplete={partToken(field.autocomplete, part)}
              aria-invalid={error ? true : undefined}
              {...requiredProps(field)}
            />
          </div>
        ))}
      </div>
      <FieldError id={id} message={error} />
    </fieldset>
  );
}
