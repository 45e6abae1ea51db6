import { useRef, type ReactNode } from "react";
import { useT } from "~/lib/i18n/use-translation";
import type { PageProblem } from "~/server/status/reply-post.http.server";
import { ErrorSummary } from "../wizard/error-summary";
import { useFocusAfterNavigation } from "../wizard/use-focus-management";
import { asErrors } from "./page-problems";

/** The fields of the reply form an error can point at. */
export interface ReplyFieldErrors {
  antwort?: string;
  dateien?: string;
}

/**
 * After a reply was sent, from /status or from Mein Bereich: done, with its checksum and the
 * links of the place it came from; or refused, with the problems and (where it can) the form again.
 */
export function ReplyOutcome({
  done,
  refused,
  doneLinks,
  renderRefused,
}: {
  done: { caseNumber: string; sha256: string } | null;
  refused: { problems: readonly PageProblem[] } | null;
  doneLinks: ReactNode;
  renderRefused: (errors: ReplyFieldErrors) => ReactNode;
}) {
  const t = useT();
  const heading = useRef<HTMLHeadingElement>(null);
  const summary = useRef<HTMLDivElement>(null);
  const errors = refused ? asErrors(refused.problems) : [];
  useFocusAfterNavigation(heading, summary, errors.length > 0);
  if (done) {
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
        {doneLinks}
      </div>
    );
  }
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
      {renderRefused({ antwort: errorOf("/antwort"), dateien: errorOf("/dateien") })}
    </div>
  );
}
