import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData, useRouteError, useSearchParams } from "@remix-run/react";
import { ErrorPage } from "~/components/error-page";
import { AssignForm } from "~/components/staff/assign-form";
import type { CaseActionFailure } from "~/components/staff/case-action-result";
import { CaseAnswers } from "~/components/staff/case-answers";
import { CaseAttachments } from "~/components/staff/case-attachments";
import { CaseHistory } from "~/components/staff/case-history";
import { CaseReplies } from "~/components/staff/case-replies";
import { CaseSummary } from "~/components/staff/case-summary";
import { FormAlert } from "~/components/staff/form-alert";
import { LegalHoldForm } from "~/components/staff/legal-hold-form";
import { NoteForm } from "~/components/staff/note-form";
import { TransitionForm } from "~/components/staff/transition-form";
import { performCaseAction } from "~/server/cases/case-actions.server";
import { caseView } from "~/server/cases/case-view.server";
import { markReplyRead } from "~/server/cases/reply-marker.server";
import { assertSameOrigin } from "~/server/csrf.http.server";
import { REFUSAL_STATUS } from "~/server/refusal-status.http.server";
import { requireStaff } from "~/server/staff/guards.http.server";
import { NO_STORE, noStoreHeaders } from "~/server/staff/no-store.http.server";
import { readPageForm } from "~/server/form-body.http.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `Vorgang ${data.caseNumber} – Verwaltung – Bürgerportal` : "Vorgang – Verwaltung – Bürgerportal" },
];
export const headers = noStoreHeaders;

const NOT_FOUND = "Diesen Vorgang gibt es in Ihrer Behörde nicht. Bitte prüfen Sie die Vorgangsnummer oder suchen Sie im Posteingang.";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireStaff(request, "clerk");
  const view = await caseView(user.authorityId, params.caseNumber ?? "");
  if (!view) throw new Response(NOT_FOUND, { status: 404, headers: NO_STORE });
  await markReplyRead(user.authorityId, view.caseNumber);
  return view;
}

export async function action({ request, params }: ActionFunctionArgs) {
  assertSameOrigin(request);
  const user = await requireStaff(request, "clerk");
  const caseNumber = params.caseNumber ?? "";
  const outcome = await performCaseAction(user, caseNumber, await readPageForm(request));
  if (outcome.ok) return redirect(`/verwaltung/vorgaenge/${caseNumber}?gespeichert=${outcome.notice}`, { headers: NO_STORE });
  if (outcome.kind === "not-found") throw new Response(NOT_FOUND, { status: 404, headers: NO_STORE });
  const { ok: _refused, kind, ...failure } = outcome;
  return data({ failure: failure satisfies CaseActionFailure }, { status: REFUSAL_STATUS[kind], headers: NO_STORE });
}

const notices: Record<string, string> = {
  status: "Der Status wurde geändert.",
  zuweisung: "Die Zuweisung wurde gespeichert.",
  vermerk: "Der Vermerk wurde gespeichert.",
  loeschsperre: "Die Löschsperre wurde gesetzt.",
  "loeschsperre-aufgehoben": "Die Löschsperre wurde aufgehoben.",
};

export default function CasePage() {
  const view = useLoaderData<typeof loader>();
  const failure = (useActionData<typeof action>() as { failure?: CaseActionFailure } | undefined)?.failure ?? null;
  const [search] = useSearchParams();
  const notice = failure ? null : notices[search.get("gespeichert") ?? ""];
  const failureFor = (intent: CaseActionFailure["intent"]) => (failure?.intent === intent ? failure : null);
  const base = `/verwaltung/vorgaenge/${view.caseNumber}`;
  return (
    <div className="kern-stack-lg">
      <nav aria-label="Brotkrumen">
        <Link className="kern-link" to="/verwaltung">
          Zurück zum Posteingang
        </Link>
      </nav>
      <hgroup className="kern-hgroup">
        <h1 className="kern-heading-large">Vorgang {view.caseNumber}</h1>
        <p className="kern-body">{view.service.title}</p>
      </hgroup>
      {notice && <FormAlert tone="success" title={notice} />}
      {failure?.code === "conflict" && (
        <FormAlert tone="danger" title="Der Vorgang wurde inzwischen geändert">
          <p className="kern-body">{failure.message}</p>
        </FormAlert>
      )}
      <CaseSummary view={view} />
      <ul className="kern-list kern-list--horizontal">
        {view.hasReceipt && (
          <li>
            <a className="kern-link" href={`${base}/eingangsbestaetigung.pdf`} download>
              Eingangsbestätigung (PDF)
            </a>
          </li>
        )}
        <li>
          <a className="kern-link" href={`${base}/export.json`} download>
            Vorgang exportieren (JSON)
          </a>
        </li>
      </ul>

      <section aria-labelledby="status-aendern" className="kern-stack">
        <h2 className="kern-heading-medium" id="status-aendern">
          Bearbeitung
        </h2>
        <TransitionForm status={view.status} nextStatuses={view.nextStatuses} revision={view.revision} failure={failureFor("transition")} />
        <AssignForm
          colleagues={view.colleagues}
          assignedToId={view.assignedTo?.id ?? null}
          revision={view.revision}
          failure={failureFor("assign")}
        />
        <NoteForm failure={failureFor("note")} />
        <LegalHoldForm retention={view.retention} />
      </section>

      <section aria-labelledby="angaben" className="kern-stack">
        <h2 className="kern-heading-medium" id="angaben">
          Angaben im Antrag
        </h2>
        <CaseAnswers sections={view.answers} />
      </section>

      <section aria-labelledby="antworten" className="kern-stack">
        <h2 className="kern-heading-medium" id="antworten">
          Antworten auf Rückfragen
        </h2>
        <CaseReplies caseNumber={view.caseNumber} replies={view.replies} />
      </section>

      <section aria-labelledby="anlagen" className="kern-stack">
        <h2 className="kern-heading-medium" id="anlagen">
          Anlagen
        </h2>
        <CaseAttachments caseNumber={view.caseNumber} files={view.attachments} />
      </section>

      <section aria-labelledby="verlauf" className="kern-stack">
        <h2 className="kern-heading-medium" id="verlauf">
          Verlauf
        </h2>
        <CaseHistory entries={view.history} />
      </section>
    </div>
  );
}

export function ErrorBoundary() {
  return <ErrorPage error={useRouteError()} />;
}
