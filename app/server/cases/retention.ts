/**
 * When a closed case is deleted (ADR 021). Pure: the case page shows the date, the daily job
 * deletes by the same rule, so the page never promises a date the job does not keep.
 */
import type { CaseStatus } from "./lifecycle";

/** Decided or withdrawn: nothing more happens to the case, its retention period runs. */
export const CLOSED_STATUSES = ["abgeschlossen", "abgelehnt", "zurueckgezogen"] as const satisfies readonly CaseStatus[];

const DAY_MS = 86_400_000;

export function isClosed(status: CaseStatus): boolean {
  return (CLOSED_STATUSES as readonly CaseStatus[]).includes(status);
}

/** The service's own period when its form definition sets one, else the portal default. */
export function retentionDaysOf(definition: { retentionDays?: unknown } | null | undefined, defaultDays: number): number {
  const own = definition?.retentionDays;
  return typeof own === "number" && Number.isInteger(own) && own >= 1 ? own : defaultDays;
}

/** The instant from which the job may delete: `days` full days after the case was closed. */
export function deletionDue(closedAt: Date, days: number): Date {
  return new Date(closedAt.getTime() + days * DAY_MS);
}

export type RetentionState =
  { kind: "open" } | { kind: "held"; since: Date } | { kind: "scheduled"; closedAt: Date; retentionDays: number; deleteFrom: Date };

export function retentionState(input: {
  status: CaseStatus;
  closedAt: Date | null;
  legalHoldAt: Date | null;
  retentionDays: number;
}): RetentionState {
  if (input.legalHoldAt) return { kind: "held", since: input.legalHoldAt };
  if (!isClosed(input.status) || !input.closedAt) return { kind: "open" };
  return {
    kind: "scheduled",
    closedAt: input.closedAt,
    retentionDays: input.retentionDays,
    deleteFrom: deletionDue(input.closedAt, input.retentionDays),
  };
}

export function isDueForDeletion(state: RetentionState, now: Date): boolean {
  return state.kind === "scheduled" && state.deleteFrom.getTime() <= now.getTime();
}
