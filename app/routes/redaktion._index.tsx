import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData, useRouteError, useSearchParams } from "@remix-run/react";
import { ErrorPage } from "~/components/error-page";
import { ServiceTable } from "~/components/publishing/service-table";
import { FormAlert } from "~/components/staff/form-alert";
import { requireEditor } from "~/server/publishing/editor.http.server";
import { serviceSummaries } from "~/server/publishing/service-summaries.server";
import { noStoreHeaders } from "~/server/staff/no-store.http.server";

export const meta: MetaFunction = () => [{ title: "Leistungen – Redaktion – Bürgerportal" }];
export const headers = noStoreHeaders;

export async function loader({ request }: LoaderFunctionArgs) {
  const actor = await requireEditor(request);
  return { countyName: actor.countyName, operator: actor.portalOperator, services: await serviceSummaries(actor) };
}

export default function ServiceList() {
  const { countyName, operator, services } = useLoaderData<typeof loader>();
  const [search] = useSearchParams();
  const own = services.filter((s) => !s.builtIn);
  const builtIn = services.filter((s) => s.builtIn);
  return (
    <div className="kern-stack-lg">
      <hgroup className="kern-hgroup">
        <h1 className="kern-heading-large">Leistungen</h1>
        <p className="kern-body">{operator ? "Portalbetrieb" : `Redaktion ${countyName}`}</p>
      </hgroup>
      {search.get("hinweis") === "eingestellt" && <FormAlert tone="success" title="Die Leistung wurde eingestellt." />}
      {!operator && (
        <>
          <ul className="kern-list">
            <li>
              <Link className="kern-link" to="/redaktion/neu/baukasten">
                Neue Leistung im Baukasten anlegen
              </Link>{" "}
              (ohne JSON; von Grund auf oder als Kopie)
            </li>
            <li>
              <Link className="kern-link" to="/redaktion/fim-import">
                Aus FIM-Stammdatenschema anlegen
              </Link>{" "}
              (XDatenfelder 2 oder 3)
            </li>
            <li>
              <Link className="kern-link" to="/redaktion/neu">
                Neue Leistung anlegen
              </Link>{" "}
              als Formulardefinition (JSON)
            </li>
          </ul>
          <section aria-labelledby="eigene" className="kern-stack">
            <h2 className="kern-heading-medium" id="eigene">
              Leistungen des Landkreises
            </h2>
            {own.length === 0 ? (
              <p className="kern-body">Ihr Landkreis hat noch keine eigenen Leistungen veröffentlicht.</p>
            ) : (
              <ServiceTable services={own} caption="Leistungen des Landkreises" />
            )}
          </section>
        </>
      )}
      <section aria-labelledby="eingebaut" className="kern-stack">
        <h2 className="kern-heading-medium" id="eingebaut">
          Eingebaute Leistungen des Portals
        </h2>
        <p className="kern-body">
          {operator
            ? "Diese Leistungen gelten in allen Landkreisen des Portals. Ihre Formulare und Versionen pflegt der Portalbetrieb; welche Gemeinden sie anbieten, legt jeder Landkreis selbst fest."
            : "Diese Leistungen gelten in allen Landkreisen des Portals. Sie wählen, welche Gemeinden Ihres Landkreises sie anbieten; ihre Formulare und Versionen pflegt der Portalbetrieb."}
        </p>
        <ServiceTable services={builtIn} caption="Eingebaute Leistungen" />
      </section>
    </div>
  );
}

export function ErrorBoundary() {
  return <ErrorPage error={useRouteError()} />;
}
