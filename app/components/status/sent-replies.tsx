import type { ReactNode } from "react";
import { formatDateTime, type Lang } from "~/lib/i18n/format";
import { useT } from "~/lib/i18n/use-translation";
import type { StatusResult } from "~/server/status/status-result.server";
import { CaseAccessFields } from "./case-access-fields";

/** The citizen's own replies, each with its receipt (on /status a post: the access code stays out of the address). */
export function SentReplies({ result, lang }: { result: StatusResult; lang: Lang }) {
  return (
    <SentReplyList
      replies={result.replies}
      lang={lang}
      headingLevel={3}
      receipt={(reply) => <ReplyReceiptButton caseNumber={result.caseNumber} accessCode={result.accessCode} replyId={reply.id} />}
    />
  );
}

interface SentReply {
  id: string;
  at: string;
  message?: string | null;
  fileCount: number;
}

/** The list of sent replies, shared by /status and Mein Bereich; each place sets its heading's level and receipt link. */
export function SentReplyList<R extends SentReply>({
  replies,
  lang,
  headingLevel,
  receipt,
}: {
  replies: readonly R[];
  lang: Lang;
  headingLevel: 2 | 3;
  receipt: (reply: R) => ReactNode;
}) {
  const t = useT();
  if (replies.length === 0) return null;
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <section aria-labelledby="antworten" className="kern-stack">
      <Heading className={headingLevel === 2 ? "kern-heading-medium" : "kern-heading-small"} id="antworten">
        {t("reply.sent")}
      </Heading>
      <ul className="kern-list">
        {replies.map((reply) => (
          <li key={reply.id} className="kern-stack" data-testid="gesendete-antwort">
            <p className="kern-body kern-body--bold">{t("reply.sentAt", { date: formatDateTime(reply.at, lang) })}</p>
            {reply.message && (
              <p className="kern-body preserve-lines" lang="de">
                {reply.message}
              </p>
            )}
            {reply.fileCount > 0 && <p className="kern-body">{t("reply.fileCount", { count: reply.fileCount })}</p>}
            {receipt(reply)}
          </li>
        ))}
      </ul>
    </section>
  );
}

export function ReplyReceiptButton({ caseNumber, accessCode, replyId }: { caseNumber: string; accessCode: string; replyId: string }) {
  const t = useT();
  return (
    <form method="post" action="/status/antwort-bestaetigung.pdf">
      <CaseAccessFields caseNumber={caseNumber} accessCode={accessCode} />
      <input type="hidden" name="antwort" value={replyId} />
      <button type="submit" className="kern-btn kern-btn--secondary">
        <span className="kern-label">{t("reply.receipt")}</span>
      </button>
    </form>
  );
}
