import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData, useRouteError, useSearchParams } from "@remix-run/react";
import { BuilderShell } from "~/components/builder/builder-shell";
import { ErrorPage } from "~/components/error-page";
import { DraftNotice } from "~/components/publishing/draft-notice";
import { PublishForm } from "~/components/publishing/publish-form";
import type { FormDefinition } from "~/engine/types";
import { openableDefinition } from "~/lib/builder/openable-definition";
import { answerDraftPost, loadChangeableDraft } from "~/server/publishing/draft-page.http.server";
import { builderDraftView } from "~/server/publishing/builder-pages.server";
import type { DraftPageResult } from "~/server/publishing/draft-page-actions.http.server";
import { noStoreHeaders } from "~/server/staff/no-store.http.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  {
    title: data
      ? `Baukasten – Version ${data.version} – ${data.serviceId} – Redaktion – Bürgerportal`
      : "Baukasten – Redaktion – Bürgerportal",
  },
];
export const headers = noStoreHeaders;

/** Same access as the draft editor: editors who may change this service's form. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  return loadChangeableDraft(request, params.serviceId ?? "", builderDraftView);
}

/** The draft page's own save path: the builder posts the definition text like the JSON editor. */
export async function action({ request, params }: ActionFunctionArgs) {
  return answerDraftPost(request, params.serviceId ?? "");
}

export default function DraftBuilderPage() {
  const view = useLoaderData<typeof loader>();
  const result = (useActionData<typeof action>() as { result?: DraftPageResult } | undefined)?.result ?? null;
  const [search] = useSearchParams();
  const base = `/redaktion/leistungen/${view.serviceId}`;
  const initial = openableDefinition(result?.text ?? null) ?? (view.definition as FormDefinition | null);
  const publishable = view.stored && !result && view.problems.length === 0 && !view.retired;
  return (
    <div className="kern-stack-lg">
      <nav aria-label="Brotkrumen">
        <Link className="kern-link" to={base}>
          Zurück zur Leistung {view.serviceId}
        </Link>
      </nav>
      <hgroup className="kern-hgroup">
        <h1 className="kern-heading-large">
          Baukasten: {view.stored ? `Entwurf der Version ${view.version}` : `Neue Version ${view.version}`}
        </h1>
        <p className="kern-body">Leistung {view.serviceId}</p>
      </hgroup>
      <DraftNotice result={result} notice={result ? null : search.get("hinweis")} />
      <ul className="kern-list kern-list--horizontal">
        <li>
          <Link className="kern-link" to={`${base}/entwurf`}>
            Im JSON-Editor bearbeiten
          </Link>
        </li>
        {view.stored && view.problems.length === 0 && view.current !== null && (
          <li>
            <Link className="kern-link" to={`${base}/vergleich`}>
              Änderungen gegenüber Version {view.current}
            </Link>
          </li>
        )}
      </ul>
      {view.retired ? (
        <p className="kern-body">Diese Leistung ist eingestellt; für sie werden keine neuen Versionen mehr angelegt.</p>
      ) : initial ? (
        <BuilderShell
          key={result?.text ?? view.basis}
          initial={initial}
          basis={view.basis}
          newService={false}
          previewHref={view.stored && view.problems.length === 0 ? (stepId) => `${base}/vorschau/${view.version}/seite/${stepId}` : null}
          answersByPage={view.answersByPage}
          submitLabel="Entwurf speichern"
          jsonEditorHref={`${base}/entwurf`}
          published={
            view.published && view.current !== null
              ? { version: view.current, definition: view.published as FormDefinition, href: `${base}/vergleich` }
              : null
          }
        />
      ) : (
        <p className="kern-body">
          Der gespeicherte Entwurf ist kein lesbares Formular (zum Beispiel ein JSON-Syntaxfehler); der Baukasten kann ihn nicht öffnen.
          Bitte beheben Sie das im{" "}
          <Link className="kern-link" to={`${base}/entwurf`}>
            JSON-Editor
          </Link>
          .
        </p>
      )}
      {publishable && <PublishForm version={view.version} basis={view.basis} builtIn={view.builtIn} current={view.current} />}
    </div>
  );
}

export function ErrorBoundary() {
  return <ErrorPage error={useRouteError()} />;
}
