/**
 * The preview's pages: the citizen wizard in preview mode. Step pages, step posts (group items,
 * uploads) and the review page are the wizard's own functions on a walk whose answers live in
 * the preview's cookie (preview-answer-store.server.ts), so a draft behaves in the preview
 * exactly as it will for citizens. Saving and submitting stop short: a banner says what would
 * happen, nothing is stored.
 */
import { redirect } from "@remix-run/node";
import type { Params } from "@remix-run/react";
import { REVIEW_STATE } from "../../engine/machine";
import { answersSatisfying } from "../../lib/builder/condition-seed";
import { persistState, restoreState, startState, transition } from "../../engine/transition";
import type { StepPageData } from "../wizard/view-model";
import { noticeOf } from "../wizard/notices";
import { reviewPage, type ReviewPageData } from "../wizard/review.http.server";
import { serviceFacts, type StartPageData } from "../wizard/start.http.server";
import { postStep } from "../wizard/step-action.http.server";
import { pageOf } from "../wizard/step-events";
import { stepPage } from "../wizard/step-page.http.server";
import { clearedPreviewCookie } from "./preview-cookie.server";
import { previewAuthority, previewBase, previewVersionInfo, requirePreview } from "./preview-context.http.server";
import { readPageForm } from "../form-body.http.server";

const NO_STORE = { "Cache-Control": "no-store" };

function go(location: string, cookie?: string): Response {
  const headers = new Headers(NO_STORE);
  if (cookie) headers.append("Set-Cookie", cookie);
  return redirect(location, { status: 303, headers });
}

export async function loadPreviewStart(request: Request, params: Params): Promise<StartPageData> {
  const ctx = await requirePreview(request, params);
  const started = ctx.state.machine !== null;
  return {
    lang: ctx.lang,
    base: ctx.base,
    municipality: { name: ctx.municipality.name, slug: ctx.municipality.slug },
    service: serviceFacts(ctx.definition, ctx.lang),
    authority: await previewAuthority(ctx),
    continueHref: started ? `${ctx.base}/${pageOf(ctx.snapshot)}` : null,
    notice: noticeOf(new URL(request.url)),
  };
}

/** "Antrag starten" (or start afresh): a new walk from the first step. */
export async function startPreview(request: Request, params: Params): Promise<Response> {
  const ctx = await requirePreview(request, params);
  const snapshot = startState(ctx.runtime);
  const state = { machine: persistState(ctx.runtime, snapshot), pending: {} };
  const started = await ctx.store.change(async () => ({ state, location: `${ctx.base}/${pageOf(snapshot)}`, stayAt: ctx.base }));
  return redirect(started!.location, { status: 303, headers: started!.headers });
}

/**
 * "Vorschau dieser Seite" from the builder: a new walk that opens on the given page, so any page
 * is one click away. A page shown only for some answers opens with just those answers (from its
 * condition in words); one whose condition words cannot satisfy opens the walk at the start.
 */
export async function startPreviewAt(request: Request, params: Params): Promise<Response> {
  const ctx = await requirePreview(request, params);
  const stepId = params.stepId ?? "";
  if (!ctx.runtime.stepOrder.includes(stepId)) {
    throw new Response(`Der Entwurf hat keine Seite „${stepId}“.`, { status: 404, headers: NO_STORE });
  }
  const step = ctx.definition.steps.find((s) => s.id === stepId);
  const seed = answersSatisfying(step?.when);
  const shown = seed !== null && ctx.runtime.activeSteps(seed).includes(stepId);
  const snapshot = shown
    ? restoreState(ctx.runtime, { status: "active", value: stepId, context: { data: seed, returnToReview: false } })
    : startState(ctx.runtime);
  const state = { machine: persistState(ctx.runtime, snapshot), pending: {} };
  const started = await ctx.store.change(async () => ({ state, location: `${ctx.base}/${pageOf(snapshot)}`, stayAt: ctx.base }));
  return redirect(started!.location, { status: 303, headers: started!.headers });
}

export async function loadPreviewStep(request: Request, params: Params): Promise<StepPageData> {
  return stepPage(await requirePreview(request, params), request, params.stepId ?? "");
}

export async function handlePreviewStepPost(request: Request, params: Params): Promise<Response> {
  return postStep(await requirePreview(request, params), request, params.stepId ?? "");
}

export async function loadPreviewReview(request: Request, params: Params): Promise<ReviewPageData> {
  return reviewPage(await requirePreview(request, params), request);
}

/** "Antrag absenden" in the preview: checked exactly as for citizens, then nothing is submitted. */
export async function submitPreview(request: Request, params: Params): Promise<Response> {
  const ctx = await requirePreview(request, params);
  const form = await readPageForm(request);
  if (String(ctx.snapshot.value) !== REVIEW_STATE) return go(`${ctx.base}/${pageOf(ctx.snapshot)}?hinweis=reihenfolge`);
  const declared = form.get("erklaerung") === "ja";
  const result = transition(ctx.runtime, ctx.snapshot, { type: "SUBMIT", declarationAccepted: declared }, { lang: ctx.lang });
  if (!result.accepted) return go(`${ctx.base}/pruefen?fehler=${declared ? "daten" : "erklaerung"}`);
  return go(`${ctx.base}/pruefen?vorschau=ende`);
}

/** Leaves the preview: the walk's cookie is removed (the form is not compiled for that). */
export async function endPreview(request: Request, params: Params): Promise<Response> {
  const info = await previewVersionInfo(request, params);
  return go(`/redaktion/leistungen/${info.serviceId}`, clearedPreviewCookie(request, previewBase(info.serviceId, info.version)));
}
