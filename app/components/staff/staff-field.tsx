import type { ReactNode } from "react";
import { FieldError } from "./field-error";

/** What a field's control needs to be wired to its label, hint and error. */
export type ControlProps = { id: string; className: string; "aria-describedby"?: string };

/**
 * A labelled field of a staff form: label, optional hint and error message, wired by id
 * (`<id>-hinweis`, `<id>-fehler`). `children` renders the control with the props it is given.
 */
export function StaffField({ id, label, hint, error, children }: { id: string; label: string; hint?: ReactNode; error?: string | null; children: (control: ControlProps) => ReactNode }) {
  const describedBy = [hint ? `${id}-hinweis` : null, error ? `${id}-fehler` : null].filter(Boolean).join(" ");
  return (
    <div className={`kern-form-input${error ? " kern-form-input--error" : ""}`}>
      <label className="kern-label" htmlFor={id}>
        {label}
      </label>
      {hint && (
        <div className="kern-hint" id={`${id}-hinweis`}>
          {hint}
        </div>
      )}
      <FieldError id={`${id}-fehler`} message={error} />
      {children({ id, className: `kern-form-input__input${error ? " kern-form-input__input--error" : ""}`, "aria-describedby": describedBy || undefined })}
    </div>
  );
}
