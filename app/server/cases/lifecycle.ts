/**
 * The lifecycle of a case (Vorgang) as an XState v5 machine. Pure: the case page imports it to
 * offer only the transitions that exist, and the server asks the same machine before it writes,
 * so the browser and the database can never disagree about what is allowed.
 *
 *   eingegangen → in_bearbeitung → (rueckfrage ⇄ in_bearbeitung) → abgeschlossen | abgelehnt
 *
 * Who may take a step matters (ADR 033): staff (and Fachverfahren) decide; the citizen answers a
 * Rückfrage (rueckfrage → in_bearbeitung) and may withdraw an undecided application
 * (→ zurueckgezogen), which no clerk can do for them.
 */
import { setup, transition } from "xstate";
import { caseStatusTexts } from "../../lib/i18n/case-status-texts";

export const CASE_STATUSES = ["eingegangen", "in_bearbeitung", "rueckfrage", "abgeschlossen", "abgelehnt", "zurueckgezogen"] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

/** Who takes a step: a member of staff or a Fachverfahren ("staff"), or the applicant ("citizen"). */
export type LifecycleParty = "staff" | "citizen";

/** An event names the status the case should move to and who asks; the machine decides whether that is allowed. */
export type CaseLifecycleEvent = { type: CaseStatus; by: LifecycleParty };

const byStaff = { guard: "byStaff" } as const;
const byCitizen = { guard: "byCitizen" } as const;
const withdraw = { zurueckgezogen: { target: "zurueckgezogen", ...byCitizen } } as const;

export const caseLifecycle = setup({
  types: { events: {} as CaseLifecycleEvent },
  guards: {
    byStaff: ({ event }) => event.by === "staff",
    byCitizen: ({ event }) => event.by === "citizen",
  },
}).createMachine({
  id: "case",
  initial: "eingegangen",
  states: {
    eingegangen: { on: { in_bearbeitung: { target: "in_bearbeitung", ...byStaff }, ...withdraw } },
    in_bearbeitung: {
      on: {
        rueckfrage: { target: "rueckfrage", ...byStaff },
        abgeschlossen: { target: "abgeschlossen", ...byStaff },
        abgelehnt: { target: "abgelehnt", ...byStaff },
        ...withdraw,
      },
    },
    // The clerk may continue without an answer; the citizen's answer continues it too.
    rueckfrage: { on: { in_bearbeitung: "in_bearbeitung", ...withdraw } },
    abgeschlossen: { type: "final" },
    abgelehnt: { type: "final" },
    zurueckgezogen: { type: "final" },
  },
});

export function isCaseStatus(value: unknown): value is CaseStatus {
  return typeof value === "string" && (CASE_STATUSES as readonly string[]).includes(value);
}

/** The status after `by` moves `from` towards `to`, or null when the lifecycle has no such transition. */
export function nextStatus(from: CaseStatus, to: CaseStatus, by: LifecycleParty = "staff"): CaseStatus | null {
  const snapshot = caseLifecycle.resolveState({ value: from });
  if (!snapshot.can({ type: to, by })) return null;
  const [next] = transition(caseLifecycle, snapshot, { type: to, by });
  return next.value as CaseStatus;
}

export function canTransition(from: CaseStatus, to: CaseStatus, by: LifecycleParty = "staff"): boolean {
  return nextStatus(from, to, by) === to;
}

/** Every status `by` may move a case in `from` to, in lifecycle order. */
export function allowedTransitions(from: CaseStatus, by: LifecycleParty = "staff"): CaseStatus[] {
  return CASE_STATUSES.filter((to) => canTransition(from, to, by));
}

/** Decided or withdrawn: nobody can change the case any more. */
export function isFinal(status: CaseStatus): boolean {
  return allowedTransitions(status, "staff").length === 0 && allowedTransitions(status, "citizen").length === 0;
}

/** A question, a completion and a rejection must tell the citizen what happens next. */
export function requiresCitizenMessage(to: CaseStatus): boolean {
  return to === "rueckfrage" || to === "abgeschlossen" || to === "abgelehnt";
}

/** The German labels of the staff pages, from the text catalogue (case-status-texts.ts). */
export const STATUS_LABELS = Object.fromEntries(
  CASE_STATUSES.map((status) => [status, caseStatusTexts.de[`caseStatus.${status}`]]),
) as Record<CaseStatus, string>;

/** The words on the button that moves a case from `from` to `to`. */
export function transitionLabel(from: CaseStatus, to: CaseStatus): string {
  switch (to) {
    case "in_bearbeitung":
      return from === "rueckfrage" ? "Bearbeitung fortsetzen" : "Bearbeitung beginnen";
    case "rueckfrage":
      return "Rückfrage stellen";
    case "abgeschlossen":
      return "Abschließen";
    case "abgelehnt":
      return "Ablehnen";
    default:
      return STATUS_LABELS[to];
  }
}
