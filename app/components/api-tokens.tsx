import { Form } from "@remix-run/react";
import { formatDateTime } from "~/server/cases/dates";
import { RowAction } from "./row-action";
import { StaffField } from "./staff/staff-field";

/** An API key as staff pages list it (the secret itself is shown once, at creation). */
export interface ApiTokenListItem {
  id: string;
  name: string;
  createdAt: string;
  createdBy: string | null;
  lastUsedAt: string | null;
  revoked?: boolean;
}

/** The keys of an authority (Verwaltung) or of the Redaktion, each revocable. */
export function ApiTokenList({ tokens, emptyText, revokeIntent }: { tokens: ApiTokenListItem[]; emptyText: string; revokeIntent: string }) {
  if (tokens.length === 0) return <p className="kern-body">{emptyText}</p>;
  return (
    <ul className="kern-list token-list">
      {tokens.map((t) => (
        <li key={t.id} className="kern-stack-xs">
          <p className="kern-body">
            <strong>{t.name}</strong> – {t.revoked ? "widerrufen" : "aktiv"}
            <br />
            <span className="kern-body--small">
              Angelegt <time dateTime={t.createdAt}>{formatDateTime(t.createdAt)}</time>
              {t.createdBy ? ` von ${t.createdBy}` : ""} · zuletzt benutzt: {t.lastUsedAt ? formatDateTime(t.lastUsedAt) : "noch nie"}
            </span>
          </p>
          {!t.revoked && <RowAction intent={revokeIntent} fields={{ tokenId: t.id }} label="Widerrufen" target={t.name} />}
        </li>
      ))}
    </ul>
  );
}

/** Creates a key: its name says what uses it. */
export function ApiTokenForm({
  error,
  name,
  intent,
  hint,
}: {
  error: string | null;
  name: string | undefined;
  intent: string;
  hint: string;
}) {
  return (
    <Form method="post" className="kern-stack-sm" aria-label="API-Schlüssel anlegen" noValidate>
      <input type="hidden" name="intent" value={intent} />
      <StaffField id="token-name" label="Name des API-Schlüssels" hint={hint} error={error}>
        {(control) => <input {...control} name="name" type="text" maxLength={100} defaultValue={name} />}
      </StaffField>
      <div>
        <button type="submit" className="kern-btn kern-btn--secondary">
          <span className="kern-label">API-Schlüssel anlegen</span>
        </button>
      </div>
    </Form>
  );
}
