import { Link } from "@remix-run/react";
import { useRef } from "react";
import { useT } from "~/lib/i18n/use-translation";
import type { ReplyPageData } from "~/server/status/reply-post.http.server";
import { ErrorSummary } from "../wizard/error-summary";
import { asErrors } from "./page-problems";
import { useFocusAfterNavigation } from "../wizard/use-focus-management";
import { BackToStatus } from "./case-access-fields";
import { ReplyForm } from "./reply-form";
import { ReplyReceiptButton } from "./sent-replies";

/** After a reply was sent: done with its receipt, or refused with the form again (text kept, files to choose again). */
export function ReplyPage({ page }: { page: ReplyPageData | null }) {
  const t = useT();
  const heading = useRef<HTMLHeadingElement>(null);
  const summary = useRef<HTMLDivElement>(null);
  const errors = page && "refused" in page ? asErrors(page.refused.problems) : [];
  useFocusAfterNavigation(heading, summary, errors.length > 0);
  if (page && "done" in page) {
    const { done } = page;
    return (
      <div className="kern-stack-lg">
        <h1 className="kern-heading-large" tabIndex={-1} ref={heading}>
          {t("reply.doneTitle")}
        </h1>
        <div className="kern-alert kern-alert--success" role="status">
          <div className="kern-alert__body">
            <p className="kern-body">{t("reply.doneText", { caseNumber: done.caseNumber })}</p>
          </div>
        </div>
        <dl className="kern-description-list">
          <div className="kern-description-list-item">
            <dt className="kern-description-list-item__key">{t("reply.hash")}</dt>
            <dd className="kern-description-list-item__value">
              <code className="hash" data-testid="antwort-pruefsumme">
                {done.sha256}
              </code>
            </dd>
          </div>
        </dl>
        <ReplyReceiptButton caseNumber={done.caseNumber} accessCode={done.accessCode} replyId={done.replyId} />
        <BackToStatus caseNumber={done.caseNumber} accessCode={done.accessCode} label={t("reply.backToStatus")} />
      </div>
    );
  }
  const refused = page && "refused" in page ? page.refused : null;
  const errorOf = (pointer: string) =>
    refused?.problems
      .filter((p) => p.pointer === pointer)
      .map((p) => p.message)
      .join(" ") || undefined;
  return (
    <div className="kern-stack-lg">
      <ErrorSummary errors={errors} ref={summary} autoFocus={errors.length > 0} />
      <h1 className="kern-heading-large" tabIndex={-1} ref={heading}>
        {t("reply.heading")}
      </h1>
      {refused?.formAgain ? (
        <ReplyForm
          caseNumber={refused.caseNumber}
          accessCode={refused.accessCode}
          token={refused.token}
          message={refused.message}
          errors={{ antwort: errorOf("/antwort"), dateien: errorOf("/dateien") }}
          filesAgain={refused.filesSent}
        />
      ) : (
        <p>
          <Link className="kern-link" to="/status" reloadDocument>
            {t("status.title")}
          </Link>
        </p>
      )}
    </div>
  );
}
