import type { Lang } from "~/engine/types";
import { formatDateTime } from "~/lib/i18n/format";
import { useT } from "~/lib/i18n/use-translation";

export interface CaseHistoryEntry {
  at: string;
  status: string;
  note?: string | null;
}

/** A case's history as the citizen sees it (/status and Mein Bereich): date, status, message. */
export function CaseHistoryTable({
  history,
  lang,
  statusLabel,
}: {
  history: readonly CaseHistoryEntry[];
  lang: Lang;
  statusLabel: (status: string) => string;
}) {
  const t = useT();
  return (
    <table className="kern-table">
      <thead className="kern-table__head">
        <tr className="kern-table__row">
          <th className="kern-table__header" scope="col">
            {t("status.date")}
          </th>
          <th className="kern-table__header" scope="col">
            {t("status.state")}
          </th>
          <th className="kern-table__header" scope="col">
            {t("status.message")}
          </th>
        </tr>
      </thead>
      <tbody className="kern-table__body">
        {history.map((entry, index) => (
          <tr className="kern-table__row" key={`${entry.at}-${index}`}>
            <td className="kern-table__cell">{formatDateTime(entry.at, lang)}</td>
            <td className="kern-table__cell">{statusLabel(entry.status)}</td>
            <td className="kern-table__cell preserve-lines" lang="de">
              {entry.note ?? ""}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
