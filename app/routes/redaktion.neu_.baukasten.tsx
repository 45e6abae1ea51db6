import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useRouteError } from "@remix-run/react";
import { BuilderShell } from "~/components/builder/builder-shell";
import { ErrorPage } from "~/components/error-page";
import { DraftNotice } from "~/components/publishing/draft-notice";
import type { FormDefinition } from "~/engine/types";
import { openableDefinition } from "~/lib/builder/openable-definition";
import { answerDraftPost } from "~/server/publishing/draft-page.http.server";
import { copySources, startingDefinition } from "~/server/publishing/builder-pages.server";
import type { DraftPageResult } from "~/server/publishing/draft-page-actions.http.server";
import { requireCountyEditor } from "~/server/publishing/editor.http.server";
import { serviceNotFoundMessage } from "~/server/publishing/service-access.server";
import { NO_STORE, noStoreHeaders } from "~/server/staff/no-store.http.server";

export const meta: MetaFunction = () => [{ title: "Neue Leistung im Baukasten – Redaktion – Bürgerportal" }];
export const headers = noStoreHeaders;

/** A new service of the editor's county: from scratch, or from a copy of the county's or a built-in service. */
export async function loader({ request }: LoaderFunctionArgs) {
  const actor = await requireCountyEditor(request, "new-service");
  const source = new URL(request.url).searchParams.get("vorlage") || null;
  const [definition, sources] = await Promise.all([startingDefinition(actor, source), copySources(actor)]);
  if (!definition) throw new Response(serviceNotFoundMessage(source ?? ""), { status: 404, headers: NO_STORE });
  return { countyName: actor.countyName, source, definition, sources };
}

/** The new-service page's own save path (`/redaktion/neu`): the definition text becomes draft version 1. */
export async function action({ request }: ActionFunctionArgs) {
  return answerDraftPost(request);
}

export default function NewServiceBuilder() {
  const { countyName, source, definition, sources } = useLoaderData<typeof loader>();
  const result = (useActionData<typeof action>() as { result?: DraftPageResult } | undefined)?.result ?? null;
  const initial = openableDefinition(result?.text ?? null) ?? (definition as FormDefinition);
  return (
    <div className="kern-stack-lg">
      <nav aria-label="Brotkrumen">
        <Link className="kern-link" to="/redaktion">
          Zurück zur Übersicht
        </Link>
      </nav>
      <hgroup className="kern-hgroup">
        <h1 className="kern-heading-large">Neue Leistung im Baukasten</h1>
        <p className="kern-body">Redaktion {countyName}</p>
      </hgroup>
      <DraftNotice result={result} notice={null} />
      <Form method="get" className="compare-form" aria-label="Womit beginnen">
        <div className="kern-form-input">
          <label className="kern-label" htmlFor="vorlage">
            Beginnen mit
          </label>
          <div className="kern-form-input__select-wrapper">
            <select id="vorlage" name="vorlage" className="kern-form-input__select" defaultValue={source ?? ""}>
              <option value="">einem leeren Formular</option>
              {sources.map((s) => (
                <option key={s.id} value={s.id}>
                  einer Kopie von „{s.title}“{s.builtIn ? " (eingebaute Leistung)" : ""}
                </option>
              ))}
            </select>
          </div>
        </div>
        <button type="submit" className="kern-btn kern-btn--secondary">
          <span className="kern-label">Neu beginnen</span>
        </button>
      </Form>
      <p className="kern-body">
        Gespeichert wird die Leistung als Entwurf der Version 1. Bürgerinnen und Bürger sehen sie erst, wenn Sie sie veröffentlichen und
        Gemeinden sie anbieten.
      </p>
      <BuilderShell
        key={`${source ?? "leer"}-${result?.text ?? ""}`}
        initial={initial}
        newService
        previewHref={null}
        answersByPage={{}}
        submitLabel="Als Entwurf speichern"
        jsonEditorHref="/redaktion/neu"
      />
    </div>
  );
}

export function ErrorBoundary() {
  return <ErrorPage error={useRouteError()} />;
}
