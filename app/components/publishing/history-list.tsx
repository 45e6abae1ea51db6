import { formatDateTime } from "~/server/cases/dates";
import type { HistoryEntry } from "~/server/publishing/editorial-audit.server";
import { actionLabel } from "./labels";

/** The editorial history of a service, newest first: who did what, and when. */
export function HistoryList({ entries }: { entries: HistoryEntry[] }) {
  if (entries.length === 0) return <p className="kern-body">Noch keine redaktionellen Änderungen.</p>;
  return (
    <ol className="case-history">
      {entries.map((entry, index) => (
        <li className="case-history__entry" key={`${entry.at}-${index}`}>
          <p className="kern-body">
            <strong>{actionLabel(entry.action, entry.details)}</strong>
          </p>
          <p className="kern-body kern-body--small">
            <time dateTime={entry.at}>{formatDateTime(entry.at)}</time> · {entry.who}
          </p>
        </li>
      ))}
    </ol>
  );
}
