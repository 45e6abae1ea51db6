import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData, useRouteError } from "@remix-run/react";
import { ErrorPage } from "~/components/error-page";
import { listOperators } from "~/server/legal/operators.server";
import { requireStaff } from "~/server/staff/guards.server";
import { noStoreHeaders } from "~/server/staff/http.server";

export const meta: MetaFunction = () => [{ title: "Betreiber und Rechtstexte – Verwaltung – Bürgerportal" }];
export const headers = noStoreHeaders;

export async function loader({ request }: LoaderFunctionArgs) {
  await requireStaff(request, "operator");
  return {
    operators: (await listOperators()).map((o) => ({
      key: o.key,
      name: o.name,
      draft: o.confirmedAt === null,
      portalDefault: o.portalDefault,
    })),
  };
}

export default function OperatorList() {
  const { operators } = useLoaderData<typeof loader>();
  return (
    <div className="kern-stack-lg">
      <h1 className="kern-heading-large">Betreiber und Rechtstexte</h1>
      <p className="kern-body">Impressum, Datenschutz und Erklärung zur Barrierefreiheit jedes Betreibers beruhen auf diesen Angaben.</p>
      <ul className="kern-list">
        {operators.map((operator) => (
          <li key={operator.key}>
            <Link className="kern-link" to={`/verwaltung/betreiber/${operator.key}`}>
              {operator.name}
            </Link>
            {operator.portalDefault && " (Betreiber der portalweiten Seiten)"}{" "}
            {operator.draft ? (
              <span className="kern-badge kern-badge--warning kern-badge--small">Entwurf – vom Betreiber zu bestätigen</span>
            ) : (
              <span className="kern-badge kern-badge--success kern-badge--small">bestätigt</span>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}

export function ErrorBoundary() {
  return <ErrorPage error={useRouteError()} />;
}
