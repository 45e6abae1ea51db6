import { STATUS_LABELS, type CaseStatus } from "~/server/cases/lifecycle";

const tone: Record<CaseStatus, string> = {
  eingegangen: "kern-badge--info",
  in_bearbeitung: "kern-badge--info",
  rueckfrage: "kern-badge--warning",
  abgeschlossen: "kern-badge--success",
  abgelehnt: "kern-badge--danger",
  zurueckgezogen: "kern-badge--danger",
};

export function StatusBadge({ status }: { status: CaseStatus }) {
  return <span className={`kern-badge kern-badge--small ${tone[status]}`}>{STATUS_LABELS[status]}</span>;
}
