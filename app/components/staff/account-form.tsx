import { Form } from "@remix-run/react";
import type { FieldErrors } from "~/server/staff/accounts.server";
import { ROLE_LABELS, STAFF_ROLES } from "~/server/staff/staff-user";
import { FieldError } from "./field-error";

type Values = { username: string; displayName: string; roles: string[] };

export function AccountForm({ errors, values }: { errors: FieldErrors | null; values: Values | null }) {
  const describedBy = (field: keyof FieldErrors, hint?: string) =>
    [hint, errors?.[field] ? `${field}-fehler` : null].filter(Boolean).join(" ") || undefined;
  return (
    <Form method="post" className="kern-stack" aria-label="Konto anlegen" noValidate>
      <input type="hidden" name="intent" value="create-account" />
      <div className={`kern-form-input${errors?.username ? " kern-form-input--error" : ""}`}>
        <label className="kern-label" htmlFor="username">
          Benutzername
        </label>
        <div className="kern-hint" id="username-hinweis">
          3 bis 40 Zeichen: Kleinbuchstaben, Ziffern, Punkt, Bindestrich, Unterstrich.
        </div>
        <FieldError id="username-fehler" message={errors?.username} />
        <input className="kern-form-input__input" id="username" name="username" type="text" autoComplete="off" defaultValue={values?.username} aria-describedby={describedBy("username", "username-hinweis")} />
      </div>
      <div className={`kern-form-input${errors?.displayName ? " kern-form-input--error" : ""}`}>
        <label className="kern-label" htmlFor="displayName">
          Name
        </label>
        <FieldError id="displayName-fehler" message={errors?.displayName} />
        <input className="kern-form-input__input" id="displayName" name="displayName" type="text" autoComplete="off" defaultValue={values?.displayName} aria-describedby={describedBy("displayName")} />
      </div>
      <fieldset className={`kern-fieldset${errors?.roles ? " kern-fieldset--error" : ""}`} aria-describedby={describedBy("roles")}>
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
      <div className={`kern-form-input${errors?.password ? " kern-form-input--error" : ""}`}>
        <label className="kern-label" htmlFor="new-password">
          Passwort (optional)
        </label>
        <div className="kern-hint" id="password-hinweis">
          Leer lassen, um ein sicheres Passwort erzeugen zu lassen. Es wird nur einmal angezeigt.
        </div>
        <FieldError id="password-fehler" message={errors?.password} />
        <input className="kern-form-input__input" id="new-password" name="password" type="password" autoComplete="new-password" aria-describedby={describedBy("password", "password-hinweis")} />
      </div>
      <div>
        <button type="submit" className="kern-btn kern-btn--primary">
          <span className="kern-label">Konto anlegen</span>
        </button>
      </div>
    </Form>
  );
}
