import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData, useNavigation, useSubmit } from "@remix-run/react";
import { useEffect, useRef } from "react";
import { municipalityDirectory, searchMunicipalities } from "~/server/municipalities.server";
import { AuthorityKindLabel } from "~/components/authority";
import { GermanOnly } from "~/lib/i18n/localized";
import { requestLanguage } from "~/server/i18n/language.http.server";
import { messagesFor } from "~/lib/i18n/messages.server";
import { metaLanguage } from "~/lib/i18n/meta";
import { useLang, useT } from "~/lib/i18n/use-translation";

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => {
  const { t } = metaLanguage(matches);
  return [{ title: `${data?.query ? t("index.searchTitle", { query: data.query }) : t("index.title")} – Bürgerportal` }];
};

export async function loader({ request }: LoaderFunctionArgs) {
  const query = (new URL(request.url).searchParams.get("q") ?? "").trim().slice(0, 100);
  const [results, directory] = await Promise.all([query ? searchMunicipalities(query) : Promise.resolve(null), municipalityDirectory()]);
  return {
    query,
    results: results?.map((m) => ({ slug: m.slug, name: m.name, county: m.county.name, authority: m.administeredBy.name })),
    directory,
    messages: messagesFor(requestLanguage(request), ["index"]),
  };
}

export default function ChooseMunicipality() {
  const { query, results, directory } = useLoaderData<typeof loader>();
  const submit = useSubmit();
  const navigation = useNavigation();
  const debounce = useRef<ReturnType<typeof setTimeout>>();
  // A search still waiting to run must not pull the person back once they searched or went on.
  const cancelPendingSearch = () => clearTimeout(debounce.current);
  useEffect(() => cancelPendingSearch, []);
  const searching = navigation.state === "loading" && navigation.location.pathname === "/";
  const t = useT();
  const lang = useLang();
  // Citizens know their county, not the IT operator that runs it: one list of counties.
  const counties = directory.flatMap((region) => region.counties).sort((a, b) => a.name.localeCompare(b.name, "de"));

  return (
    <div className="kern-stack-lg">
      <h1 className="kern-heading-large">{t("index.heading")}</h1>
      <p className="kern-body kern-body--large">{t("index.intro")}</p>

      <Form method="get" role="search" className="search-form" aria-label={t("index.searchRegion")} onSubmit={cancelPendingSearch}>
        <div className="kern-form-input">
          <label className="kern-label" htmlFor="q">
            {t("index.searchLabel")}
          </label>
          <div className="kern-hint" id="q-hint">
            {t("index.searchHint")}
          </div>
          <input
            className="kern-form-input__input"
            id="q"
            name="q"
            type="search"
            defaultValue={query}
            aria-describedby="q-hint"
            autoComplete="address-level2"
            maxLength={100}
            onChange={(event) => {
              const form = event.currentTarget.form;
              cancelPendingSearch();
              debounce.current = setTimeout(() => submit(form, { replace: true, preventScrollReset: true }), 250);
            }}
          />
        </div>
        <button type="submit" className="kern-btn kern-btn--primary">
          <span className="kern-label">{t("index.searchButton")}</span>
        </button>
      </Form>

      <div aria-live="polite" aria-busy={searching}>
        {results && (
          <section aria-labelledby="treffer" className="kern-stack">
            <h2 className="kern-heading-medium" id="treffer">
              {results.length === 0
                ? t("index.noResults", { query })
                : results.length === 1
                  ? t("index.oneResult")
                  : t("index.results", { count: results.length })}
            </h2>
            {results.length === 0 ? (
              <p className="kern-body">{t("index.noResultsAdvice")}</p>
            ) : (
              <ul className="result-list">
                {results.map((m) => (
                  <li key={m.slug}>
                    <Link className="kern-link" to={`/${m.slug}`}>
                      {m.name}
                    </Link>
                    <span className="kern-body kern-body--small">
                      {" "}
                      {t("index.resultDetail", { county: m.county, authority: m.authority })}
                    </span>
                  </li>
                ))}
              </ul>
            )}
          </section>
        )}
      </div>

      <section aria-labelledby="verzeichnis" className="kern-stack">
        <h2 className="kern-heading-medium" id="verzeichnis">
          {t("index.directory")}
        </h2>
        {/* One run of accordions, county by county: adjacent accordions share one rule. */}
        <div className="accordion-group">
          {counties.map((county) => (
            <details key={county.ags} className="kern-accordion">
              <summary className="kern-accordion__header">
                <span className="kern-title">{county.name}</span>
              </summary>
              <div className="kern-accordion__body">
                {county.groups.map(({ authority, municipalities }) => (
                  <div key={authority.id} className="directory-group">
                    <h3 className="kern-heading-small">
                      {authority.name}{" "}
                      <GermanOnly lang={lang} inline>
                        <AuthorityKindLabel kind={authority.kind} />
                      </GermanOnly>
                    </h3>
                    <ul className="kern-list">
                      {municipalities.map((m) => (
                        <li key={m.ags}>
                          <Link className="kern-link" to={`/${m.slug}`}>
                            {m.name}
                          </Link>
                        </li>
                      ))}
                    </ul>
                  </div>
                ))}
              </div>
            </details>
          ))}
        </div>
      </section>
    </div>
  );
}
