import type { ReactNode } from "react";
import { describedBy, errorId, hintId, inputClass } from "../wizard/field-parts";
import { FieldError } from "./field-error";

/** What a field's control needs to be wired to its label, hint and error. */
export type ControlProps = { id: string; className: string; "aria-describedby"?: string; "aria-invalid"?: true };

/**
 * A labelled field of a staff form: label, optional hint and error message, wired by id as in
 * the citizen's forms (field-parts.tsx). `children` renders the control with the props it is given.
 */
export function StaffField({
  id,
  label,
  hint,
  error,
  children,
}: {
  id: string;
  label: string;
  hint?: ReactNode;
  error?: string | null;
  children: (control: ControlProps) => ReactNode;
}) {
  return (
    <div className={inputClass("kern-form-input", Boolean(error))}>
      <label className="kern-label" htmlFor={id}>
        {label}
      </label>
      {hint && (
        <div className="kern-hint" id={hintId(id)}>
          {hint}
        </div>
      )}
      <FieldError id={errorId(id)} message={error} />
      {children({
        id,
        className: inputClass("kern-form-input__input", Boolean(error)),
        "aria-describedby": describedBy(id, Boolean(hint), Boolean(error)),
        ...(error ? { "aria-invalid": true as const } : {}),
      })}
    </div>
  );
}
