import { Form } from "@remix-run/react";
import type { ApiTokenView } from "~/server/staff/api-tokens.server";
import { formatDateTime } from "~/server/cases/dates";
import { FieldError } from "./field-error";

export function ApiTokenList({ tokens }: { tokens: ApiTokenView[] }) {
  if (tokens.length === 0) return <p className="kern-body">Ihre Behörde hat noch keine API-Schlüssel.</p>;
  return (
    <ul className="kern-list token-list">
      {tokens.map((t) => (
        <li key={t.id} className="kern-stack-xs">
          <p className="kern-body">
            <strong>{t.name}</strong> – {t.revoked ? "widerrufen" : "aktiv"}
            <br />
            <span className="kern-body--small">
              Angelegt {formatDateTime(t.createdAt)}
              {t.createdBy ? ` von ${t.createdBy}` : ""} · zuletzt benutzt: {t.lastUsedAt ? formatDateTime(t.lastUsedAt) : "noch nie"}
            </span>
          </p>
          {!t.revoked && (
            <Form method="post">
              <input type="hidden" name="intent" value="revoke-token" />
              <input type="hidden" name="tokenId" value={t.id} />
              <button type="submit" className="kern-btn kern-btn--tertiary kern-btn--x-small">
                <span className="kern-label">
                  Widerrufen<span className="kern-sr-only">: {t.name}</span>
                </span>
              </button>
            </Form>
          )}
        </li>
      ))}
    </ul>
  );
}

export function ApiTokenForm({ error, name }: { error: string | null; name: string | undefined }) {
  return (
    <Form method="post" className="kern-stack-sm" aria-label="API-Schlüssel anlegen" noValidate>
      <input type="hidden" name="intent" value="create-token" />
      <div className={`kern-form-input${error ? " kern-form-input--error" : ""}`}>
        <label className="kern-label" htmlFor="token-name">
          Name des API-Schlüssels
        </label>
        <div className="kern-hint" id="token-name-hinweis">
          Zum Beispiel der Name des Fachverfahrens, das ihn benutzt.
        </div>
        <FieldError id="token-name-fehler" message={error} />
        <input className="kern-form-input__input" id="token-name" name="name" type="text" defaultValue={name} aria-describedby={`token-name-hinweis${error ? " token-name-fehler" : ""}`} />
      </div>
      <div>
        <button type="submit" className="kern-btn kern-btn--secondary">
          <span className="kern-label">API-Schlüssel anlegen</span>
        </button>
      </div>
    </Form>
  );
}
