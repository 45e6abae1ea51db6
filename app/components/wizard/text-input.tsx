import { firstValue, type FieldContext } from "./field-context";
import { describedBy, FieldError, Hint, inputClass, FieldLabel, requiredProps } from "./field-parts";
import { fieldId, type FieldView } from "../../server/wizard/view-model";

const TYPES: Partial<Record<FieldView["widget"], string>> = { email: "email", tel: "tel" };

/** An input as wide as its longest answer (GOV.UK, KERN): a postcode box that fits five digits tells what goes in. */
function widthClass(maxLength: number | undefined): string {
  if (maxLength === undefined) return "";
  if (maxLength <= 5) return " input-width-5";
  if (maxLength <= 15) return " input-width-10";
  if (maxLength <= 40) return " input-width-20";
  return "";
}

/**
 * Text, e-mail, phone, number and long text. Numbers are text inputs with a numeric keyboard:
 * `type=number` would drop "12,5" and change values on scroll.
 */
export function TextInput({ field, name, context }: { field: FieldView; name: string; context: FieldContext }) {
  const id = fieldId(name);
  const error = context.errors.get(name);
  const common = {
    id,
    name,
    defaultValue: firstValue(context, name),
    "aria-describedby": describedBy(id, Boolean(field.hint?.text), Boolean(error)),
    "aria-invalid": error ? true : undefined,
    autoComplete: field.autocomplete,
    ...requiredProps(field),
  };
  return (
    <div className={inputClass("kern-form-input", Boolean(error))}>
      <label className="kern-label" htmlFor={id}>
        <FieldLabel field={field} />
      </label>
      <Hint id={id} hint={field.hint} />
      {field.widget === "textarea" ? (
        <textarea className={inputClass("kern-form-input__input", Boolean(error))} rows={5} {...common} />
      ) : (
        <input
          className={`${inputClass("kern-form-input__input", Boolean(error))}${widthClass(field.maxLength)}`}
          type={TYPES[field.widget] ?? "text"}
          inputMode={field.widget === "number" ? "decimal" : undefined}
          spellCheck={field.widget === "email" ? false : undefined}
          {...common}
        />
      )}
      <FieldError id={id} message={error} />
    </div>
  );
}
