/**
 * The citizen's answers in the stored draft: each change runs with the draft row locked, new
 * uploads are stored with it, and uploads no stored answer refers to any more go at once. Every
 * stored change counts up the state's revision (see step-sync.http.server.ts).
 */
import type { Transaction } from "../../../db/client";
import { readDraftState, type DraftState } from "../drafts/draft-state";
import { saveDraftState, withLockedDraft } from "../drafts/drafts.server";
import { deleteUnreferencedAttachments, draftAttachmentsById, storeAttachment } from "../uploads/attachments.server";
import type { AnswerStore, WalkFiles } from "./answer-store";

/**
 * Stores a changed state as the next revision of `previous` (the state read under the same lock);
 * a background sync's id is kept with the revision it made, so its replay is recognised.
 */
export async function saveDraftChange(
  tx: Transaction,
  draftId: string,
  previous: DraftState,
  state: DraftState,
  syncId?: string,
): Promise<number> {
  const revision = (previous.revision ?? 0) + 1;
  await save(tx, draftId, { ...state, revision, ...(syncId ? { lastSync: { id: syncId, revision } } : {}) });
  return revision;
}

/** The draft's files as a walk uses them, inside the transaction that holds the draft row. */
export function draftFiles(tx: Transaction, draftId: string): WalkFiles {
  return {
    find: (ids) => draftAttachmentsById(tx, draftId, [...ids]),
    add: (upload) => storeAttachment(tx, { draftId, ...upload }),
  };
}

async function save(tx: Transaction, draftId: string, state: DraftState): Promise<void> {
  await saveDraftState(tx, draftId, state);
  await deleteUnreferencedAttachments(tx, draftId, [
    (state.machine as { context?: { data?: unknown } }).context?.data,
    ...Object.values(state.pending).map((entry) => entry.data),
  ]);
}

export function draftAnswerStore(draftId: string): AnswerStore {
  return {
    async change(work) {
      const change = await withLockedDraft(draftId, async (tx, row) => {
        const previous = readDraftState(row.snapshot);
        const outcome = await work(previous, draftFiles(tx, row.id));
        if (outcome.state) await saveDraftChange(tx, row.id, previous, outcome.state);
        return outcome;
      });
      return change && { location: change.location, headers: new Headers({ "Cache-Control": "no-store" }) };
    },
  };
}
