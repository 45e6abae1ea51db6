import { db } from "../db.server";
import { Refused, text, worded } from "../outcome";
import type { CaseActor } from "./case-actor";
import { applyTransition } from "./apply-transition.server";
import { conflictFailure, lockCase, notFoundFailure, parseRevision, type CaseRefusal } from "./case-change.server";
import { messageRequiredText, tooLongText } from "./case-refusal-texts";
import { isCaseStatus, requiresCitizenMessage, type CaseStatus } from "./lifecycle";
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
 * Moves a case to another status for staff or a Fachverfahren: the revision check on the locked
 * row, then the one transition path (applyTransition), all in one transaction.
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
      const done = await applyTransition(tx, current, {
        to: valid.to,
        by: "staff",
        actor: request.actor,
        note: valid.note,
        message: valid.message,
      });
      return { ok: true, ...done } as const;
    });
  } catch (error) {
    if (error instanceof Refused) return error.refusal;
    throw error;
  }
}
