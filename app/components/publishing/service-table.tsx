import { Link } from "@remix-run/react";
import type { ServiceSummary } from "~/server/publishing/service-summaries.server";
import { serviceStatusLabel } from "./labels";

function casesPerVersion(service: ServiceSummary): string {
  const filed = service.versions.filter((v) => v.cases > 0);
  if (filed.length === 0) return "keine";
  return filed.map((v) => `V${v.version}: ${v.cases}`).join(", ");
}

/** The services with current version, status, offering in the county and cases per version. */
export function ServiceTable({ services, caption }: { services: ServiceSummary[]; caption: string }) {
  const captionId = `tabelle-${caption.replace(/[^a-z]/gi, "-").toLowerCase()}`;
  return (
    <div className="kern-table-responsive" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className="kern-table kern-table--striped stacked-table">
        <caption className="kern-sr-only" id={captionId}>
          {caption}
        </caption>
        <thead>
          <tr className="kern-table__row">
            <th scope="col" className="kern-table__header">
              Leistung
            </th>
            <th scope="col" className="kern-table__header kern-table__header--numeric">
              Aktuelle Version
            </th>
            <th scope="col" className="kern-table__header">
              Status
            </th>
            <th scope="col" className="kern-table__header kern-table__header--numeric">
              Anbietende Gemeinden
            </th>
            <th scope="col" className="kern-table__header">
              Vorgänge je Version
            </th>
          </tr>
        </thead>
        <tbody className="kern-table__body">
          {services.map((s) => (
            <tr className="kern-table__row" key={s.id}>
              <td data-label="Leistung" className="kern-table__cell">
                <Link className="kern-link" to={`/redaktion/leistungen/${s.id}`}>
                  {s.title}
                </Link>
                <span className="service-id">{s.id}</span>
              </td>
              <td data-label="Aktuelle Version" className="kern-table__cell kern-table__cell--numeric">
                {s.current ?? "–"}
              </td>
              <td data-label="Status" className="kern-table__cell">
                {serviceStatusLabel(s)}
              </td>
              <td data-label="Anbietende Gemeinden" className="kern-table__cell kern-table__cell--numeric">
                {s.offeredIn} von {s.municipalities}
              </td>
              <td data-label="Vorgänge je Version" className="kern-table__cell">
                {casesPerVersion(s)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
