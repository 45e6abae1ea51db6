/**
 * A step page's view model from where the machine stands and the data to show: the server's
 * loader builds it from the stored draft, the browser from its own actor (ADR 034), so a page
 * changed locally looks exactly like one the server sent.
 */
import { REVIEW_STATE } from "../../engine/machine";
import type { FormRuntime } from "../../engine/runtime";
import type { FormSnapshot } from "../../engine/transition";
import type { FieldError, FormValues, Lang } from "../../engine/types";
import type { MessageKey } from "../../lib/i18n/dictionary";
import { localizeText } from "../../lib/i18n/format";
import type { ViewText } from "../../lib/i18n/view-text";
import { inputValuesForStep } from "../../engine/form-submission";
import type { WizardMode } from "./answer-store";
import { fileRefsForStep, progressView, stepView } from "./step-view";
import type { StepPageData } from "./view-model";

export interface StepPageFacts {
  mode: WizardMode;
  lang: Lang;
  base: string;
  runtime: FormRuntime;
  municipalityName: string;
  formKey: { id: string; version: number };
}

export function buildStepPage(
  walk: StepPageFacts,
  snapshot: FormSnapshot,
  stepId: string,
  shown: FormValues,
  page: { url: URL; errors: FieldError[]; notice?: MessageKey; revision: number; text: ViewText },
): StepPageData {
  const { runtime, base, lang } = walk;
  const data = snapshot.context.data;
  const machineState = String(snapshot.value);
  const viaReview =
    (page.url.searchParams.get("von") === "pruefen" && machineState === REVIEW_STATE) ||
    (machineState === stepId && snapshot.context.returnToReview);
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
    step: stepView(runtime, step, shown, lang, page.text),
    values: inputValuesForStep(runtime, stepId, shown),
    files: fileRefsForStep(step, shown),
    errors: page.errors,
    notice: page.notice,
    progress: progressView(runtime, shown, stepId, base, machineState === REVIEW_STATE ? "pruefen" : machineState, lang),
    backHref: viaReview ? `${base}/pruefen` : previous ? `${base}/schritt/${encodeURIComponent(previous)}` : base,
    viaReview,
    machine: { value: machineState, context: { data, returnToReview: snapshot.context.returnToReview } },
    revision: page.revision,
  };
}
