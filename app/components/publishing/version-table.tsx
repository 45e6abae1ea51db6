import { formatDateTime } from "~/server/cases/dates";
import type { ServiceSummary } from "~/server/publishing/service-summaries.server";
import { versionStatusLabel } from "./labels";
import { RowAction } from "~/components/row-action";

/** Every version with its status, publication date and cases; whoever owns the form can retire a published version here. */
export function VersionTable({ service, mayRetire }: { service: ServiceSummary; mayRetire: boolean }) {
  return (
    <div className="kern-table-responsive" role="region" aria-labelledby="versionen-titel" tabIndex={0}>
      <table className="kern-table kern-table--striped">
        <caption className="kern-sr-only" id="versionen-titel">
          Versionen der Leistung
        </caption>
        <thead>
          <tr className="kern-table__row">
            <th scope="col" className="kern-table__header kern-table__header--numeric">
              Version
            </th>
            <th scope="col" className="kern-table__header">
              Titel
            </th>
            <th scope="col" className="kern-table__header">
              Status
            </th>
            <th scope="col" className="kern-table__header">
              Veröffentlicht
            </th>
            <th scope="col" className="kern-table__header kern-table__header--numeric">
              Vorgänge
            </th>
            <th scope="col" className="kern-table__header kern-table__header--action">
              Aktion
            </th>
          </tr>
        </thead>
        <tbody className="kern-table__body">
          {[...service.versions].reverse().map((v) => (
            <tr className="kern-table__row" key={v.version}>
              <td className="kern-table__cell kern-table__cell--numeric">{v.version}</td>
              <td className="kern-table__cell">{v.title}</td>
              <td className="kern-table__cell">{versionStatusLabel(v, service.current)}</td>
              <td className="kern-table__cell">
                {v.publishedAt ? <time dateTime={v.publishedAt}>{formatDateTime(v.publishedAt)}</time> : "–"}
              </td>
              <td className="kern-table__cell kern-table__cell--numeric">{v.cases}</td>
              <td className="kern-table__cell kern-table__cell--action">
                {mayRetire && v.status === "published" && !service.retired && (
                  <RowAction intent="retire-version" fields={{ version: v.version }} label="Einstellen" target={`Version ${v.version}`} />
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
