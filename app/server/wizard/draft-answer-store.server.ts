/**
 * The citizen's answers in the stored draft: each change runs with the draft row locked, new
 * uploads are stored with it, and uploads no stored answer refers to any more go at once.
 */
import type { Transaction } from "../../../db/client";
import { readDraftState, type DraftState } from "../drafts/draft-state";
import { saveDraftState, withLockedDraft } from "../drafts/drafts.server";
import { deleteUnreferencedAttachments, draftAttachmentsById, storeAttachment } from "../uploads/attachments.server";
import type { AnswerStore, WalkFiles } from "./answer-store";

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
        const files: WalkFiles = {
          find: (ids) => draftAttachmentsById(tx, row.id, [...ids]),
          add: (upload) => storeAttachment(tx, { draftId: row.id, ...upload }),
        };
        const outcome = await work(readDraftState(row.snapshot), files);
        if (outcome.state) await save(tx, row.id, outcome.state);
        return outcome;
      });
      return change && { location: change.location, headers: new Headers({ "Cache-Control": "no-store" }) };
    },
  };
}
