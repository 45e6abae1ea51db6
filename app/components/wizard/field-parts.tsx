/** The pieces every field shares: label, hint, error message, and how they are wired by id. */
import { Text } from "~/lib/i18n/localized";
import type { Localized } from "~/lib/i18n/format";
import { useT } from "~/lib/i18n/use-translation";
import type { FieldView } from "../../server/wizard/view-model";

export function hintId(id: string): string {
  return `${id}-hinweis`;
}

export function errorId(id: string): string {
  return `${id}-fehler`;
}

/** aria-describedby: the hint, then the error, as screen readers should read them after the label. */
export function describedBy(id: string, hint: boolean, error: boolean): string | undefined {
  const ids = [hint ? hintId(id) : null, error ? errorId(id) : null].filter(Boolean);
  return ids.length > 0 ? ids.join(" ") : undefined;
}

export function Hint({ id, hint, extra }: { id: string; hint?: Localized; extra?: string }) {
  if (!hint?.text && !extra) return null;
  return (
    <div className="kern-hint" id={hintId(id)}>
      {hint?.text && <Text value={hint} />}
      {hint?.text && extra ? " " : null}
      {extra}
    </div>
  );
}

export function FieldError({ id, message }: { id: string; message?: string }) {
  const t = useT();
  if (!message) return null;
  return (
    <p className="kern-error" id={errorId(id)}>
      <span className="kern-icon kern-icon--danger kern-icon--md" aria-hidden="true" />
      <span className="kern-body">
        <span className="kern-sr-only">{t("common.errorPrefix")}</span>
        {message}
      </span>
    </p>
  );
}

export function inputClass(base: string, error: boolean): string {
  return error ? `${base} ${base}--error` : base;
}

/** A text field of the portal's own pages (status, resume, save), outside any form definition; with `rows`, a long text. */
export function PageTextField(props: {
  id: string;
  name: string;
  label: string;
  hint: string;
  error?: string | null;
  type?: "text" | "email";
  autoComplete: string;
  autoCapitalize?: string;
  defaultValue?: string;
  inputClassName?: string;
  rows?: number;
}) {
  const invalid = Boolean(props.error);
  const common = {
    id: props.id,
    name: props.name,
    defaultValue: props.defaultValue,
    "aria-describedby": describedBy(props.id, true, invalid),
    "aria-invalid": invalid ? true : undefined,
  };
  return (
    <div className={inputClass("kern-form-input", invalid)}>
      <label className="kern-label" htmlFor={props.id}>
        {props.label}
      </label>
      <div className="kern-hint" id={hintId(props.id)}>
        {props.hint}
      </div>
      {props.rows ? (
        <textarea
          className={inputClass("kern-form-input__input", invalid)}
          rows={props.rows}
          autoComplete={props.autoComplete}
          {...common}
        />
      ) : (
        <input
          className={[inputClass("kern-form-input__input", invalid), props.inputClassName].filter(Boolean).join(" ")}
          type={props.type ?? "text"}
          autoComplete={props.autoComplete}
          autoCapitalize={props.autoCapitalize}
          spellCheck={false}
          {...common}
        />
      )}
      <FieldError id={props.id} message={props.error ?? undefined} />
    </div>
  );
}

/**
 * A question's label, with "(freiwillig)" when it may stay empty: optional questions are the
 * marked ones (GOV.UK, KERN), required ones carry aria-required on their control instead.
 */
export function FieldLabel({ field }: { field: FieldView }) {
  const t = useT();
  return (
    <>
      <Text value={field.label} />
      {field.requirement === "optional" && ` ${t("step.optional")}`}
    </>
  );
}

/** aria-required on the control of a question that must be answered. */
export function requiredProps(field: FieldView): { "aria-required"?: true } {
  return field.requirement === "required" ? { "aria-required": true } : {};
}
