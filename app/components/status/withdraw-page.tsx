import { Link } from "@remix-run/react";
import { useRef } from "react";
import { useT } from "~/lib/i18n/use-translation";
import type { WithdrawPageData } from "~/server/status/withdraw-post.http.server";
import { ErrorSummary } from "../wizard/error-summary";
import { asErrors } from "./page-problems";
import { WithdrawConfirmForm, WithdrawDone } from "./withdraw-parts";
import { useFocusAfterNavigation } from "../wizard/use-focus-management";
import { BackToStatus, CaseAccessFields } from "./case-access-fields";

/** Withdrawing: the confirmation (with an optional reason), the confirmation that it is done, or why not. */
export function WithdrawPage({ page }: { page: WithdrawPageData | null }) {
  const t = useT();
  const heading = useRef<HTMLHeadingElement>(null);
  const summary = useRef<HTMLDivElement>(null);
  const problems = page && "confirm" in page ? page.confirm.problems : page && "refused" in page ? page.refused.problems : [];
  const errors = asErrors(problems);
  useFocusAfterNavigation(heading, summary, errors.length > 0);
  const title = page && "done" in page ? t("withdraw.doneTitle") : t("withdraw.title");
  return (
    <div className="kern-stack-lg">
      <ErrorSummary errors={errors} ref={summary} autoFocus={errors.length > 0} />
      <h1 className="kern-heading-large" tabIndex={-1} ref={heading}>
        {title}
      </h1>
      {page && "confirm" in page && (
        <>
          <WithdrawConfirmForm
            caseNumber={page.confirm.caseNumber}
            reason={page.confirm.reason}
            error={problems[0]?.message}
            action="/status/zurueckziehen"
          >
            <CaseAccessFields caseNumber={page.confirm.caseNumber} accessCode={page.confirm.accessCode} />
            <input type="hidden" name="bestaetigt" value="ja" />
          </WithdrawConfirmForm>
          <BackToStatus caseNumber={page.confirm.caseNumber} accessCode={page.confirm.accessCode} label={t("withdraw.cancel")} />
        </>
      )}
      {page && "done" in page && <WithdrawDone caseNumber={page.done.caseNumber} />}
      {page && "refused" in page && (
        <BackToStatus caseNumber={page.refused.caseNumber} accessCode={page.refused.accessCode} label={t("reply.backToStatus")} />
      )}
      {(!page || "done" in page) && (
        <p>
          <Link className="kern-link" to="/status" reloadDocument>
            {t("status.another")}
          </Link>
        </p>
      )}
    </div>
  );
}
