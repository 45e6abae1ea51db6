import { Link } from "@remix-run/react";
import { CASE_STATUSES, STATUS_LABELS, type CaseStatus } from "~/server/cases/lifecycle";

/** Counts per status under the current filters; each links to the view narrowed to that status. */
export function StatusCounts({
  counts,
  query,
  current,
}: {
  counts: Record<CaseStatus, number>;
  query: string;
  current: CaseStatus | null;
}) {
  const linkFor = (status: CaseStatus | null) => {
    const params = new URLSearchParams(query);
    if (status) params.set("status", status);
    else params.delete("status");
    const text = params.toString();
    return text ? `/verwaltung?${text}` : "/verwaltung";
  };
  const total = CASE_STATUSES.reduce((sum, s) => sum + counts[s], 0);
  return (
    <nav aria-label="Vorgänge nach Status" className="status-counts">
      <ul className="kern-list kern-list--horizontal">
        <li>
          <Link className="kern-link" to={linkFor(null)} aria-current={current === null ? "true" : undefined}>
            Alle ({total})
          </Link>
        </li>
        {CASE_STATUSES.map((status) => (
          <li key={status}>
            <Link className="kern-link" to={linkFor(status)} aria-current={current === status ? "true" : undefined}>
              {STATUS_LABELS[status]} ({counts[status]})
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
