import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData, useParams, useRouteError } from "@remix-run/react";
import { ErrorPage } from "~/components/error-page";
import { DiffView } from "~/components/publishing/diff-view";
import { requireEditor } from "~/server/publishing/editor.http.server";
import { serviceNotFoundMessage } from "~/server/publishing/service-access.server";
import { compareView } from "~/server/publishing/version-compare.server";
import { NO_STORE, noStoreHeaders } from "~/server/staff/no-store.http.server";
import { KernSelect } from "~/components/kern-select";
import { versionNumber } from "~/lib/codes";

export const meta: MetaFunction = ({ params }) => [{ title: `Versionen vergleichen – ${params.serviceId} – Redaktion – Bürgerportal` }];
export const headers = noStoreHeaders;

export async function loader({ request, params }: LoaderFunctionArgs) {
  const actor = await requireEditor(request);
  const search = new URL(request.url).searchParams;
  const view = await compareView(actor, params.serviceId ?? "", {
    from: versionNumber(search.get("von")) ?? undefined,
    to: versionNumber(search.get("bis")) ?? undefined,
  });
  if (!view) throw new Response(serviceNotFoundMessage(params.serviceId ?? ""), { status: 404, headers: NO_STORE });
  return view;
}

export default function ComparePage() {
  const view = useLoaderData<typeof loader>();
  const { serviceId } = useParams();
  return (
    <div className="kern-stack-lg">
      <nav aria-label="Brotkrumen">
        <Link className="kern-link" to={`/redaktion/leistungen/${serviceId}`}>
          Zurück zur Leistung {serviceId}
        </Link>
      </nav>
      <h1 className="kern-heading-large">
        {view.kind === "diff" ? `Änderungen von Version ${view.from.version} zu Version ${view.to.version}` : "Versionen vergleichen"}
      </h1>
      {view.kind === "nothing" ? <p className="kern-body">{view.message}</p> : <DiffView diff={view.diff} />}
      {view.versions.length > 1 && (
        <Form method="get" className="compare-form" aria-label="Andere Versionen vergleichen">
          {(["von", "bis"] as const).map((name) => (
            <KernSelect
              key={name}
              id={`vergleich-${name}`}
              name={name}
              label={name === "von" ? "Von Version" : "Bis Version"}
              defaultValue={view.kind === "diff" ? String(name === "von" ? view.from.version : view.to.version) : undefined}
              options={view.versions.map((v) => ({ value: String(v), label: String(v) }))}
            />
          ))}
          <div>
            <button type="submit" className="kern-btn kern-btn--secondary">
              <span className="kern-label">Vergleichen</span>
            </button>
          </div>
        </Form>
      )}
    </div>
  );
}

export function ErrorBoundary() {
  return <ErrorPage error={useRouteError()} />;
}
