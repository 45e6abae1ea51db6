import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useRouteError } from "@remix-run/react";
import { ErrorPage } from "~/components/error-page";
import { FimReport } from "~/components/publishing/fim-report";
import { FormAlert } from "~/components/staff/form-alert";
import { assertSameOrigin } from "~/server/csrf.http.server";
import { performFimImportPost, type FimPageResult } from "~/server/publishing/fim-page.http.server";
import { requireCountyEditor } from "~/server/publishing/editor.http.server";
import { REFUSAL_STATUS } from "~/server/refusal-status.http.server";
import { NO_STORE, noStoreHeaders } from "~/server/staff/no-store.http.server";

export const meta: MetaFunction = () => [{ title: "Aus FIM-Stammdatenschema anlegen – Redaktion – Bürgerportal" }];
export const headers = noStoreHeaders;

export async function loader({ request }: LoaderFunctionArgs) {
  const actor = await requireCountyEditor(request, "new-service");
  return { countyName: actor.countyName };
}

export async function action({ request }: ActionFunctionArgs) {
  assertSameOrigin(request);
  const actor = await requireCountyEditor(request, "new-service");
  const result = await performFimImportPost(actor, request);
  return data({ result }, { status: result.ok ? 201 : REFUSAL_STATUS[result.refused], headers: NO_STORE });
}

export default function FimImport() {
  const { countyName } = useLoaderData<typeof loader>();
  const result = (useActionData<typeof action>() as { result?: FimPageResult } | undefined)?.result ?? null;
  return (
    <div className="kern-stack-lg">
      <hgroup className="kern-hgroup">
        <h1 className="kern-heading-large">Aus FIM-Stammdatenschema anlegen</h1>
        <p className="kern-body">Redaktion {countyName}</p>
      </hgroup>
      {result?.ok && (
        <FormAlert tone="success" title="Der Entwurf wurde angelegt." id="fim-ergebnis">
          <p className="kern-body">
            Leistung „{result.serviceId}“, Version {result.version}.{" "}
            <Link className="kern-link" to={`/redaktion/leistungen/${result.serviceId}/entwurf`}>
              Entwurf öffnen
            </Link>{" "}
            ·{" "}
            <Link className="kern-link" to={`/redaktion/leistungen/${result.serviceId}/vorschau`}>
              Vorschau
            </Link>
          </p>
        </FormAlert>
      )}
      {result && !result.ok && (
        <FormAlert tone="danger" title="Das Schema wurde nicht übernommen." id="fim-ergebnis">
          <p className="kern-body">{result.message}</p>
          {result.problems.length > 0 && (
            <ul className="kern-list">
              {result.problems.map((p, i) => (
                <li key={i}>
                  {p.pointer && <code>{p.pointer}</code>} {p.message}
                </li>
              ))}
            </ul>
          )}
        </FormAlert>
      )}
      <div className="definition-editor">
        <Form method="post" encType="multipart/form-data" className="kern-stack" aria-label="FIM-Stammdatenschema hochladen">
          <p className="kern-body">
            Laden Sie ein FIM-Stammdatenschema (XDatenfelder 2 oder 3) hoch, dazu die genericode-Code-Listen, auf die es verweist. Daraus
            entsteht der Entwurf einer neuen Leistung mit Seiten, Feldern, Wertelisten und Bedingungen; der Bericht sagt, was angenähert
            wurde und was Sie noch entscheiden müssen.
          </p>
          <div className="kern-form-input">
            <label className="kern-label" htmlFor="schema">
              Stammdatenschema (XML)
            </label>
            <div className="kern-hint" id="schema-hinweis">
              Höchstens 10 MB. Dateien mit DTD oder Entitäten werden abgelehnt.
            </div>
            <input
              className="kern-form-input__input"
              id="schema"
              name="schema"
              type="file"
              accept=".xml,application/xml,text/xml"
              required
              aria-describedby="schema-hinweis"
            />
          </div>
          <div className="kern-form-input">
            <label className="kern-label" htmlFor="codelisten">
              Code-Listen (genericode, optional)
            </label>
            <div className="kern-hint" id="codelisten-hinweis">
              Mehrere Dateien möglich. Nicht mitgelieferte Listen werden zu Textfeldern.
            </div>
            <input
              className="kern-form-input__input"
              id="codelisten"
              name="codelisten"
              type="file"
              multiple
              accept=".xml,application/xml,text/xml"
              aria-describedby="codelisten-hinweis"
            />
          </div>
          <div className="kern-form-input">
            <label className="kern-label" htmlFor="id">
              Kennung der Leistung (optional)
            </label>
            <div className="kern-hint" id="id-hinweis">
              Kleinbuchstaben, Ziffern und „-“; ohne Angabe aus Schema-Kennung und Name gebildet.
            </div>
            <input className="kern-form-input__input" id="id" name="id" type="text" autoComplete="off" aria-describedby="id-hinweis" />
          </div>
          <fieldset className="kern-fieldset">
            <legend className="kern-label">Zuständigkeit</legend>
            <div className="kern-fieldset__body">
              <div className="kern-form-check">
                <input className="kern-form-check__radio" type="radio" id="level-gemeinde" name="level" value="gemeinde" defaultChecked />
                <label className="kern-label" htmlFor="level-gemeinde">
                  Gemeinde
                </label>
              </div>
              <div className="kern-form-check">
                <input className="kern-form-check__radio" type="radio" id="level-kreis" name="level" value="kreis" />
                <label className="kern-label" htmlFor="level-kreis">
                  Landkreis
                </label>
              </div>
            </div>
          </fieldset>
          <div className="button-row">
            <button type="submit" className="kern-btn kern-btn--primary">
              <span className="kern-label">Entwurf anlegen</span>
            </button>
          </div>
        </Form>
        {result?.ok && <FimReport report={result.report} />}
      </div>
    </div>
  );
}

export function ErrorBoundary() {
  return <ErrorPage error={useRouteError()} />;
}
