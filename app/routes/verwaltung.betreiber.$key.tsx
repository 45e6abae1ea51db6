import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData, useRouteError } from "@remix-run/react";
import { ErrorPage } from "~/components/error-page";
import { FormAlert } from "~/components/staff/form-alert";
import { OperatorSettingsForm } from "~/components/staff/operators/operator-settings-form";
import { assertSameOrigin } from "~/server/csrf.server";
import { readPageForm } from "~/server/form-body.server";
import { saveSettings, settingValues, type SettingsOutcome } from "~/server/legal/operator-settings.server";
import { operatorByKey } from "~/server/legal/operators.server";
import { requireStaff } from "~/server/staff/guards.server";
import { NO_STORE, noStoreHeaders } from "~/server/staff/http.server";

export const meta: MetaFunction<typeof loader> = ({ data: page }) => [
  { title: `${page ? page.name : "Betreiber"} – Betreiber und Rechtstexte – Verwaltung – Bürgerportal` },
];
export const headers = noStoreHeaders;

const notFound = () => new Response("Diesen Betreiber gibt es nicht.", { status: 404, headers: NO_STORE });

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireStaff(request, "operator");
  const operator = await operatorByKey(params.key ?? "");
  if (!operator) throw notFound();
  return { key: operator.key, name: operator.name, draft: operator.confirmedAt === null, values: settingValues(operator) };
}

export async function action({ request, params }: ActionFunctionArgs) {
  assertSameOrigin(request);
  const user = await requireStaff(request, "operator");
  const outcome = await saveSettings(user, params.key ?? "", await readPageForm(request));
  if (!outcome) throw notFound();
  return data(outcome, { status: outcome.ok ? 200 : outcome.status, headers: NO_STORE });
}

export default function OperatorSettings() {
  const page = useLoaderData<typeof loader>();
  const outcome = useActionData<typeof action>() as SettingsOutcome | undefined;
  const failure = outcome && !outcome.ok ? outcome : null;
  return (
    <div className="kern-stack-lg">
      <p>
        <Link className="kern-link" to="/verwaltung/betreiber">
          Alle Betreiber
        </Link>
      </p>
      <hgroup className="kern-hgroup">
        <h1 className="kern-heading-large">{page.name}</h1>
        <p className="kern-body">
          {page.draft ? (
            <span className="kern-badge kern-badge--warning">Entwurf – vom Betreiber zu bestätigen</span>
          ) : (
            <span className="kern-badge kern-badge--success">bestätigt</span>
          )}
        </p>
      </hgroup>
      {outcome?.ok && (
        <FormAlert tone="success" title={outcome.confirmed ? "Gespeichert und bestätigt." : "Gespeichert."}>
          <a className="kern-link" href={`/impressum?betreiber=${page.key}`}>
            Impressum ansehen
          </a>
        </FormAlert>
      )}
      {failure && <FormAlert tone="danger" title={failure.message} />}
      <OperatorSettingsForm values={failure?.values ?? page.values} errors={failure?.errors ?? {}} />
    </div>
  );
}

export function ErrorBoundary() {
  return <ErrorPage error={useRouteError()} />;
}
