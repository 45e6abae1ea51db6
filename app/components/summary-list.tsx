import type { ReactNode } from "react";

export interface SummaryRow {
  id: string;
  key: ReactNode;
  value: ReactNode;
  /** Shown muted: the question was not answered. */
  muted?: boolean;
  /** A link that changes this answer; it stays on the answer's row at every width. */
  action?: ReactNode;
}

/**
 * The summary-list pattern (GOV.UK, KERN "Zusammenfassung"): one row per answer with key,
 * value and action side by side, so an "Ändern" link can never drift to the next answer.
 */
export function SummaryList({ rows }: { rows: readonly SummaryRow[] }) {
  const withActions = rows.some((row) => row.action);
  return (
    <dl className={`summary-list${withActions ? " summary-list--actions" : ""}`}>
      {rows.map((row) => (
        <div className="summary-list__row" key={row.id}>
          <dt className="summary-list__key">{row.key}</dt>
          <dd className={`summary-list__value preserve-lines${row.muted ? " kern-body--muted" : ""}`}>{row.value}</dd>
          {row.action && <dd className="summary-list__action">{row.action}</dd>}
        </div>
      ))}
    </dl>
  );
}
