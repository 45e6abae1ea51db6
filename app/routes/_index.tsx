import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData, useNavigation, useSubmit } from "@remix-run/react";
import { useRef } from "react";
import { municipalityDirectory, searchMunicipalities } from "~/server/municipalities.server";
import { AuthorityKindLabel } from "~/components/authority";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data?.query ? `Suche „${data.query}“ – Bürgerportal` : "Gemeinde wählen – Bürgerportal" },
];

export async function loader({ request }: LoaderFunctionArgs) {
  const query = (new URL(request.url).searchParams.get("q") ?? "").trim().slice(0, 100);
  const [results, directory] = await Promise.all([
    query ? searchMunicipalities(query) : Promise.resolve(null),
    municipalityDirectory(),
  ]);
  return {
    query,
    results: results?.map((m) => ({ slug: m.slug, name: m.name, county: m.county.name, authority: m.administeredBy.name })),
    directory,
  };
}

export default function ChooseMunicipality() {
  const { query, results, directory } = useLoaderData<typeof loader>();
  const submit = useSubmit();
  const navigation = useNavigation();
  const debounce = useRef<ReturnType<typeof setTimeout>>();
  const searching = navigation.state === "loading" && navigation.location.pathname === "/";

  return (
    <div className="kern-stack-lg">
      <hgroup className="kern-hgroup">
        <h1 className="kern-heading-large">Verwaltung online erledigen</h1>
        <p className="kern-body--large">
          Wählen Sie Ihre Gemeinde. Dann sehen Sie, welche Anträge Sie online stellen können und welche Behörde für Sie zuständig ist.
        </p>
      </hgroup>

      <Form method="get" role="search" className="search-form" aria-label="Gemeinde suchen">
        <div className="kern-form-input">
          <label className="kern-label" htmlFor="q">
            Name Ihrer Gemeinde oder Stadt
          </label>
          <div className="kern-hint" id="q-hint">
            Zum Beispiel „Sömmerda“ oder „Rastenberg“. Umlaute können Sie auch als „oe“ oder „o“ schreiben.
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
              clearTimeout(debounce.current);
              debounce.current = setTimeout(() => submit(form, { replace: true, preventScrollReset: true }), 250);
            }}
          />
        </div>
        <button type="submit" className="kern-btn kern-btn--primary">
          <span className="kern-label">Suchen</span>
        </button>
      </Form>

      <div aria-live="polite" aria-busy={searching}>
        {results && (
          <section aria-labelledby="treffer" className="kern-stack">
            <h2 className="kern-heading-medium" id="treffer">
              {results.length === 0
                ? `Keine Gemeinde gefunden für „${query}“`
                : `${results.length} ${results.length === 1 ? "Gemeinde" : "Gemeinden"} gefunden`}
            </h2>
            {results.length === 0 ? (
              <p className="kern-body">Prüfen Sie die Schreibweise oder wählen Sie Ihre Gemeinde aus der Liste unten.</p>
            ) : (
              <ul className="result-list">
                {results.map((m) => (
                  <li key={m.slug}>
                    <Link className="kern-link" to={`/${m.slug}`}>
                      {m.name}
                    </Link>
                    <span className="kern-body kern-body--small">
                      {" "}
                      – {m.county}, verwaltet durch {m.authority}
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
          Alle Gemeinden nach Landkreis und Verwaltung
        </h2>
        {directory.map(({ region, counties }) => (
          <div key={region.key} className="kern-stack">
            <h3 className="kern-heading-small">{region.name}</h3>
            {counties.map((county) => (
              <details key={county.ags} className="kern-accordion">
                <summary className="kern-accordion__header">
                  <span className="kern-title">{county.name}</span>
                </summary>
                <div className="kern-accordion__body">
                  {county.groups.map(({ authority, municipalities }) => (
                    <div key={authority.id} className="directory-group">
                      <h4 className="kern-heading-small">
                        {authority.name} <AuthorityKindLabel kind={authority.kind} />
                      </h4>
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
        ))}
      </section>
    </div>
  );
}
