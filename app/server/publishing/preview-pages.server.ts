/**
 * The preview's pages: the citizen wizard's own view models and components (start page, step
 * pages, review page), fed from the preview cookie instead of a stored draft. Step posts go
 * through the same functions as the wizard's (parseStepSubmission, applyStepPost), so a draft
 * behaves in the preview exactly as it will for citizens. Saving and submitting stop short:
 * a banner says what would happen, nothing is stored.
 */
import { redirect } from "@remix-run/node";
import type { Params } from "@remix-run/react";
import { parseStepSubmission } from "../../engine/form-submission";
import { getAt, parsePointer, setAt } from "../../engine/json-pointer";
import { REVIEW_STATE } from "../../engine/machine";
import type { FormRuntime } from "../../engine/runtime";
import { persistState, startState, transition } from "../../engine/transition";
import type { FormValues, StepDefinition } from "../../engine/types";
import { localizeText } from "../../lib/i18n/translate";
import { ACTION_FIELD, parseStepAction, VIA_FIELD, type StepPageData } from "../../components/wizard/view-model";
import { withPending, type DraftState, type PendingStep } from "../drafts/draft-state";
import { formShape } from "../drafts/form-shape";
import { reviewView, type ReviewPageData } from "../drafts/review.server";
import { serviceFacts, type StartPageData } from "../drafts/start.server";
import { fieldValue, readStepBody } from "../drafts/step-body.server";
import { applyStepPost, pageOf, stepAccess } from "../drafts/step-events";
import { groupItemOf } from "../drafts/step-fields";
import { fileRefsForStep, issuesAsErrors, progressView, stepView } from "../drafts/step-view.server";
import { MalformedBodyError, PayloadTooLargeError } from "../uploads/multipart.server";
import { clearedPreviewCookie, previewStateCookie } from "./preview-cookie.server";
import { previewAuthority, previewBase, previewVersionInfo, requirePreview, type PreviewContext } from "./preview-context.server";
import { previewEntries } from "./preview-uploads.server";
import { inputValuesForStep } from "../../engine/form-submission";
import { readPageForm } from "../form-body.server";

const NO_STORE = { "Cache-Control": "no-store" };
const LANG = "de" as const;

function go(location: string, cookie?: string): Response {
  const headers = new Headers(NO_STORE);
  if (cookie) headers.append("Set-Cookie", cookie);
  return redirect(location, { status: 303, headers });
}

/** Stores the walk in the cookie and goes on; a walk too long for a cookie stays where it was, with a notice. */
function continueWith(request: Request, ctx: PreviewContext, state: DraftState, location: string, fallback: string): Response {
  const cookie = previewStateCookie(request, ctx.base, state);
  return cookie ? go(location, cookie) : go(`${fallback}${fallback.includes("?") ? "&" : "?"}vorschau=zu-lang`);
}

function stepNotFound(): Response {
  return new Response("Diesen Schritt gibt es in dieser Version nicht.", { status: 404, headers: NO_STORE });
}

export async function loadPreviewStart(request: Request, params: Params): Promise<StartPageData> {
  const ctx = await requirePreview(request, params);
  const started = ctx.state.machine !== null;
  return {
    lang: LANG,
    base: ctx.base,
    municipality: { name: ctx.municipality.name, slug: ctx.municipality.slug },
    service: serviceFacts(ctx.definition, LANG),
    authority: await previewAuthority(ctx),
    continueHref: started ? `${ctx.base}/${pageOf(ctx.snapshot)}` : null,
  };
}

/** "Antrag starten" (or start afresh): a new walk from the first step. */
export async function startPreview(request: Request, params: Params): Promise<Response> {
  const ctx = await requirePreview(request, params);
  const snapshot = startState(ctx.runtime);
  return continueWith(request, ctx, { machine: persistState(ctx.runtime, snapshot), pending: {} }, `${ctx.base}/${pageOf(snapshot)}`, ctx.base);
}

export async function loadPreviewStep(request: Request, params: Params): Promise<StepPageData> {
  const ctx = await requirePreview(request, params);
  const { runtime, snapshot, state, base } = ctx;
  const stepId = params.stepId ?? "";
  const access = stepAccess(runtime, snapshot, stepId);
  if (access === "unknown") throw stepNotFound();
  if (access === "ahead" || access === "skipped" || access === "submitted") throw go(`${base}/${pageOf(snapshot)}?hinweis=${access === "skipped" ? "entfaellt" : "reihenfolge"}`);
  const url = new URL(request.url);
  const data = snapshot.context.data;
  const pending = state.pending[stepId];
  const shown = pending ? runtime.mergeStepData(data, stepId, pending.data) : data;
  const machineState = String(snapshot.value);
  const viaReview = (url.searchParams.get("von") === "pruefen" && machineState === REVIEW_STATE) || (machineState === stepId && snapshot.context.returnToReview);
  let errors = url.searchParams.has("fehler") ? runtime.validateStep(stepId, shown, { lang: LANG }) : [];
  if (url.searchParams.has("fehler")) {
    const uploadErrors = issuesAsErrors(pending?.issues, stepId, LANG);
    errors = [...uploadErrors, ...errors.filter((error) => !uploadErrors.some((issue) => issue.pointer === error.pointer))];
  }
  const active = runtime.activeSteps(shown);
  const previous = active[active.indexOf(stepId) - 1];
  const step = runtime.step(stepId);
  return {
    lang: LANG,
    base,
    serviceTitle: localizeText(ctx.definition.title, LANG),
    municipalityName: ctx.municipality.name,
    formKey: { id: ctx.serviceId, version: ctx.version },
    step: stepView(runtime, step, shown, LANG),
    values: inputValuesForStep(runtime, stepId, shown),
    files: fileRefsForStep(step, shown),
    errors,
    progress: progressView(runtime, shown, stepId, base, machineState === REVIEW_STATE ? "pruefen" : machineState, LANG),
    backHref: viaReview ? `${base}/pruefen` : previous ? `${base}/schritt/${encodeURIComponent(previous)}` : base,
    viaReview,
    machine: { value: machineState, context: { data, returnToReview: snapshot.context.returnToReview } },
  };
}

function withGroupItem(runtime: FormRuntime, step: StepDefinition, data: FormValues, change: { add?: string; remove?: string }): FormValues {
  if (change.add) {
    const group = step.fields.find((field) => field.widget === "group" && field.pointer === change.add);
    if (!group) return data;
    const segments = parsePointer(group.pointer);
    const list = getAt(data, segments);
    const items = Array.isArray(list) ? list : [];
    return items.length >= formShape(runtime.definition).arrayBounds(group.pointer).maxItems ? data : setAt(data, segments, [...items, {}]);
  }
  const target = change.remove ? groupItemOf(step, change.remove) : null;
  if (!target) return data;
  const segments = parsePointer(target.group.pointer);
  const list = getAt(data, segments);
  const items = Array.isArray(list) ? list : [];
  if (target.index >= items.length || items.length <= formShape(runtime.definition).arrayBounds(target.group.pointer).minItems) return data;
  return setAt(data, segments, items.filter((_, index) => index !== target.index));
}

export async function handlePreviewStepPost(request: Request, params: Params): Promise<Response> {
  const ctx = await requirePreview(request, params);
  const { runtime, snapshot, state, base } = ctx;
  const stepId = params.stepId ?? "";
  if (!runtime.stepOrder.includes(stepId)) throw stepNotFound();
  const step = runtime.step(stepId);
  let body;
  try {
    body = await readStepBody(request, step);
  } catch (error) {
    if (error instanceof PayloadTooLargeError || error instanceof MalformedBodyError) return go(`${base}/schritt/${encodeURIComponent(stepId)}?hinweis=uebermittlung`);
    throw error;
  }
  const action = parseStepAction(fieldValue(body, ACTION_FIELD));
  const viaReview = fieldValue(body, VIA_FIELD) === "pruefen";
  const stepUrl = `${base}/schritt/${encodeURIComponent(stepId)}${viaReview ? "?von=pruefen" : ""}`;
  const access = stepAccess(runtime, snapshot, stepId);
  if (access !== "current" && access !== "visited") return go(`${base}/${pageOf(snapshot)}?hinweis=reihenfolge`);

  const known = [snapshot.context.data, ...Object.values(state.pending).map((entry) => entry.data)];
  const { entries, issues } = previewEntries(ctx.definition, step, body, known, {
    removeAttachmentId: action.kind === "remove-file" ? action.attachmentId : undefined,
    lang: LANG,
  });
  const answers = parseStepSubmission(runtime, stepId, entries);
  const keep = (entry: PendingStep, location: string) => continueWith(request, ctx, withPending(state, stepId, entry), location, stepUrl);
  switch (action.kind) {
    case "add":
      return keep({ data: withGroupItem(runtime, step, answers, { add: action.group }), issues }, stepUrl);
    case "remove":
      return keep({ data: withGroupItem(runtime, step, answers, { remove: action.item }), issues }, stepUrl);
    case "remove-file":
      return keep({ data: answers, issues }, stepUrl);
    case "save":
      return keep({ data: answers, issues }, `${base}/speichern`);
    case "next": {
      const withErrors = `${stepUrl}${viaReview ? "&" : "?"}fehler=1`;
      if (issues.length > 0) return keep({ data: answers, issues }, withErrors);
      const outcome = applyStepPost(runtime, snapshot, stepId, answers, { viaReview, lang: LANG });
      if (outcome.kind === "refused") return keep({ data: answers }, withErrors);
      if (outcome.kind !== "accepted") return go(`${base}/${pageOf(snapshot)}?hinweis=reihenfolge`);
      return continueWith(request, ctx, withPending({ ...state, machine: persistState(runtime, outcome.snapshot) }, stepId, undefined), `${base}/${pageOf(outcome.snapshot)}`, stepUrl);
    }
  }
}

export async function loadPreviewReview(request: Request, params: Params): Promise<ReviewPageData> {
  const ctx = await requirePreview(request, params);
  const { runtime, snapshot, base, definition } = ctx;
  if (String(snapshot.value) !== REVIEW_STATE) throw go(`${base}/${pageOf(snapshot)}${String(snapshot.value) === "submitted" ? "" : "?hinweis=reihenfolge"}`);
  return reviewView(runtime, snapshot, definition, base, new URL(request.url), LANG);
}

/** "Antrag absenden" in the preview: checked exactly as for citizens, then nothing is submitted. */
export async function submitPreview(request: Request, params: Params): Promise<Response> {
  const ctx = await requirePreview(request, params);
  const form = await readPageForm(request);
  if (String(ctx.snapshot.value) !== REVIEW_STATE) return go(`${ctx.base}/${pageOf(ctx.snapshot)}?hinweis=reihenfolge`);
  const declared = form.get("erklaerung") === "ja";
  const result = transition(ctx.runtime, ctx.snapshot, { type: "SUBMIT", declarationAccepted: declared }, { lang: LANG });
  if (!result.accepted) return go(`${ctx.base}/pruefen?fehler=${declared ? "daten" : "erklaerung"}`);
  return go(`${ctx.base}/pruefen?vorschau=ende`);
}

/** Leaves the preview: the walk's cookie is removed (the form is not compiled for that). */
export async function endPreview(request: Request, params: Params): Promise<Response> {
  const info = await previewVersionInfo(request, params);
  return go(`/redaktion/leistungen/${info.serviceId}`, clearedPreviewCookie(request, previewBase(info.serviceId, info.version)));
}
