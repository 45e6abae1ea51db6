import { Link } from "@remix-run/react";
import { useRef } from "react";
import { useT } from "~/lib/i18n/use-translation";
import type { MyWithdrawPageData } from "~/server/citizen-account/my-case-actions.http.server";
import { asErrors } from "../status/page-problems";
import { ErrorSummary } from "../wizard/error-summary";
import { WithdrawConfirmForm, WithdrawDone } from "../status/withdraw-parts";
import { useFocusAfterNavigation } from "../wizard/use-focus-management";
import { myCaseHref } from "./my-case-page";

/** Withdrawing from Mein Bereich: the confirmation with an optional reason, then done or why not. */
export function MyWithdrawPage({ page }: { page: MyWithdrawPageData }) {
  const t = useT();
  const heading = useRef<HTMLHeadingElement>(null);
  const summary = useRef<HTMLDivElement>(null);
  const problems = "confirm" in page ? page.confirm.problems : "refused" in page ? page.refused.problems : [];
  const errors = asErrors(problems);
  useFocusAfterNavigation(heading, summary, errors.length > 0);
  const caseNumber = "confirm" in page ? page.confirm.caseNumber : "done" in page ? page.done.caseNumber : page.refused.caseNumber;
  const href = myCaseHref(caseNumber);
  return (
    <div className="kern-stack-lg">
      <ErrorSummary errors={errors} ref={summary} autoFocus={errors.length > 0} />
      <h1 className="kern-heading-large" tabIndex={-1} ref={heading}>
        {"done" in page ? t("withdraw.doneTitle") : t("withdraw.title")}
      </h1>
      {"confirm" in page && <WithdrawConfirmForm caseNumber={caseNumber} reason={page.confirm.reason} error={problems[0]?.message} />}
      {"done" in page && <WithdrawDone caseNumber={caseNumber} />}
      <p>
        <Link className="kern-link" to={href}>
          {"confirm" in page ? t("account.withdrawCancel") : t("reply.backToStatus")}
        </Link>
      </p>
    </div>
  );
}
