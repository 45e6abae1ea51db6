import { Link } from "@remix-run/react";
import { useT } from "~/lib/i18n/use-translation";
import type { MyReplyPageData } from "~/server/citizen-account/my-case-actions.http.server";
import { ReplyForm } from "../status/reply-form";
import { ReplyOutcome } from "../status/reply-outcome";
import { myCaseHref } from "./my-case-page";

/** After a reply from Mein Bereich: done with its receipt, or refused with the form again. */
export function MyReplyPage({ page, caseNumber }: { page: MyReplyPageData | null; caseNumber: string }) {
  const t = useT();
  const href = myCaseHref(caseNumber);
  const done = page && "done" in page ? page.done : null;
  const refused = page && "refused" in page ? page.refused : null;
  const back = (
    <p>
      <Link className="kern-link" to={href}>
        {t("reply.backToStatus")}
      </Link>
    </p>
  );
  return (
    <ReplyOutcome
      done={done}
      refused={refused}
      doneLinks={
        done && (
          <>
            <p>
              <a className="kern-link" href={`${href}/antworten/${done.replyId}.pdf`} download>
                {t("reply.receipt")}
              </a>
            </p>
            {back}
          </>
        )
      }
      renderRefused={(errors) => (
        <>
          {refused?.formAgain && (
            <ReplyForm
              caseNumber={caseNumber}
              token={refused.token}
              message={refused.message}
              action={`${href}/antwort`}
              errors={errors}
              filesAgain={refused.filesSent}
            />
          )}
          {back}
        </>
      )}
    />
  );
}
