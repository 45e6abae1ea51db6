import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData, useRouteError } from "@remix-run/react";
import { ErrorPage } from "~/components/error-page";
import { ApiTokenForm, ApiTokenList } from "~/components/api-tokens";
import { FormAlert } from "~/components/staff/form-alert";
import { SecretOnce } from "~/components/staff/secret-once";
import { assertSameOrigin } from "~/server/csrf.http.server";
import { requireCountyEditor } from "~/server/publishing/editor.http.server";
import { createApiToken, EDITOR_KEYS, listApiTokens, revokeApiToken } from "~/server/staff/api-tokens.server";
import { NO_STORE, noStoreHeaders } from "~/server/staff/no-store.http.server";
import { readPageForm } from "~/server/form-body.http.server";

export const meta: MetaFunction = () => [{ title: "API-Schlüssel der Redaktion – Bürgerportal" }];
export const headers = noStoreHeaders;

export async function loader({ request }: LoaderFunctionArgs) {
  const actor = await requireCountyEditor(request, "keys");
  return { authorityName: actor.authorityName, tokens: await listApiTokens(actor.authorityId, EDITOR_KEYS) };
}

type Outcome =
  | { kind: "created"; name: string; token: string }
  | { kind: "create-failed"; message: string; name: string }
  | { kind: "revoked" }
  | { kind: "revoke-failed"; message: string };

export async function action({ request }: ActionFunctionArgs) {
  assertSameOrigin(request);
  const actor = await requireCountyEditor(request, "keys");
  const form = await readPageForm(request);
  if (form.get("intent") === "revoke") {
    const done = await revokeApiToken({ id: actor.userId, authorityId: actor.authorityId }, String(form.get("tokenId") ?? ""), EDITOR_KEYS);
    return data<Outcome>(
      done ? { kind: "revoked" } : { kind: "revoke-failed", message: "Diesen Schlüssel gibt es nicht oder er ist bereits widerrufen." },
      {
        status: done ? 200 : 404,
        headers: NO_STORE,
      },
    );
  }
  const name = String(form.get("name") ?? "");
  const result = await createApiToken({ id: actor.userId, authorityId: actor.authorityId }, name, EDITOR_KEYS);
  return result.ok
    ? data<Outcome>({ kind: "created", name: result.name, token: result.token }, { headers: NO_STORE })
    : data<Outcome>({ kind: "create-failed", message: result.message, name }, { status: 422, headers: NO_STORE });
}

export default function EditorTokens() {
  const { authorityName, tokens } = useLoaderData<typeof loader>();
  const outcome = useActionData<typeof action>() as Outcome | undefined;
  return (
    <div className="kern-stack-lg">
      <hgroup className="kern-hgroup">
        <h1 className="kern-heading-large">API-Schlüssel der Redaktion</h1>
        <p className="kern-body">{authorityName}</p>
      </hgroup>
      <p className="kern-body">
        Mit einem solchen Schlüssel legt ein anderes System (z. B. eine Formular-Pipeline) Entwürfe an, veröffentlicht Versionen und legt
        das Angebot fest (Berechtigung „services:write“). Vorgänge kann er weder lesen noch bearbeiten. Beschreibung: /api/v1/openapi.json.
      </p>
      {outcome?.kind === "created" && (
        <SecretOnce
          title={`Der API-Schlüssel „${outcome.name}“ wurde angelegt.`}
          label="API-Schlüssel"
          secret={outcome.token}
          advice="Der Schlüssel wird nur jetzt angezeigt. Hinterlegen Sie ihn sicher (Authorization: Bearer …)."
        />
      )}
      {outcome?.kind === "revoked" && (
        <FormAlert tone="success" title="Der Schlüssel wurde widerrufen und funktioniert ab sofort nicht mehr." />
      )}
      {outcome?.kind === "revoke-failed" && <FormAlert tone="danger" title={outcome.message} />}
      <section aria-labelledby="schluessel" className="kern-stack">
        <h2 className="kern-heading-medium" id="schluessel">
          Gültige Schlüssel
        </h2>
        <ApiTokenList tokens={tokens} emptyText="Es gibt noch keinen API-Schlüssel der Redaktion." revokeIntent="revoke" />
      </section>
      <section aria-labelledby="schluessel-anlegen" className="kern-stack">
        <h2 className="kern-heading-medium" id="schluessel-anlegen">
          Schlüssel anlegen
        </h2>
        <ApiTokenForm
          error={outcome?.kind === "create-failed" ? outcome.message : null}
          name={outcome?.kind === "create-failed" ? outcome.name : undefined}
          intent="create"
          hint="Wofür er verwendet wird, z. B. „Formular-Pipeline KIDS“."
        />
      </section>
    </div>
  );
}

export function ErrorBoundary() {
  return <ErrorPage error={useRouteError()} />;
}
