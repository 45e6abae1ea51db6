/**
 * The background sync of a step page the browser has already moved past (ADR 034): the same
 * form fields a step post carries, plus `_abgleich` (an id per sync), `_basis` (the revision the
 * browser built on) and `_schritt`. The server applies it as it applies a step post — the same
 * applyStepPost, the same validators — and stores only what the machine accepts. Answers in JSON:
 * 200 with the new revision; the same sync again is answered again, never applied twice; a sync
 * built on an older revision (a second tab saved meanwhile) 409; refused answers 422 with the
 * messages; nothing is stored in any of these cases.
 */
import type { Params } from "@remix-run/react";
import { parseStepSubmission } from "../../engine/form-submission";
import { persistState } from "../../engine/transition";
import type { FieldError, Lang } from "../../engine/types";
import type { MessageKey } from "../../lib/i18n/dictionary";
import { translate } from "../../lib/i18n/translate";
import { readDraftState, withPending } from "../drafts/draft-state";
import { withLockedDraft } from "../drafts/drafts.server";
import { draftFiles, saveDraftChange } from "./draft-answer-store.server";
import { fieldValue, readStepBody } from "./step-body.http.server";
import { applyStepPost, pageOf } from "./step-events";
import { resolveStepEntries } from "./step-uploads.server";
import { SYNC_BASE as SYNC_BASE_FIELD, SYNC_ID as SYNC_ID_FIELD, SYNC_STEP as SYNC_STEP_FIELD } from "./sync-fields";
import { VIA_FIELD } from "./view-model";
import { requireWizard } from "./wizard-context.http.server";
import { restoreSnapshot } from "./walk-position.server";

/** What the browser reads from a sync's answer. */
export interface SyncReply {
  /** The draft's revision after the sync (or now, for a conflict). */
  revision?: number;
  /** Where the server's machine stands now, relative to the wizard's base. */
  page?: string;
  message?: string;
  errors?: Array<Pick<FieldError, "pointer" | "message">>;
}

const SYNC_ID = /^[A-Za-z0-9-]{8,64}$/;

function reply(status: number, body: SyncReply): Response {
  return Response.json(body, { status, headers: { "Cache-Control": "no-store" } });
}

function refuse(status: number, key: MessageKey, lang: Lang, extra: SyncReply = {}): Response {
  return reply(status, { ...extra, message: translate(lang, key) });
}

export async function handleStepSync(request: Request, params: Params, lang: Lang): Promise<Response> {
  let walk;
  try {
    walk = await requireWizard(request, params, lang);
  } catch (error) {
    // A redirect to the start page means "no draft here": a fetch must not follow it into HTML.
    if (error instanceof Response && error.status >= 300 && error.status < 400) return refuse(410, "sync.gone", lang);
    throw error;
  }
  const { runtime, draft } = walk;
  if (walk.mode !== "citizen") return refuse(404, "sync.gone", lang);

  // The step travels in the address too: its file fields decide how the body is read.
  const stepId = new URL(request.url).searchParams.get("schritt") ?? "";
  if (!runtime.stepOrder.includes(stepId)) return refuse(404, "step.unknown", lang);
  const step = runtime.step(stepId);
  const body = await readStepBody(request, step);
  if (body.files.length > 0) return refuse(400, "sync.malformed", lang);

  const syncId = fieldValue(body, SYNC_ID_FIELD) ?? "";
  const baseText = fieldValue(body, SYNC_BASE_FIELD) ?? "";
  const base = /^\d{1,9}$/.test(baseText) ? Number(baseText) : NaN;
  if (!SYNC_ID.test(syncId) || !Number.isSafeInteger(base) || fieldValue(body, SYNC_STEP_FIELD) !== stepId) {
    return refuse(400, "sync.malformed", lang);
  }
  const viaReview = fieldValue(body, VIA_FIELD) === "pruefen";

  const outcome = await withLockedDraft(draft.id, async (tx, row): Promise<Response> => {
    const state = readDraftState(row.snapshot);
    const current = state.revision ?? 0;
    if (state.lastSync?.id === syncId && state.lastSync.revision === current) {
      return reply(200, { revision: current, page: pageOf(restoreSnapshot(runtime, state)) });
    }
    if (row.submittedCaseId) return refuse(410, "sync.gone", lang);
    if (base !== current) return refuse(409, "sync.stale", lang, { revision: current });

    const { entries, issues } = await resolveStepEntries(draftFiles(tx, row.id), runtime.definition, step, body, { lang });
    if (issues.length > 0) {
      const errors = issues.map((issue) => ({ pointer: issue.pointer, message: translate(lang, issue.key, issue.values) }));
      return refuse(422, "sync.refused", lang, { errors });
    }
    const snapshot = restoreSnapshot(runtime, state);
    const result = applyStepPost(runtime, snapshot, stepId, parseStepSubmission(runtime, stepId, entries), { viaReview, lang });
    if (result.kind === "refused") {
      const errors = result.errors.map(({ pointer, message }) => ({ pointer, message }));
      return refuse(422, "sync.refused", lang, { errors });
    }
    if (result.kind !== "accepted") return refuse(409, "sync.notHere", lang, { revision: current, page: pageOf(snapshot) });

    const next = withPending({ ...state, machine: persistState(runtime, result.snapshot) }, stepId, undefined);
    const revision = await saveDraftChange(tx, row.id, state, next, syncId);
    return reply(200, { revision, page: pageOf(result.snapshot) });
  });
  return outcome ?? refuse(410, "sync.gone", lang);
}
