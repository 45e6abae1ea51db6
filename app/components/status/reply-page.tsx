import { Link } from "@remix-run/react";
import { useT } from "~/lib/i18n/use-translation";
import type { ReplyPageData } from "~/server/status/reply-post.http.server";
import { BackToStatus } from "./case-access-fields";
import { ReplyForm } from "./reply-form";
import { ReplyOutcome } from "./reply-outcome";
import { ReplyReceiptButton } from "./sent-replies";

/** After a reply was sent: done with its receipt, or refused with the form again (text kept, files to choose again). */
export function ReplyPage({ page }: { page: ReplyPageData | null }) {
  const t = useT();
  const done = page && "done" in page ? page.done : null;
  const refused = page && "refused" in page ? page.refused : null;
  return (
    <ReplyOutcome
      done={done}
      refused={refused}
      doneLinks={
        done && (
          <>
            <ReplyReceiptButton caseNumber={done.caseNumber} accessCode={done.accessCode} replyId={done.replyId} />
            <BackToStatus caseNumber={done.caseNumber} accessCode={done.accessCode} label={t("reply.backToStatus")} />
          </>
        )
      }
      renderRefused={(errors) =>
        refused?.formAgain ? (
          <ReplyForm
            caseNumber={refused.caseNumber}
            accessCode={refused.accessCode}
            token={refused.token}
            message={refused.message}
            errors={errors}
            filesAgain={refused.filesSent}
          />
        ) : (
          <p>
            <Link className="kern-link" to="/status" reloadDocument>
              {t("status.title")}
            </Link>
          </p>
        )
      }
    />
  );
}
