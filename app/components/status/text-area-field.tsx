import { describedBy, FieldError, hintId, inputClass } from "../wizard/field-parts";

/** A long text of the status pages (a reply, a reason), wired like every field: label, hint, error. */
export function TextAreaField(props: { id: string; name: string; label: string; hint: string; error?: string; defaultValue?: string }) {
  const invalid = Boolean(props.error);
  return (
    <div className={inputClass("kern-form-input", invalid)}>
      <label className="kern-label" htmlFor={props.id}>
        {props.label}
      </label>
      <div className="kern-hint" id={hintId(props.id)}>
        {props.hint}
      </div>
      <textarea
        className={inputClass("kern-form-input__input", invalid)}
        id={props.id}
        name={props.name}
        rows={6}
        defaultValue={props.defaultValue}
        aria-describedby={describedBy(props.id, true, invalid)}
        aria-invalid={invalid ? true : undefined}
      />
      <FieldError id={props.id} message={props.error} />
    </div>
  );
}
