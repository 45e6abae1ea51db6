import { formatBytes } from "~/lib/i18n/format";
import type { CaseView } from "~/server/cases/case-view.server";

export function CaseAttachments({ caseNumber, files }: { caseNumber: string; files: CaseView["attachments"] }) {
  if (files.length === 0) return <p className="kern-body">Zu diesem Antrag wurden keine Dateien hochgeladen.</p>;
  return (
    <ul className="kern-list">
      {files.map((file) => (
        <li key={file.id}>
          <a className="kern-link" href={`/verwaltung/vorgaenge/${caseNumber}/anlagen/${file.id}`} download>
            {file.name}
          </a>{" "}
          <span className="kern-body kern-body--small">
            ({file.mediaType}, {formatBytes(file.size, "de")}) · SHA-256 <code className="hash">{file.sha256}</code>
          </span>
        </li>
      ))}
    </ul>
  );
}
