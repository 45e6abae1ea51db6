import { Form } from "@remix-run/react";
import type { FieldErrors } from "~/server/staff/accounts.server";
import { ROLE_LABELS, STAFF_ROLES } from "~/server/staff/staff-user";
import { FieldError } from "./field-error";
import { StaffField } from "./staff-field";

type Values = { username: string; displayName: string; roles: string[] };

export function AccountForm({ errors, values }: { errors: FieldErrors | null; values: Values | null }) {
  return (
    <Form method="post" className="kern-stack" aria-label="Konto anlegen" noValidate>
      <input type="hidden" name="intent" value="create-account" />
      <StaffField
        id="username"
        label="Benutzername"
        hint="3 bis 40 Zeichen: Kleinbuchstaben, Ziffern, Punkt, Bindestrich, Unterstrich."
        error={errors?.username}
      >
        {(control) => <input {...control} name="username" type="text" autoComplete="off" defaultValue={values?.username} />}
      </StaffField>
      <StaffField id="displayName" label="Name" error={errors?.displayName}>
        {(control) => <input {...control} name="displayName" type="text" autoComplete="off" defaultValue={values?.displayName} />}
      </StaffField>
      <fieldset
        className={`kern-fieldset${errors?.roles ? " kern-fieldset--error" : ""}`}
        aria-describedby={errors?.roles ? "roles-fehler" : undefined}
      >
        <legend className="kern-label">Rollen</legend>
        <FieldError id="roles-fehler" message={errors?.roles} />
        <div className="kern-fieldset__body">
          {STAFF_ROLES.map((role) => (
            <div className="kern-form-check" key={role}>
              <input
                className="kern-form-check__checkbox"
                type="checkbox"
                name="roles"
                value={role}
                id={`role-${role}`}
                defaultChecked={values ? values.roles.includes(role) : role === "clerk"}
              />
              <label className="kern-label" htmlFor={`role-${role}`}>
                {ROLE_LABELS[role]}
              </label>
            </div>
          ))}
        </div>
      </fieldset>
      <StaffField
        id="new-password"
        label="Passwort (optional)"
        hint="Leer lassen, um ein sicheres Passwort erzeugen zu lassen. Es wird nur einmal angezeigt."
        error={errors?.password}
      >
        {(control) => <input {...control} name="password" type="password" autoComplete="new-password" />}
      </StaffField>
      <div>
        <button type="submit" className="kern-btn kern-btn--primary">
          <span className="kern-label">Konto anlegen</span>
        </button>
      </div>
    </Form>
  );
}
