/**
 * The review page ("Ihre Angaben prüfen") and its submit: SUBMIT through the machine (the
 * declaration must be confirmed, every answer valid), then submitApplication with the draft's
 * version pinned and an idempotency key derived from the draft id, so a double-clicked submit
 * gives one case.
 */
import { redirect } from "@remix-run/node";
import type { Params } from "@remix-run/react";
import { REVIEW_STATE } from "../../engine/machine";
import { persistState, transition } from "../../engine/transition";
import type { Lang } from "../../engine/types";
import type { MessageKey } from "../../lib/i18n/dictionary";
import { translate } from "../../lib/i18n/translate";
import { reviewView, type ReviewPageData } from "./review-view";
import { db } from "../db.server";
import { clientAddress, hitLocalRateLimit, RATE_LIMITS } from "../rate-limit.server";
import { submitApplication } from "../submissions/submit.server";
import { deleteDraftAttachments } from "../uploads/attachments.server";
import { markSubmitted } from "../drafts/drafts.server";
import type { WizardWalk } from "./answer-store";
import { noticeOf } from "./notices";
import { pageOf } from "./step-events";
import { requireWizard } from "./wizard-context.http.server";
import { readPageForm } from "../form-body.http.server";
import { submissionIdentity } from "../citizen-account/submission-identity.http.server";

const NO_STORE = { "Cache-Control": "no-store" };

export type { ReviewPageData };

/** Why a submission failed, as a key the page shows; the codes come from submitApplication. */
const PROBLEMS: Record<string, MessageKey> = {
  attachment_missing: "review.attachmentMissing",
  attachment_invalid: "review.attachmentMissing",
  service_retired: "review.notOffered",
  service_not_offered: "review.notOffered",
  service_not_found: "review.notOffered",
  municipality_not_found: "review.notOffered",
  idempotency_conflict: "review.conflict",
  invalid_data: "review.failed",
  rate_limited: "review.tooMany",
  identity_changed: "prefill.changed",
};

export async function loadReviewPage(request: Request, params: Params, lang: Lang): Promise<ReviewPageData> {
  return reviewPage(await requireWizard(request, params, lang), request);
}

/** The review page of a walk in review (citizens and the editors' preview alike). */
export function reviewPage(walk: WizardWalk, request: Request): ReviewPageData {
  const { runtime, snapshot, base, lang } = walk;
  const state = String(snapshot.value);
  if (state !== REVIEW_STATE)
    throw redirect(`${base}/${pageOf(snapshot)}${pageOf(snapshot) === "bestaetigung" ? "" : "?hinweis=reihenfolge"}`, {
      headers: NO_STORE,
    });
  const url = new URL(request.url);
  const problem = PROBLEMS[url.searchParams.get("problem") ?? ""];
  return {
    ...reviewView(runtime, snapshot, base, url, lang, (key, values) => translate(lang, key, values)),
    problem: problem ? translate(lang, problem) : undefined,
    notice: noticeOf(url),
  };
}

export async function submitDraft(request: Request, params: Params, context: { clientAddress?: string }, lang: Lang): Promise<Response> {
  const { runtime, snapshot, state, base, draft } = await requireWizard(request, params, lang);
  const form = await readPageForm(request);
  const go = (to: string) => redirect(to, { status: 303, headers: NO_STORE });
  if (draft.submittedCaseId) return go(`${base}/bestaetigung`);
  if (String(snapshot.value) !== REVIEW_STATE) return go(`${base}/${pageOf(snapshot)}?hinweis=reihenfolge`);

  const declared = form.get("erklaerung") === "ja";
  const result = transition(runtime, snapshot, { type: "SUBMIT", declarationAccepted: declared }, { lang });
  if (!result.accepted) return go(`${base}/pruefen?fehler=${declared ? "daten" : "erklaerung"}`);

  if (!hitLocalRateLimit(RATE_LIMITS.submission, clientAddress(context)).allowed) return go(`${base}/pruefen?problem=rate_limited`);
  const identity = await submissionIdentity(request, runtime.definition, state, result.snapshot.context.data);
  if (!identity.ok) return go(`${base}/pruefen?problem=${identity.code}`);
  const submission = await submitApplication({
    serviceId: draft.serviceId,
    version: draft.serviceVersion,
    municipalityAgs: draft.municipalityAgs,
    data: result.snapshot.context.data,
    idempotencyKey: `portal-draft:${draft.id}`,
    channel: "portal",
    lang,
    draftId: draft.id,
    allowRetired: true,
    identity: identity.identity,
  });
  if (!submission.ok) return go(`${base}/pruefen?problem=${submission.code}`);

  await markSubmitted(draft.id, submission.case.caseId, { ...state, machine: persistState(runtime, result.snapshot), pending: {} });
  // Uploads the final answers no longer use (a branch switched off) were not handed over: they go now.
  await deleteDraftAttachments(await db(), draft.id);
  return go(`${base}/bestaetigung`);
}
