import { Link } from "@remix-run/react";
import { useRef } from "react";
import { useT } from "~/lib/i18n/use-translation";
import type { MyReplyPageData } from "~/server/citizen-account/my-case-actions.http.server";
import { asErrors } from "../status/page-problems";
import { ReplyForm } from "../status/reply-form";
import { ErrorSummary } from "../wizard/error-summary";
import { useFocusAfterNavigation } from "../wizard/use-focus-management";
import { myCaseHref } from "./my-case-page";

/** After a reply from Mein Bereich: done with its receipt, or refused with the form again. */
export function MyReplyPage({ page, caseNumber }: { page: MyReplyPageData | null; caseNumber: string }) {
  const t = useT();
  const heading = useRef<HTMLHeadingElement>(null);
  const summary = useRef<HTMLDivElement>(null);
  const errors = page && "refused" in page ? asErrors(page.refused.problems) : [];
  useFocusAfterNavigation(heading, summary, errors.length > 0);
  const href = myCaseHref(caseNumber);
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
        <p>
          <a className="kern-link" href={`${href}/antworten/${done.replyId}.pdf`} download>
            {t("reply.receipt")}
          </a>
        </p>
        <p>
          <Link className="kern-link" to={href}>
            {t("reply.backToStatus")}
          </Link>
        </p>
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
      {refused?.formAgain && (
        <ReplyForm
          caseNumber={caseNumber}
          token={refused.token}
          message={refused.message}
          action={`${href}/antwort`}
          errors={{ antwort: errorOf("/antwort"), dateien: errorOf("/dateien") }}
          filesAgain={refused.filesSent}
        />
      )}
      <p>
        <Link className="kern-link" to={href}>
          {t("reply.backToStatus")}
        </Link>
      </p>
    </div>
  );
}
