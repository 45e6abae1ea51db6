import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData, useRouteError } from "@remix-run/react";
import { ErrorPage } from "~/components/error-page";
import { AccountForm } from "~/components/staff/account-form";
import { AccountsTable } from "~/components/staff/accounts-table";
import { ApiTokenForm, ApiTokenList } from "~/components/api-tokens";
import { FormAlert } from "~/components/staff/form-alert";
import { SecretOnce } from "~/components/staff/secret-once";
import { assertSameOrigin } from "~/server/csrf.http.server";
import { performAccountAction, type AccountActionOutcome } from "~/server/staff/account-actions.http.server";
import { listAccounts } from "~/server/staff/accounts.server";
import { listApiTokens } from "~/server/staff/api-tokens.server";
import { requireStaff } from "~/server/staff/guards.http.server";
import { NO_STORE, noStoreHeaders } from "~/server/staff/no-store.http.server";
import { readPageForm } from "~/server/form-body.http.server";

export const meta: MetaFunction = () => [{ title: "Konten und API-Schlüssel – Verwaltung – Bürgerportal" }];
export const headers = noStoreHeaders;

export async function loader({ request }: LoaderFunctionArgs) {
  const admin = await requireStaff(request, "admin");
  const [accounts, tokens] = await Promise.all([listAccounts(admin.authorityId), listApiTokens(admin.authorityId)]);
  return { authorityName: admin.authorityName, currentUserId: admin.id, accounts, tokens };
}

export async function action({ request }: ActionFunctionArgs) {
  assertSameOrigin(request);
  const admin = await requireStaff(request, "admin");
  const { status, outcome } = await performAccountAction(admin, await readPageForm(request));
  return data(outcome, { status, headers: NO_STORE });
}

export default function Accounts() {
  const { authorityName, currentUserId, accounts, tokens } = useLoaderData<typeof loader>();
  // data() with a status is typed for single fetch only through the global Future flag; the shape is ours.
  const outcome = useActionData<typeof action>() as AccountActionOutcome | undefined;
  const accountFailure = outcome?.intent === "create-account" && !outcome.ok ? outcome : null;
  const tokenFailure = outcome?.intent === "create-token" && !outcome.ok ? outcome : null;
  return (
    <div className="kern-stack-lg">
      <hgroup className="kern-hgroup">
        <h1 className="kern-heading-large">Konten und API-Schlüssel</h1>
        <p className="kern-body">{authorityName}</p>
      </hgroup>
      {outcome?.intent === "create-account" && outcome.ok && (
        <SecretOnce
          title={`Das Konto „${outcome.username}“ wurde angelegt.`}
          label={outcome.generated ? "Erzeugtes Passwort" : "Passwort"}
          secret={outcome.password}
          advice="Das Passwort wird nur jetzt angezeigt. Geben Sie es der Person auf sicherem Weg weiter."
        />
      )}
      {outcome?.intent === "create-token" && outcome.ok && (
        <SecretOnce
          title={`Der API-Schlüssel „${outcome.name}“ wurde angelegt.`}
          label="API-Schlüssel"
          secret={outcome.token}
          advice="Der Schlüssel wird nur jetzt angezeigt. Hinterlegen Sie ihn im Fachverfahren (Authorization: Bearer …)."
        />
      )}
      {(outcome?.intent === "disable-account" || outcome?.intent === "revoke-token" || outcome?.intent === "unknown") && (
        <FormAlert tone={outcome.ok ? "success" : "danger"} title={outcome.message} />
      )}

      <section aria-labelledby="konten" className="kern-stack">
        <h2 className="kern-heading-medium" id="konten">
          Konten
        </h2>
        <AccountsTable accounts={accounts} currentUserId={currentUserId} />
      </section>
      <section aria-labelledby="konto-anlegen" className="kern-stack">
        <h2 className="kern-heading-medium" id="konto-anlegen">
          Konto anlegen
        </h2>
        <AccountForm errors={accountFailure?.errors ?? null} values={accountFailure?.values ?? null} />
      </section>
      <section aria-labelledby="api-schluessel" className="kern-stack">
        <h2 className="kern-heading-medium" id="api-schluessel">
          API-Schlüssel für Fachverfahren
        </h2>
        <ApiTokenList tokens={tokens} emptyText="Ihre Behörde hat noch keine API-Schlüssel." revokeIntent="revoke-token" />
        <ApiTokenForm
          error={tokenFailure?.message ?? null}
          name={tokenFailure?.values.name}
          intent="create-token"
          hint="Zum Beispiel der Name des Fachverfahrens, das ihn benutzt."
        />
      </section>
    </div>
  );
}

export function ErrorBoundary() {
  return <ErrorPage error={useRouteError()} />;
}
