import { caseEvents } from "../../../db/schema";
import { db } from "../db.server";
import { Refused, text, worded } from "../outcome";
import type { CaseActor } from "./case-actor";
import { actorColumns, lockCase, notFoundFailure, type CaseRefusal } from "./case-change.server";
import { tooLongText } from "./case-refusal-texts";
import { NOTE_MAX_LENGTH, characterCount } from "./text-limits";

export type NoteResult = { ok: true; eventId: number } | CaseRefusal;

/**
 * An internal note (Vermerk) for the case's history. Clerks only: it never reaches the citizen.
 * Notes do not change status or assignment, so they do not bump the revision.
 */
export async function addNote(input: { authorityId: string; caseNumber: string; note: unknown; actor: CaseActor }): Promise<NoteResult> {
  const note = typeof input.note === "string" ? input.note.trim() : "";
  if (note === "") return { ok: false, kind: "invalid", code: "note_required", field: "note", ...worded(text("refusal.noteRequired")) };
  if (characterCount(note) > NOTE_MAX_LENGTH) {
    return {
      ok: false,
      kind: "invalid",
      code: "note_too_long",
      field: "note",
      ...worded(tooLongText("note", characterCount(note), NOTE_MAX_LENGTH)),
    };
  }
  const database = await db();
  try {
    return await database.transaction(async (tx) => {
      const current = await lockCase(tx, input.authorityId, input.caseNumber);
      if (!current) throw new Refused(notFoundFailure());
      const [event] = await tx
        .insert(caseEvents)
        .values({ caseId: current.id, kind: "note", ...actorColumns(input.actor), note })
        .returning({ id: caseEvents.id });
      return { ok: true, eventId: event.id } as const;
    });
  } catch (error) {
    if (error instanceof Refused) return error.refusal;
    throw error;
  }
}
