import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData, useRouteError } from "@remix-run/react";
import { ErrorPage } from "~/components/error-page";
import { DefinitionEditor } from "~/components/publishing/definition-editor";
import { DraftNotice } from "~/components/publishing/draft-notice";
import { NumberedSource } from "~/components/publishing/numbered-source";
import { ProblemList } from "~/components/publishing/problem-list";
import { STARTER_DEFINITION } from "~/components/publishing/starter-definition";
import { answerDraftPost } from "~/server/publishing/draft-page.http.server";
import type { DraftPageResult } from "~/server/publishing/draft-page-actions.http.server";
import { requireCountyEditor } from "~/server/publishing/editor.http.server";
import { noStoreHeaders } from "~/server/staff/no-store.http.server";

export const meta: MetaFunction = () => [{ title: "Neue Leistung – Redaktion – Bürgerportal" }];
export const headers = noStoreHeaders;

export async function loader({ request }: LoaderFunctionArgs) {
  const actor = await requireCountyEditor(request, "new-service");
  return { countyName: actor.countyName };
}

export async function action({ request }: ActionFunctionArgs) {
  return answerDraftPost(request);
}

export default function NewService() {
  const { countyName } = useLoaderData<typeof loader>();
  const result = (useActionData<typeof action>() as { result?: DraftPageResult } | undefined)?.result ?? null;
  const problemLines = new Set((result?.problems ?? []).map((p) => p.line).filter((line): line is number => line !== undefined));
  return (
    <div className="kern-stack-lg">
      <hgroup className="kern-hgroup">
        <h1 className="kern-heading-large">Neue Leistung anlegen</h1>
        <p className="kern-body">Redaktion {countyName}</p>
      </hgroup>
      <p className="kern-body">
        Fügen Sie die Formulardefinition ein oder laden Sie sie als Datei hoch. Gespeichert wird sie als Entwurf der Version 1 — auch mit
        Fehlern, solange Kennung („id“) und Ebene („level“) lesbar sind. Bürgerinnen und Bürger sehen die Leistung erst, wenn Sie sie
        veröffentlichen und Gemeinden sie anbieten.
      </p>
      <DraftNotice result={result} notice={null} />
      <div className="definition-editor">
        <DefinitionEditor key={result?.text ?? "neu"} text={result?.text ?? STARTER_DEFINITION} submitLabel="Als Entwurf speichern" />
        <ProblemList
          problems={result?.problems ?? []}
          checked={result !== null && (result.kind === "checked" || result.problems.length > 0)}
          linkLines={result?.text != null}
        />
      </div>
      {result?.text != null && (
        <section aria-labelledby="text-mit-zeilen" className="kern-stack">
          <h2 className="kern-heading-medium" id="text-mit-zeilen">
            {result.kind === "checked" ? "Geprüfter Text mit Zeilennummern" : "Abgelehnter Text mit Zeilennummern"}
          </h2>
          <NumberedSource text={result.text} problemLines={problemLines} label="Formulardefinition mit Zeilennummern" />
        </section>
      )}
    </div>
  );
}

export function ErrorBoundary() {
  return <ErrorPage error={useRouteError()} />;
}
