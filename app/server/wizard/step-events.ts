/**
 * How a posted step page becomes machine events. The same function runs in the browser
 * (instant feedback) and on the server (the truth), so both always agree.
 *
 * The machine's state is the page the citizen has reached. A page before it (the back link,
 * the progress list) may be posted again: the machine is stepped BACK to it and then NEXT
 * applies the answers, exactly as if the citizen had walked back. From the review page an
 * "Ändern" link posts with GOTO, so NEXT returns to the review. A page the machine has not
 * reached, or one whose condition does not hold, is refused without any change.
 */
import { REVIEW_STATE, SUBMITTED_STATE } from "../../engine/machine";
import type { FormRuntime } from "../../engine/runtime";
import type { FormEvent } from "../../engine/journey";
import { transition, type FormSnapshot } from "../../engine/transition";
import type { FieldError, FormValues, Lang } from "../../engine/types";

export type StepAccess = "current" | "visited" | "ahead" | "skipped" | "unknown" | "submitted";

export function stepAccess(runtime: FormRuntime, snapshot: FormSnapshot, stepId: string): StepAccess {
  if (!runtime.stepOrder.includes(stepId)) return "unknown";
  const state = String(snapshot.value);
  if (state === SUBMITTED_STATE) return "submitted";
  const active = runtime.activeSteps(snapshot.context.data);
  const index = active.indexOf(stepId);
  if (index < 0) return "skipped";
  if (state === REVIEW_STATE) return "visited";
  const reached = active.indexOf(state);
  if (index === reached) return "current";
  return index < reached ? "visited" : "ahead";
}

export type StepPostOutcome =
  | { kind: "accepted"; snapshot: FormSnapshot }
  | { kind: "refused"; errors: FieldError[] }
  | { kind: "ahead" | "skipped" | "unknown" | "submitted" };

export interface StepPostOptions {
  /** The page was opened from the review page's "Ändern" link. */
  viaReview: boolean;
  lang: Lang;
}

/**
 * Applies one event: the server's actor-free `transition`, or the browser's actor (ADR 034).
 * Only the step's own moves go through it; why NEXT was refused is asked of the pure function.
 */
export type Stepper = (event: FormEvent) => { snapshot: FormSnapshot; accepted: boolean; errors?: FieldError[] };

/** Steps the machine back (or, from the review, GOTO) to `stepId`; null when it cannot get there. */
function moveTo(runtime: FormRuntime, step: Stepper, snapshot: FormSnapshot, stepId: string, viaReview: boolean): FormSnapshot | null {
  let current = snapshot;
  if (String(current.value) === REVIEW_STATE && viaReview) {
    const result = step({ type: "GOTO", step: stepId });
    return result.accepted ? result.snapshot : null;
  }
  // Each BACK moves one active step (or to the review when editing from there): bounded by the form's length.
  for (let guard = 0; guard <= runtime.stepOrder.length + 1 && String(current.value) !== stepId; guard++) {
    const result = step({ type: "BACK" });
    if (!result.accepted) return null;
    current = result.snapshot;
  }
  return String(current.value) === stepId ? current : null;
}

export function applyStepPost(
  runtime: FormRuntime,
  snapshot: FormSnapshot,
  stepId: string,
  data: FormValues,
  options: StepPostOptions,
): StepPostOutcome {
  let current = snapshot;
  return applyStepPostWith(runtime, snapshot, stepId, data, options, (event) => {
    const result = transition(runtime, current, event, { lang: options.lang });
    current = result.snapshot;
    return result;
  });
}

export function applyStepPostWith(
  runtime: FormRuntime,
  snapshot: FormSnapshot,
  stepId: string,
  data: FormValues,
  options: StepPostOptions,
  step: Stepper,
): StepPostOutcome {
  const access = stepAccess(runtime, snapshot, stepId);
  if (access === "ahead" || access === "skipped" || access === "unknown" || access === "submitted") return { kind: access };
  const atStep = moveTo(runtime, step, snapshot, stepId, options.viaReview);
  if (atStep === null) return { kind: "ahead" };
  const result = step({ type: "NEXT", data });
  if (result.accepted) return { kind: "accepted", snapshot: result.snapshot };
  return { kind: "refused", errors: result.errors ?? transition(runtime, atStep, { type: "NEXT", data }, { lang: options.lang }).errors };
}

/** The page of the wizard the machine stands on, relative to `/:gemeinde/:service`. */
export function pageOf(snapshot: FormSnapshot): string {
  const state = String(snapshot.value);
  if (state === SUBMITTED_STATE) return "bestaetigung";
  if (state === REVIEW_STATE) return "pruefen";
  return `schritt/${encodeURIComponent(state)}`;
}
