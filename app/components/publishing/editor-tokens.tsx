import { Form } from "@remix-run/react";
import { formatDateTime } from "~/server/cases/dates";
import type { EditorTokenView } from "~/server/publishing/editor-tokens.server";
import { FieldError } from "~/components/staff/field-error";

export function EditorTokenList({ tokens }: { tokens: EditorTokenView[] }) {
  if (tokens.length === 0) return <p className="kern-body">Es gibt noch keinen API-Schlüssel der Redaktion.</p>;
  return (
    <ul className="token-list">
      {tokens.map((t) => (
        <li key={t.id}>
          <p className="kern-body">
            <strong>{t.name}</strong> · angelegt <time dateTime={t.createdAt}>{formatDateTime(t.createdAt)}</time>
            {t.createdBy ? ` von ${t.createdBy}` : ""} · {t.lastUsedAt ? `zuletzt benutzt ${formatDateTime(t.lastUsedAt)}` : "noch nicht benutzt"}
          </p>
          <Form method="post">
            <input type="hidden" name="intent" value="revoke" />
            <input type="hidden" name="tokenId" value={t.id} />
            <button type="submit" className="kern-btn kern-btn--tertiary kern-btn--x-small">
              <span className="kern-label">
                Widerrufen<span className="kern-sr-only">: {t.name}</span>
              </span>
            </button>
          </Form>
        </li>
      ))}
    </ul>
  );
}

export function EditorTokenForm({ error, name }: { error: string | null; name?: string }) {
  return (
    <Form method="post" className="kern-stack" aria-label="API-Schlüssel anlegen" noValidate>
      <input type="hidden" name="intent" value="create" />
      <div className={`kern-form-input${error ? " kern-form-input--error" : ""}`}>
        <label className="kern-label" htmlFor="token-name">
          Name des Schlüssels
        </label>
        <div className="kern-hint" id="token-name-hinweis">
          Wofür er verwendet wird, z. B. „Formular-Pipeline KIDS“.
        </div>
        <FieldError id="token-name-fehler" message={error} />
        <input
          className="kern-form-input__input"
          id="token-name"
          name="name"
          type="text"
          maxLength={100}
          defaultValue={name}
          aria-describedby={`token-name-hinweis${error ? " token-name-fehler" : ""}`}
        />
      </div>
      <div>
        <button type="submit" className="kern-btn kern-btn--primary">
          <span className="kern-label">Schlüssel anlegen</span>
        </button>
      </div>
    </Form>
  );
}
