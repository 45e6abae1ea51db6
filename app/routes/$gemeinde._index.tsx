import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { AuthorityContact, authorityKindLabel } from "~/components/authority";
import { servicesOfferedIn } from "~/server/services/catalogue.server";
import { findMunicipalityBySlug } from "~/server/municipalities.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `${data.municipality.name} – Online-Dienste – Bürgerportal` : "Bürgerportal" },
];

export async function loader({ params }: LoaderFunctionArgs) {
  const municipality = await findMunicipalityBySlug(params.gemeinde ?? "");
  if (!municipality) {
    throw new Response(`Eine Gemeinde „${(params.gemeinde ?? "").slice(0, 80)}“ kennen wir nicht. Bitte suchen Sie Ihre Gemeinde auf der Startseite.`, {
      status: 404,
    });
  }
  return { municipality, services: await servicesOfferedIn(municipality.ags) };
}

export default function MunicipalityPage() {
  const { municipality, services } = useLoaderData<typeof loader>();
  const authority = municipality.administeredBy;
  const selfAdministered = authority.kind === "gemeinde";
  return (
    <div className="kern-stack-lg">
      <nav aria-label="Brotkrumen">
        <Link className="kern-link" to="/">
          Gemeinde wechseln
        </Link>
      </nav>
      <hgroup className="kern-hgroup">
        <h1 className="kern-heading-large">{municipality.name}</h1>
        <p className="kern-body">{municipality.county.name}</p>
      </hgroup>

      <section aria-labelledby="verwaltung" className="kern-card">
        <div className="kern-card__container">
          <div className="kern-card__body kern-stack">
            <h2 className="kern-heading-medium" id="verwaltung">
              Ihre Verwaltung
            </h2>
            <p className="kern-body">
              {selfAdministered
                ? `${municipality.name} hat eine eigene Verwaltung.`
                : `${municipality.name} wird von der ${authorityKindLabel(authority.kind)} verwaltet:`}
            </p>
            <AuthorityContact authority={authority} />
          </div>
        </div>
      </section>

      <section aria-labelledby="leistungen" className="kern-stack">
        <h2 className="kern-heading-medium" id="leistungen">
          Online-Dienste
        </h2>
        {services.length === 0 ? (
          <p className="kern-body">
            Für {municipality.name} gibt es noch keine Online-Dienste. Wenden Sie sich bitte direkt an Ihre Verwaltung.
          </p>
        ) : (
          <ul className="result-list">
            {services.map((service) => (
              <li key={service.id}>
                <Link className="kern-link" to={`/${municipality.slug}/${service.id}`}>
                  {service.title}
                </Link>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
