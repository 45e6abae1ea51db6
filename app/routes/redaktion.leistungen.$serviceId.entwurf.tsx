import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData, useRouteError, useSearchParams } from "@remix-run/react";
import { ErrorPage } from "~/components/error-page";
import { DefinitionEditor } from "~/components/publishing/definition-editor";
import { DraftNotice } from "~/components/publishing/draft-notice";
import { NumberedSource } from "~/components/publishing/numbered-source";
import { ProblemList } from "~/components/publishing/problem-list";
import { PublishForm } from "~/components/publishing/publish-form";
import { answerDraftPost, loadChangeableDraft } from "~/server/publishing/draft-page.http.server";
import { draftEditorView } from "~/server/publishing/draft-editor.server";
import type { DraftPageResult } from "~/server/publishing/draft-page-actions.http.server";
import { noStoreHeaders } from "~/server/staff/no-store.http.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `Entwurf Version ${data.version} – ${data.serviceId} – Redaktion – Bürgerportal` : "Entwurf – Redaktion – Bürgerportal" },
];
export const headers = noStoreHeaders;

export async function loader({ request, params }: LoaderFunctionArgs) {
  return loadChangeableDraft(request, params.serviceId ?? "", draftEditorView);
}

export async function action({ request, params }: ActionFunctionArgs) {
  return answerDraftPost(request, params.serviceId ?? "");
}

export default function DraftPage() {
  const view = useLoaderData<typeof loader>();
  const result = (useActionData<typeof action>() as { result?: DraftPageResult } | undefined)?.result ?? null;
  const [search] = useSearchParams();
  const base = `/redaktion/leistungen/${view.serviceId}`;
  const problems = result ? result.problems : view.problems;
  // The problems' line numbers refer to the posted text when nothing was stored, else to the stored draft.
  const shownText = result?.text ?? (view.stored ? view.text : null);
  const problemLines = new Set(problems.map((p) => p.line).filter((line): line is number => line !== undefined));
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
          {view.stored ? `Entwurf der Version ${view.version}` : `Neue Version ${view.version} anlegen`}
        </h1>
        <p className="kern-body">Leistung {view.serviceId}</p>
      </hgroup>
      <DraftNotice result={result} notice={result ? null : search.get("hinweis")} />
      {!view.retired && (
        <p className="kern-body">
          <Link className="kern-link" to={`${base}/baukasten`}>
            Im Baukasten bearbeiten
          </Link>{" "}
          (Seiten und Fragen ohne JSON)
        </p>
      )}
      {view.retired ? (
        <p className="kern-body">Diese Leistung ist eingestellt; für sie werden keine neuen Versionen mehr angelegt.</p>
      ) : (
        <>
          {!view.stored && (
            <p className="kern-body">
              Der Text unten ist {view.current ? `Version ${view.current}` : "die letzte Version"} mit der neuen Versionsnummer{" "}
              {view.version}. Ändern Sie ihn und speichern Sie ihn als Entwurf; veröffentlicht wird erst auf Ihren ausdrücklichen Klick.
            </p>
          )}
          {view.builtIn && (
            <p className="kern-body">
              Eingebaute Leistung des Portals: eine neue Version gilt nach der Veröffentlichung in allen Landkreisen.
            </p>
          )}
          <div className="definition-editor">
            <DefinitionEditor
              key={result?.text ?? view.basis}
              text={result?.text ?? view.text}
              basis={view.basis}
              submitLabel="Entwurf speichern"
            />
            <ProblemList problems={problems} checked={view.stored || result !== null} linkLines={shownText !== null} />
          </div>
          {view.stored && !result && (
            <ul className="kern-list kern-list--horizontal">
              {view.problems.length === 0 && (
                <li>
                  <Link className="kern-link" to={`${base}/vorschau`}>
                    Vorschau wie für Bürgerinnen und Bürger
                  </Link>
                </li>
              )}
              {view.problems.length === 0 && view.current !== null && (
                <li>
                  <Link className="kern-link" to={`${base}/vergleich`}>
                    Änderungen gegenüber Version {view.current}
                  </Link>
                </li>
              )}
            </ul>
          )}
          {publishable && <PublishForm version={view.version} basis={view.basis} builtIn={view.builtIn} current={view.current} />}
          {shownText !== null && (
            <section aria-labelledby="text-mit-zeilen" className="kern-stack">
              <h2 className="kern-heading-medium" id="text-mit-zeilen">
                {result?.text != null
                  ? result.kind === "checked"
                    ? "Geprüfter Text mit Zeilennummern"
                    : "Abgelehnter Text mit Zeilennummern"
                  : "Gespeicherter Entwurf mit Zeilennummern"}
              </h2>
              <NumberedSource text={shownText} problemLines={problemLines} label="Formulardefinition mit Zeilennummern" />
            </section>
          )}
        </>
      )}
    </div>
  );
}

export function ErrorBoundary() {
  return <ErrorPage error={useRouteError()} />;
}
