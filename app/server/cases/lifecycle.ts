/**
 * The lifecycle of a case (Vorgang) as an XState v5 machine. Pure: the case page imports it to
 * offer only the transitions that exist, and the server asks the same machine before it writes,
 * so the browser and the database can never disagree about what is allowed.
 *
 *   eingegangen → in_bearbeitung → (rueckfrage ⇄ in_bearbeitung) → abgeschlossen | abgelehnt
 */
import { setup, transition } from "xstate";
import { caseStatusTexts } from "../../lib/i18n/case-status-texts";

export const CASE_STATUSES = ["eingegangen", "in_bearbeitung", "rueckfrage", "abgeschlossen", "abgelehnt"] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

/** An event names the status the case should move to; the machine decides whether that is allowed. */
export type CaseLifecycleEvent = { type: CaseStatus };

export const caseLifecycle = setup({
  types: { events: {} as CaseLifecycleEvent },
}).createMachine({
  id: "case",
  initial: "eingegangen",
  states: {
    eingegangen: { on: { in_bearbeitung: "in_bearbeitung" } },
    in_bearbeitung: { on: { rueckfrage: "rueckfrage", abgeschlossen: "abgeschlossen", abgelehnt: "abgelehnt" } },
    rueckfrage: { on: { in_bearbeitung: "in_bearbeitung" } },
    abgeschlossen: { type: "final" },
    abgelehnt: { type: "final" },
  },
});

export function isCaseStatus(value: unknown): value is CaseStatus {
  return typeof value === "string" && (CASE_STATUSES as readonly string[]).includes(value);
}

/** The status after moving `from` towards `to`, or null when the lifecycle has no such transition. */
export function nextStatus(from: CaseStatus, to: CaseStatus): CaseStatus | null {
  const snapshot = caseLifecycle.resolveState({ value: from });
  if (!snapshot.can({ type: to })) return null;
  const [next] = transition(caseLifecycle, snapshot, { type: to });
  return next.value as CaseStatus;
}

export function canTransition(from: CaseStatus, to: CaseStatus): boolean {
  return nextStatus(from, to) === to;
}

/** Every status a case in `from` may move to, in lifecycle order. */
export function allowedTransitions(from: CaseStatus): CaseStatus[] {
  return CASE_STATUSES.filter((to) => canTransition(from, to));
}

export function isFinal(status: CaseStatus): boolean {
  return allowedTransitions(status).length === 0;
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
