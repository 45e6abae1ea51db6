/**
 * The sentences of refused case changes that name statuses and lengths. Built as catalogue texts
 * with the statuses and counts as values, so the case API words them in the request's language
 * (labels and number format included) while the case page shows the German `message`.
 */
import type { TextValue } from "../../lib/i18n/translate";
import { text, type RefusalText } from "../outcome";
import { allowedTransitions, canTransition, type CaseStatus } from "./lifecycle";

const label = (status: CaseStatus): TextValue => ({ key: `caseStatus.${status}` });

/** Why a transition is refused, in words a clerk (or a Fachverfahren's operator) can act on: what is possible instead. */
export function illegalTransitionText(from: CaseStatus, to: CaseStatus): RefusalText {
  // Only the applicant withdraws (ADR 033): say so rather than list what staff may do.
  if (to === "zurueckgezogen" && from !== to && canTransition(from, to, "citizen")) {
    return text("refusal.withdrawCitizenOnly", { from: label(from), to: label(to) });
  }
  const allowed = allowedTransitions(from);
  const next: TextValue =
    allowed.length === 0
      ? { key: "refusal.caseClosed" }
      : { key: "refusal.transitionsPossible", values: { allowed: { list: allowed.map((status) => ({ quoted: label(status) })) } } };
  return from === to
    ? text("refusal.statusAlready", { status: label(to), next })
    : text("refusal.transitionImpossible", { from: label(from), to: label(to), next });
}

export const messageRequiredText = (to: CaseStatus): RefusalText => text("refusal.messageRequired", { status: label(to) });

export const tooLongText = (what: "note" | "message", length: number, max: number): RefusalText =>
  text(what === "note" ? "refusal.noteTooLong" : "refusal.messageTooLong", { length: { count: length }, max: { count: max } });

/** A stale revision: who changed the case (when known), its status and revision now. */
export function caseChangedText(actorName: string | null, status: CaseStatus, revision: number): RefusalText {
  const values = { status: label(status), revision };
  return actorName ? text("refusal.caseChangedBy", { ...values, name: actorName }) : text("refusal.caseChanged", values);
}
