/**
 * Where a walk through the wizard keeps its answers. The citizen's wizard keeps them in the
 * stored draft (draft-answer-store.server.ts); the editors' preview keeps them in a cookie and
 * nothing in the database (publishing/preview-answer-store.server.ts). The wizard's pages talk
 * to this interface only, so a preview shows exactly what citizens get.
 */
import type { FormRuntime } from "../../engine/runtime";
import type { FormSnapshot } from "../../engine/transition";
import type { Lang } from "../../engine/types";
import type { DraftState } from "../drafts/draft-state";
import type { AttachmentRef } from "../uploads/attachments.server";

/** What differs between the two: a preview submits nothing, shows a banner and the editors' navigation. */
export type WizardMode = "citizen" | "preview";

export interface NewUpload {
  pointer: string;
  name: string;
  mediaType: string;
  bytes: Uint8Array;
}

/** The uploads of one walk. */
export interface WalkFiles {
  /** The walk's own uploads among these ids; an id not found is refused, never trusted. */
  find(ids: readonly string[]): Promise<Map<string, AttachmentRef>>;
  /** Keeps a checked upload and gives its reference. */
  add(upload: NewUpload): Promise<AttachmentRef>;
}

/** The outcome of one change of the walk. */
export interface WalkChange {
  /** The state to keep; without it nothing changes. */
  state?: DraftState;
  /** Where the citizen goes next. */
  location: string;
  /** Where they stay when the state cannot be kept (a preview cookie has a size limit). */
  stayAt: string;
}

export interface AnswerStore {
  /**
   * Runs one change on the walk's current state (locked while `work` runs where the state is
   * stored) and keeps the state `work` returns. Null when the walk is gone.
   */
  change(work: (state: DraftState, files: WalkFiles) => Promise<WalkChange>): Promise<{ location: string; headers: Headers } | null>;
}

/** One walk through one form version, as every wizard page sees it. */
export interface WizardWalk {
  mode: WizardMode;
  lang: Lang;
  /** Every page of the walk hangs below it (`/:gemeinde/:service`, or the preview's address). */
  base: string;
  runtime: FormRuntime;
  state: DraftState;
  readonly snapshot: FormSnapshot;
  municipalityName: string;
  formKey: { id: string; version: number };
  store: AnswerStore;
}
