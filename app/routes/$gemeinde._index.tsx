import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { AuthorityContact } from "~/components/authority";
import { requestLanguage } from "~/server/i18n/language.http.server";
import { GermanOnly, Text } from "~/lib/i18n/localized";
import { messagesFor } from "~/lib/i18n/messages.server";
import { metaLanguage } from "~/lib/i18n/meta";
import { localizedTitles } from "~/server/i18n/service-titles.server";
import { useLang, useT } from "~/lib/i18n/use-translation";
import type { MessageKey } from "~/lib/i18n/dictionary";
import { servicesOfferedIn } from "~/server/services/catalogue.server";
import { requireMunicipality } from "~/server/wizard/wizard-context.http.server";

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => [
  { title: data ? `${metaLanguage(matches).t("municipality.title", { name: data.municipality.name })} – Bürgerportal` : "Bürgerportal" },
];

export async function loader({ params, request }: LoaderFunctionArgs) {
  const lang = requestLanguage(request);
  const municipality = await requireMunicipality(params.gemeinde, lang);
  return {
    municipality,
    services: await localizedTitles(await servicesOfferedIn(municipality.ags), lang),
    messages: messagesFor(lang, ["municipality", "authority"]),
  };
}

export default function MunicipalityPage() {
  const { municipality, services } = useLoaderData<typeof loader>();
  const t = useT();
  const lang = useLang();
  const authority = municipality.administeredBy;
  const selfAdministered = authority.kind === "gemeinde";
  return (
    <div className="kern-stack-lg">
      <nav aria-label={t("municipality.breadcrumb")}>
        <Link className="kern-link" to="/">
          {t("municipality.change")}
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
              {t("municipality.administration")}
            </h2>
            <p className="kern-body">
              {selfAdministered
                ? t("municipality.selfAdministered", { name: municipality.name })
                : t("municipality.administeredBy", { name: municipality.name, kind: t(`authority.${authority.kind}` as MessageKey) })}
            </p>
            <GermanOnly lang={lang}>
              <AuthorityContact authority={authority} />
            </GermanOnly>
          </div>
        </div>
      </section>

      <section aria-labelledby="leistungen" className="kern-stack">
        <h2 className="kern-heading-medium" id="leistungen">
          {t("municipality.services")}
        </h2>
        {services.length === 0 ? (
          <p className="kern-body">{t("municipality.noServices", { name: municipality.name })}</p>
        ) : (
          <ul className="result-list">
            {services.map((service) => (
              <li key={service.id}>
                <Link className="kern-link" to={`/${municipality.slug}/${service.id}`}>
                  <Text value={service.localizedTitle} />
                </Link>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
