import { formatBytes } from "~/lib/i18n/format";
import type { CaseView } from "~/server/cases/case-view.server";

/** The applicant's replies to Rückfragen, newest first, each with its files and the hash on its receipt. */
export function CaseReplies({ caseNumber, replies }: { caseNumber: string; replies: CaseView["replies"] }) {
  if (replies.length === 0) return <p className="kern-body">Die antragstellende Person hat online noch nicht geantwortet.</p>;
  return (
    <ol className="case-history" reversed>
      {[...replies].reverse().map((reply) => (
        <li key={reply.id} className="case-history__entry" data-testid="antwort">
          <p className="kern-body">
            <strong>Antwort vom </strong>
            <time dateTime={reply.at}>{reply.when}</time>
          </p>
          <p className="kern-body preserve-lines">{reply.message || "(ohne Text, nur Dateien)"}</p>
          {reply.files.length > 0 && (
            <ul className="kern-list">
              {reply.files.map((file) => (
                <li key={file.id}>
                  <a className="kern-link" href={`/verwaltung/vorgaenge/${caseNumber}/anlagen/${file.id}`} download>
                    {file.name}
                  </a>{" "}
                  <span className="kern-body kern-body--small">
                    ({file.mediaType}, {formatBytes(file.size, "de")})
                  </span>
                </li>
              ))}
            </ul>
          )}
          <p className="kern-body kern-body--small">
            SHA-256 der Antwort <code className="hash">{reply.sha256}</code>
          </p>
        </li>
      ))}
    </ol>
  );
}
