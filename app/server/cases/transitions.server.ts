import { sql } from "drizzle-orm";
import { caseEvents, cases, outbox } from "../../../db/schema";
import { db } from "../db.server";
import { Refused, text, worded } from "../outcome";
import type { CaseActor } from "./case-actor";
import { actorColumns, conflictFailure, lockCase, notFoundFailure, parseRevision, type CaseRefusal } from "./case-change.server";
import { illegalTransitionText, messageRequiredText, tooLongText } from "./case-refusal-texts";
import { canTransition, isCaseStatus, requiresCitizenMessage, type CaseStatus } from "./lifecycle";
import { MESSAGE_MAX_LENGTH, NOTE_MAX_LENGTH, characterCount } from "./text-limits";

export type TransitionRequest = {
  authorityId: string;
  caseNumber: string;
  to: unknown;
  note?: unknown;
  message?: unknown;
  /** The revision the actor saw; a different current revision is a conflict. Optional for the API. */
  revision?: unknown;
  actor: CaseActor;
};

/** The API's request body, as the OpenAPI document's CaseTransition schema describes it. */
export type CaseTransitionBody = { to: CaseStatus; note?: string; message?: string; revision?: number };

export type TransitionResult = { ok: true; status: CaseStatus; revision: number; eventId: number } | CaseRefusal;

const optionalText = (value: unknown): string | null => (typeof value === "string" && value.trim() !== "" ? value.trim() : null);

/** Checks that need no database: done first, so a refused request costs nothing and writes nothing. */
export function validateTransition(
  input: Pick<TransitionRequest, "to" | "note" | "message" | "revision">,
): { ok: true; to: CaseStatus; note: string | null; message: string | null; revision: number | undefined } | CaseRefusal {
  if (!isCaseStatus(input.to)) {
    return {
      ok: false,
      kind: "invalid",
      code: "unknown_status",
      field: "to",
      ...worded(text("refusal.statusMissing")),
    };
  }
  if (input.note !== undefined && input.note !== null && typeof input.note !== "string") {
    return { ok: false, kind: "malformed", code: "invalid_note", field: "note", ...worded(text("refusal.noteNotText")) };
  }
  if (input.message !== undefined && input.message !== null && typeof input.message !== "string") {
    return { ok: false, kind: "malformed", code: "invalid_message", field: "message", ...worded(text("refusal.messageNotText")) };
  }
  const note = optionalText(input.note);
  const message = optionalText(input.message);
  if (note && characterCount(note) > NOTE_MAX_LENGTH) {
    return {
      ok: false,
      kind: "invalid",
      code: "note_too_long",
      field: "note",
      ...worded(tooLongText("note", characterCount(note), NOTE_MAX_LENGTH)),
    };
  }
  if (message && characterCount(message) > MESSAGE_MAX_LENGTH) {
    return {
      ok: false,
      kind: "invalid",
      code: "message_too_long",
      field: "message",
      ...worded(tooLongText("message", characterCount(message), MESSAGE_MAX_LENGTH)),
    };
  }
  if (requiresCitizenMessage(input.to) && !message) {
    return {
      ok: false,
      kind: "invalid",
      code: "message_required",
      field: "message",
      ...worded(messageRequiredText(input.to)),
    };
  }
  const revision = parseRevision(input.revision);
  if (revision === null)
    return {
      ok: false,
      kind: "malformed",
      code: "invalid_revision",
      field: "revision",
      ...worded(text("refusal.revisionNotPositive")),
    };
  return { ok: true, to: input.to, note, message, revision };
}

/**
 * Moves a case to another status: lifecycle check on the locked row, revision check, status and
 * revision update, history event (who, when, from, to, why, message to the citizen) and — when
 * there is a message and an e-mail address — an outbox entry, all in one transaction.
 */
export async function transitionCase(request: TransitionRequest): Promise<TransitionResult> {
  const valid = validateTransition(request);
  if (!valid.ok) return valid;
  const database = await db();
  try {
    return await database.transaction(async (tx) => {
      const current = await lockCase(tx, request.authorityId, request.caseNumber);
      if (!current) throw new Refused(notFoundFailure());
      if (valid.revision !== undefined && valid.revision !== current.revision) {
        throw new Refused(await conflictFailure(tx, current.id, current.status, current.revision));
      }
      if (!canTransition(current.status, valid.to)) {
        throw new Refused({
          ok: false,
          kind: "invalid",
          code: "illegal_transition",
          field: "to",
          ...worded(illegalTransitionText(current.status, valid.to)),
        });
      }
      const [updated] = await tx
        .update(cases)
        .set({ status: valid.to, revision: sql`${cases.revision} + 1`, updatedAt: sql`now()` })
        .where(sql`${cases.id} = ${current.id} and ${cases.revision} = ${current.revision}`)
        .returning({ revision: cases.revision });
      if (!updated) throw new Refused(await conflictFailure(tx, current.id, current.status, current.revision));
      const [event] = await tx
        .insert(caseEvents)
        .values({
          caseId: current.id,
          kind: "transition",
          ...actorColumns(request.actor),
          fromStatus: current.status,
          toStatus: valid.to,
          note: valid.note,
          citizenMessage: valid.message,
        })
        .returning({ id: caseEvents.id });
      if (valid.message && current.applicantEmail) {
        // Delivered by the outbox worker; the event id says which message, should several be queued.
        await tx.insert(outbox).values({ kind: "citizen-message", payload: { caseId: current.id, eventId: event.id } });
      }
      return { ok: true, status: valid.to, revision: updated.revision, eventId: event.id } as const;
    });
  } catch (error) {
    if (error instanceof Refused) return error.refusal;
    throw error;
  }
}
