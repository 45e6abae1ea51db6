import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData, useParams, useRouteError, useSearchParams } from "@remix-run/react";
import { ErrorPage } from "~/components/error-page";
import { OfferingForm } from "~/components/publishing/offering-form";
import { OverrideForm, OverrideTable } from "~/components/publishing/override-forms";
import { FormAlert } from "~/components/staff/form-alert";
import { assertSameOrigin } from "~/server/csrf.http.server";
import { requireCountyEditor, requireEditor } from "~/server/publishing/editor.http.server";
import { performOfferingPost } from "~/server/publishing/offering-page-actions.server";
import { offeringPageView } from "~/server/publishing/offering-page.server";
import { serviceNotFoundMessage } from "~/server/publishing/service-access.server";
import { refusalStatus } from "~/server/refusal-status.http.server";
import { NO_STORE, noStoreHeaders } from "~/server/staff/no-store.http.server";
import { readPageForm } from "~/server/form-body.http.server";

export const meta: MetaFunction = ({ params }) => [{ title: `Angebot und Zuständigkeit – ${params.serviceId} – Redaktion – Bürgerportal` }];
export const headers = noStoreHeaders;

export async function loader({ request, params }: LoaderFunctionArgs) {
  const actor = await requireCountyEditor(request, "offering");
  const view = await offeringPageView(actor, params.serviceId ?? "");
  if (!view) throw new Response(serviceNotFoundMessage(params.serviceId ?? ""), { status: 404, headers: NO_STORE });
  return { view, countyName: actor.countyName };
}

export async function action({ request, params }: ActionFunctionArgs) {
  assertSameOrigin(request);
  const actor = await requireEditor(request);
  const serviceId = params.serviceId ?? "";
  const outcome = await performOfferingPost(actor, serviceId, await readPageForm(request));
  if (outcome.ok) return redirect(`/redaktion/leistungen/${serviceId}/angebot?hinweis=${outcome.notice}`, { headers: NO_STORE });
  if (outcome.kind === "not-found") throw new Response(outcome.message, { status: 404, headers: NO_STORE });
  return data({ message: outcome.message, intent: outcome.intent }, { status: refusalStatus(outcome), headers: NO_STORE });
}

const NOTICES: Record<string, string> = {
  angebot: "Das Angebot wurde gespeichert.",
  zustaendigkeit: "Die abweichende Zuständigkeit wurde festgelegt.",
  "zustaendigkeit-aufgehoben": "Die abweichende Zuständigkeit wurde aufgehoben.",
};

function offeredKey(view: { groups: Array<{ municipalities: Array<{ ags: string; offered: boolean }> }> }): string {
  return view.groups.flatMap((g) => g.municipalities.filter((m) => m.offered).map((m) => m.ags)).join(",");
}

export default function OfferingPage() {
  const { view, countyName } = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>() as { message: string; intent: string } | undefined;
  const [search] = useSearchParams();
  const { serviceId } = useParams();
  const notice = failure ? null : NOTICES[search.get("hinweis") ?? ""];
  return (
    <div className="kern-stack-lg">
      <nav aria-label="Brotkrumen">
        <Link className="kern-link" to={`/redaktion/leistungen/${serviceId}`}>
          Zurück zur Leistung {serviceId}
        </Link>
      </nav>
      <hgroup className="kern-hgroup">
        <h1 className="kern-heading-large">Angebot und Zuständigkeit</h1>
        <p className="kern-body">
          Leistung {serviceId} · {countyName}
        </p>
      </hgroup>
      {notice && <FormAlert tone="success" title={notice} />}
      {failure && (
        <FormAlert tone="danger" title="Nicht gespeichert">
          <p className="kern-body">{failure.message}</p>
        </FormAlert>
      )}
      <section aria-labelledby="angebot" className="kern-stack">
        <h2 className="kern-heading-medium" id="angebot">
          Anbietende Gemeinden ({view.offered} von {view.total})
        </h2>
        <p className="kern-body">
          Bürgerinnen und Bürger dieser Gemeinden finden die Leistung im Online-Angebot ihrer Gemeinde. Wählen Sie einzelne Gemeinden oder
          alle Mitgliedsgemeinden einer Verwaltungsgemeinschaft.
        </p>
        {/* Keyed by what is stored: after a save (also one posted in place with JavaScript) the boxes show the new state. */}
        <OfferingForm key={offeredKey(view)} view={view} />
      </section>
      <section aria-labelledby="zustaendigkeit" className="kern-stack">
        <h2 className="kern-heading-medium" id="zustaendigkeit">
          Abweichende Zuständigkeit
        </h2>
        <p className="kern-body">
          Für Sonderfälle, z. B. eine Stadt mit eigener Wohngeldstelle: Anträge aus dieser Gemeinde gehen dann an die gewählte Behörde statt
          an die nach der Ebene der Leistung zuständige.
        </p>
        <OverrideTable overrides={view.overrides} />
        <OverrideForm view={view} />
      </section>
    </div>
  );
}

export function ErrorBoundary() {
  return <ErrorPage error={useRouteError()} />;
}
