import { sql } from "drizzle-orm";
import type { Transaction } from "../../../db/client";
import { caseEvents, cases, outbox } from "../../../db/schema";
import { Refused, worded } from "../outcome";
import { conflictFailure } from "./case-change.server";
import { illegalTransitionText } from "./case-refusal-texts";
import { canTransition, type CaseStatus, type LifecycleParty } from "./lifecycle";

/** Who is written into the history: staff, a Fachverfahren, or the applicant (ADR 033). */
export type TransitionActor = { kind: "staff" | "api" | "citizen"; id: string | null; name: string | null };

export type LockedCase = { id: string; status: CaseStatus; revision: number; applicantEmail: string | null };

/**
 * The one path by which a case changes status (ADR 010, ADR 033): inside the caller's
 * transaction, on the row the caller locked, the lifecycle machine is asked, status and revision
 * move, the history records who, when, from, to, why and the message to the citizen, and a
 * message is queued for e-mail. A refusal is thrown as `Refused` and rolls the transaction back.
 */
export async function applyTransition(
  tx: Transaction,
  current: LockedCase,
  change: { to: CaseStatus; by: LifecycleParty; actor: TransitionActor; note: string | null; message: string | null },
): Promise<{ status: CaseStatus; revision: number; eventId: number }> {
  if (!canTransition(current.status, change.to, change.by)) {
    throw new Refused({
      ok: false,
      kind: "invalid",
      code: "illegal_transition",
      field: "to",
      ...worded(illegalTransitionText(current.status, change.to)),
    });
  }
  const [updated] = await tx
    .update(cases)
    .set({ status: change.to, revision: sql`${cases.revision} + 1`, updatedAt: sql`now()` })
    .where(sql`${cases.id} = ${current.id} and ${cases.revision} = ${current.revision}`)
    .returning({ revision: cases.revision });
  if (!updated) throw new Refused(await conflictFailure(tx, current.id, current.status, current.revision));
  const [event] = await tx
    .insert(caseEvents)
    .values({
      caseId: current.id,
      kind: "transition",
      actorKind: change.actor.kind,
      actorId: change.actor.id,
      actorName: change.actor.name,
      fromStatus: current.status,
      toStatus: change.to,
      note: change.note,
      citizenMessage: change.message,
    })
    .returning({ id: caseEvents.id });
  if (change.message && current.applicantEmail) {
    // Delivered by the outbox worker; the event id says which message, should several be queued.
    await tx.insert(outbox).values({ kind: "citizen-message", payload: { caseId: current.id, eventId: event.id } });
  }
  return { status: change.to, revision: updated.revision, eventId: event.id };
}
