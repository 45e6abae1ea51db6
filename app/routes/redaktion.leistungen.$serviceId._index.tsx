import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData, useRouteError, useSearchParams } from "@remix-run/react";
import { ErrorPage } from "~/components/error-page";
import { HistoryList } from "~/components/publishing/history-list";
import { LEVEL_LABELS, serviceStatusLabel } from "~/components/publishing/labels";
import { RetireServiceForm } from "~/components/publishing/retire-service-form";
import { VersionTable } from "~/components/publishing/version-table";
import { FormAlert } from "~/components/staff/form-alert";
import { assertSameOrigin } from "~/server/csrf.http.server";
import { requireEditor } from "~/server/publishing/editor.http.server";
import { serviceHistory } from "~/server/publishing/editorial-audit.server";
import { mayChange } from "~/server/publishing/ownership-rule";
import { serviceNotFoundMessage } from "~/server/publishing/service-access.server";
import { performServicePost } from "~/server/publishing/service-page-actions.server";
import { serviceSummaries } from "~/server/publishing/service-summaries.server";
import { refusalStatus } from "~/server/refusal-status.http.server";
import { NO_STORE, noStoreHeaders } from "~/server/staff/no-store.http.server";
import { readPageForm } from "~/server/form-body.http.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `${data.service.title} – Redaktion – Bürgerportal` : "Leistung – Redaktion – Bürgerportal" },
];
export const headers = noStoreHeaders;

export async function loader({ request, params }: LoaderFunctionArgs) {
  const actor = await requireEditor(request);
  const serviceId = params.serviceId ?? "";
  const [service] = await serviceSummaries(actor, serviceId);
  if (!service) throw new Response(serviceNotFoundMessage(serviceId), { status: 404, headers: NO_STORE });
  // The page offers only what the actor may do; the actions check the same rule again.
  const may = { form: mayChange(actor, service, "form"), offering: mayChange(actor, service, "offering") };
  return { service, may, operator: actor.portalOperator, countyName: actor.countyName, history: await serviceHistory(actor, serviceId) };
}

export async function action({ request, params }: ActionFunctionArgs) {
  assertSameOrigin(request);
  const actor = await requireEditor(request);
  const serviceId = params.serviceId ?? "";
  const outcome = await performServicePost(actor, serviceId, await readPageForm(request));
  if (outcome.ok) return redirect(`/redaktion/leistungen/${serviceId}?hinweis=${outcome.notice}`, { headers: NO_STORE });
  return data({ message: outcome.message }, { status: refusalStatus(outcome), headers: NO_STORE });
}

function noticeText(notice: string | null, version: string | null): string | null {
  switch (notice) {
    case "veroeffentlicht":
      return `Version ${version} ist veröffentlicht. Neue Anträge werden ab sofort mit ihr gestellt.`;
    case "version-eingestellt":
      return `Version ${version} ist eingestellt. Neue Anträge bekommen die neueste noch veröffentlichte Version.`;
    case "eingestellt":
      return "Die Leistung ist eingestellt. Sie kann nicht mehr neu beantragt werden.";
    default:
      return null;
  }
}

export default function ServicePage() {
  const { service, may, operator, countyName, history } = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>() as { message: string } | undefined;
  const [search] = useSearchParams();
  const notice = failure ? null : noticeText(search.get("hinweis"), search.get("version"));
  const base = `/redaktion/leistungen/${service.id}`;
  const hasDraft = service.draft !== null;
  return (
    <div className="kern-stack-lg">
      <nav aria-label="Brotkrumen">
        <Link className="kern-link" to="/redaktion">
          Zurück zu den Leistungen
        </Link>
      </nav>
      <hgroup className="kern-hgroup">
        <h1 className="kern-heading-large">{service.title}</h1>
        <p className="kern-body">
          Kennung <code>{service.id}</code>
        </p>
      </hgroup>
      {notice && <FormAlert tone="success" title={notice} />}
      {failure && (
        <FormAlert tone="danger" title="Das hat nicht geklappt">
          <p className="kern-body">{failure.message}</p>
        </FormAlert>
      )}
      <dl className="facts">
        <dt>Status</dt>
        <dd>{serviceStatusLabel(service)}</dd>
        <dt>Herkunft</dt>
        <dd>
          {service.builtIn
            ? "Eingebaute Leistung des Portals (gilt in allen Landkreisen)"
            : `Leistung des Landkreises${countyName ? ` (${countyName})` : ""}`}
        </dd>
        <dt>Zuständig</dt>
        <dd>{LEVEL_LABELS[service.level]}</dd>
        <dt>Angeboten in</dt>
        <dd>
          {service.offeredIn} von {service.municipalities} Gemeinden {operator ? "des Portals" : "Ihres Landkreises"}
        </dd>
      </dl>
      {!service.retired && (
        <ul className="kern-list kern-list--horizontal">
          {may.form && (
            <li>
              <Link className="kern-link" to={`${base}/entwurf`}>
                {hasDraft ? `Entwurf der Version ${service.draft} bearbeiten` : "Neue Version anlegen"}
              </Link>
            </li>
          )}
          {may.form && (
            <li>
              <Link className="kern-link" to={`${base}/baukasten`}>
                Im Baukasten bearbeiten
              </Link>
            </li>
          )}
          {(hasDraft || service.current !== null) && (
            <li>
              <Link className="kern-link" to={`${base}/vorschau`}>
                Vorschau
              </Link>
            </li>
          )}
          {service.versions.length > 1 && (
            <li>
              <Link className="kern-link" to={`${base}/vergleich`}>
                Versionen vergleichen
              </Link>
            </li>
          )}
          {may.offering && (
            <li>
              <Link className="kern-link" to={`${base}/angebot`}>
                Angebot und Zuständigkeit
              </Link>
            </li>
          )}
        </ul>
      )}
      <section aria-labelledby="versionen" className="kern-stack">
        <h2 className="kern-heading-medium" id="versionen">
          Versionen
        </h2>
        <VersionTable service={service} mayRetire={may.form} />
      </section>
      {may.form && !service.builtIn && !service.retired && (
        <section aria-labelledby="einstellen" className="kern-stack">
          <h2 className="kern-heading-medium" id="einstellen">
            Leistung einstellen
          </h2>
          <RetireServiceForm />
        </section>
      )}
      <section aria-labelledby="verlauf" className="kern-stack">
        <h2 className="kern-heading-medium" id="verlauf">
          Verlauf
        </h2>
        <HistoryList entries={history} />
      </section>
    </div>
  );
}

export function ErrorBoundary() {
  return <ErrorPage error={useRouteError()} />;
}
