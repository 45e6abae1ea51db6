/**
 * A citizen withdraws an application that is not yet decided (ADR 033): the case ends as
 * `zurueckgezogen` through the one transition path, the reason is the transition's note (the
 * clerk reads it in the history), and the citizen is e-mailed a confirmation when they gave an
 * address.
 */
import { outbox } from "../../../db/schema";
import { applyTransition } from "../cases/apply-transition.server";
import { characterCount, NOTE_MAX_LENGTH } from "../cases/text-limits";
import { Refused, text, worded } from "../outcome";
import type { CitizenAccess } from "./citizen-access";
import { inCitizenCase } from "./citizen-transaction.server";
import { citizenWriteAllowed } from "./rate-limit.server";
import { CITIZEN_ACTOR } from "./reply.server";
import type { CitizenRefusal } from "./reply-rules";

export type WithdrawRequest = { access: CitizenAccess; reason: unknown; client: string };
export type WithdrawResult = { ok: true; caseNumber: string } | CitizenRefusal;

export async function withdrawApplication(request: WithdrawRequest): Promise<WithdrawResult> {
  const limited = await citizenWriteAllowed(request.client);
  if (limited) return limited;
  if (request.reason !== undefined && request.reason !== null && typeof request.reason !== "string") {
    return { ok: false, kind: "malformed", code: "invalid_reason", field: "grund", ...worded(text("refusal.withdrawReasonNotText")) };
  }
  const reason = (request.reason ?? "").trim();
  if (characterCount(reason) > NOTE_MAX_LENGTH) {
    return {
      ok: false,
      kind: "invalid",
      code: "reason_too_long",
      field: "grund",
      ...worded(text("refusal.withdrawReasonTooLong", { length: characterCount(reason), max: NOTE_MAX_LENGTH })),
    };
  }
  return inCitizenCase(request.access, async (tx, current) => {
    if (current.status === "zurueckgezogen") {
      throw new Refused<CitizenRefusal>({
        ok: false,
        kind: "conflict",
        code: "already_withdrawn",
        ...worded(text("refusal.alreadyWithdrawn")),
      });
    }
    if (current.status === "abgeschlossen" || current.status === "abgelehnt") {
      throw new Refused<CitizenRefusal>({
        ok: false,
        kind: "conflict",
        code: "already_decided",
        ...worded(text("refusal.withdrawDecided")),
      });
    }
    await applyTransition(tx, current, {
      to: "zurueckgezogen",
      by: "citizen",
      actor: CITIZEN_ACTOR,
      note: reason === "" ? null : reason,
      message: null,
    });
    if (current.applicantEmail) await tx.insert(outbox).values({ kind: "withdrawal-confirmation", payload: { caseId: current.id } });
    return { ok: true, caseNumber: current.caseNumber } as const;
  });
}
