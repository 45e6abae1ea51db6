import { data, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData, useRouteError } from "@remix-run/react";
import { ErrorPage } from "~/components/error-page";
import { FormAlert } from "~/components/staff/form-alert";
import { InboxFilterForm } from "~/components/staff/inbox-filter-form";
import { InboxTable } from "~/components/staff/inbox-table";
import { StatusCounts } from "~/components/staff/status-counts";
import { inboxView, type InboxView } from "~/server/cases/inbox-view.server";
import { requireStaff } from "~/server/staff/guards.http.server";
import { noStoreHeaders } from "~/server/staff/no-store.http.server";

export const meta: MetaFunction = () => [{ title: "Posteingang – Verwaltung – Bürgerportal" }];
export const headers = noStoreHeaders;

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireStaff(request, "clerk");
  const view = await inboxView(user.authorityId, new URL(request.url).searchParams);
  // Refused filters are the clerk's input to correct: 400, with the page and its messages.
  return data({ authorityName: user.authorityName, ...view }, { status: view.refused ? 400 : 200 });
}

export default function Inbox() {
  const view = useLoaderData() as InboxView & { authorityName: string };
  const csvHref = `/verwaltung/export.csv${view.query ? `?${view.query}` : ""}`;
  return (
    <div className="kern-stack-lg">
      <hgroup className="kern-hgroup">
        <h1 className="kern-heading-large">Posteingang</h1>
        <p className="kern-body">{view.authorityName}</p>
      </hgroup>
      {view.problems.length > 0 && (
        <FormAlert tone="danger" title="Einige Filter konnten nicht angewendet werden">
          <ul className="kern-list">
            {view.problems.map((p) => (
              <li key={p.field + p.message}>
                {p.field === "from" || p.field === "to" ? (
                  <a className="kern-link" href={`#${p.field}`}>
                    {p.message}
                  </a>
                ) : (
                  p.message
                )}
              </li>
            ))}
          </ul>
        </FormAlert>
      )}
      <StatusCounts counts={view.counts} query={view.query} current={view.filters.status} />
      <InboxFilterForm key={view.query} filters={view.filters} options={view.options} typedDays={view.typedDays} problems={view.problems} />
      <section aria-labelledby="liste" className="kern-stack">
        <div className="inbox-heading">
          <h2 className="kern-heading-medium" id="liste">
            Vorgänge
          </h2>
          <a className="kern-link" href={csvHref} download>
            Ansicht als CSV herunterladen
          </a>
        </div>
        <InboxTable rows={view.rows} />
        <nav aria-label="Seiten" className="inbox-pages">
          {!view.isFirstPage && (
            <Link className="kern-link" to={view.query ? `/verwaltung?${view.query}` : "/verwaltung"}>
              Zurück zu den neuesten Vorgängen
            </Link>
          )}
          {view.nextQuery && (
            <Link className="kern-link" to={`/verwaltung?${view.nextQuery}`}>
              Weitere Vorgänge
            </Link>
          )}
        </nav>
      </section>
    </div>
  );
}

export function ErrorBoundary() {
  return <ErrorPage error={useRouteError()} />;
}
