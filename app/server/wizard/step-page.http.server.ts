/**
 * Loader of a step page, the same for citizens and the editors' preview: the page the machine
 * stands on and every active page before it may be seen; a later page or one that does not
 * apply sends the walker where they can go on.
 */
import { redirect } from "@remix-run/node";
import type { Params } from "@remix-run/react";
import { REVIEW_STATE } from "../../engine/machine";
import type { Lang } from "../../engine/types";
import { localizeText, translate } from "../../lib/i18n/translate";
import { hasFileField, type StepPageData } from "./view-model";
import type { MessageGroup } from "../../lib/i18n/messages.server";
import type { WizardWalk } from "./answer-store";
import { noticeOf } from "./notices";
import { pageOf, stepAccess } from "./step-events";
import { fileRefsForStep, issuesAsErrors, progressView, stepView } from "./step-view";
import { notFound, requireWizard } from "./wizard-context.http.server";
import { inputValuesForStep } from "../../engine/form-submission";

const NO_STORE = { "Cache-Control": "no-store" };

/** The texts a step page may show: upload texts only with a file field, a notice only when there is one. */
export function stepPageMessageGroups(page: StepPageData): MessageGroup[] {
  return ["step", ...(hasFileField(page.step.fields) ? (["upload"] as const) : []), ...(page.notice ? (["notice"] as const) : [])];
}

export async function loadStepPage(request: Request, params: Params, lang: Lang): Promise<StepPageData> {
  return stepPage(await requireWizard(request, params, lang), request, params.stepId ?? "");
}

export function stepPage(walk: WizardWalk, request: Request, stepId: string): StepPageData {
  const { runtime, snapshot, state, base, lang } = walk;
  const access = stepAccess(runtime, snapshot, stepId);
  if (access === "unknown") throw notFound(translate(lang, "step.unknown"));
  if (access === "submitted") throw redirect(`${base}/bestaetigung`, { headers: NO_STORE });
  if (access === "ahead" || access === "skipped") {
    throw redirect(`${base}/${pageOf(snapshot)}?hinweis=${access === "ahead" ? "reihenfolge" : "entfaellt"}`, { headers: NO_STORE });
  }

  const url = new URL(request.url);
  const data = snapshot.context.data;
  const pending = state.pending[stepId];
  const shown = pending ? runtime.mergeStepData(data, stepId, pending.data) : data;
  const machineState = String(snapshot.value);
  const viaReview =
    (url.searchParams.get("von") === "pruefen" && machineState === REVIEW_STATE) ||
    (machineState === stepId && snapshot.context.returnToReview);

  let errors = url.searchParams.has("fehler") ? runtime.validateStep(stepId, shown, { lang }) : [];
  if (errors.length > 0 || url.searchParams.has("fehler")) {
    const uploadErrors = issuesAsErrors(pending?.issues, stepId, lang);
    // An upload refused for its type explains a "please upload" error at the same field better.
    errors = [...uploadErrors, ...errors.filter((error) => !uploadErrors.some((issue) => issue.pointer === error.pointer))];
  }

  const active = runtime.activeSteps(shown);
  const previous = active[active.indexOf(stepId) - 1];
  const step = runtime.step(stepId);
  return {
    mode: walk.mode,
    lang,
    base,
    serviceTitle: localizeText(runtime.definition.title, lang),
    municipalityName: walk.municipalityName,
    formKey: walk.formKey,
    step: stepView(runtime, step, shown, lang),
    values: inputValuesForStep(runtime, stepId, shown),
    files: fileRefsForStep(step, shown),
    errors,
    notice: noticeOf(url),
    progress: progressView(runtime, shown, stepId, base, machineState === REVIEW_STATE ? "pruefen" : machineState, lang),
    backHref: viaReview ? `${base}/pruefen` : previous ? `${base}/schritt/${encodeURIComponent(previous)}` : base,
    viaReview,
    machine: { value: machineState, context: { data, returnToReview: snapshot.context.returnToReview } },
  };
}
