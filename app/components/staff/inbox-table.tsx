import { Link } from "@remix-run/react";
import type { InboxView } from "~/server/cases/inbox-view.server";
import { StatusBadge } from "./status-badge";

export function InboxTable({ rows }: { rows: InboxView["rows"] }) {
  if (rows.length === 0) {
    return <p className="kern-body">Keine Vorgänge gefunden. Ändern Sie die Filter oder setzen Sie sie zurück.</p>;
  }
  return (
    <div className="kern-table-responsive" role="region" aria-labelledby="vorgaenge-titel" tabIndex={0}>
      <table className="kern-table kern-table--striped stacked-table">
        <caption className="kern-sr-only" id="vorgaenge-titel">
          Vorgänge, neueste zuerst
        </caption>
        <thead>
          <tr className="kern-table__row">
            <th scope="col" className="kern-table__header">
              Vorgangsnummer
            </th>
            <th scope="col" className="kern-table__header">
              Leistung
            </th>
            <th scope="col" className="kern-table__header">
              Gemeinde
            </th>
            <th scope="col" className="kern-table__header">
              Antragsteller/in
            </th>
            <th scope="col" className="kern-table__header">
              Eingegangen
            </th>
            <th scope="col" className="kern-table__header">
              Status
            </th>
            <th scope="col" className="kern-table__header kern-table__header--numeric">
              Alter (Tage)
            </th>
          </tr>
        </thead>
        <tbody className="kern-table__body">
          {rows.map((r) => (
            <tr className="kern-table__row" key={r.caseNumber}>
              <td data-label="Vorgangsnummer" className="kern-table__cell">
                <Link className="kern-link" to={`/verwaltung/vorgaenge/${r.caseNumber}`}>
                  {r.caseNumber}
                </Link>
              </td>
              <td data-label="Leistung" className="kern-table__cell">
                {r.serviceTitle}
              </td>
              <td data-label="Gemeinde" className="kern-table__cell">
                {r.municipalityName}
              </td>
              <td data-label="Antragsteller/in" className="kern-table__cell">
                {r.applicantName}
              </td>
              <td data-label="Eingegangen" className="kern-table__cell">
                <time dateTime={r.receivedIso}>{r.received}</time>
              </td>
              <td data-label="Status" className="kern-table__cell">
                <StatusBadge status={r.status} />
                {r.replyUnread && <span className="kern-badge kern-badge--small kern-badge--warning inbox-reply">Antwort eingegangen</span>}
                {r.assignedToName && <span className="kern-body kern-body--small inbox-assignee">{r.assignedToName}</span>}
              </td>
              <td data-label="Alter (Tage)" className="kern-table__cell kern-table__cell--numeric">
                {r.ageDays}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
