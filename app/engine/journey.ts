/**
 * The rules of the step-by-step journey as one pure function: given where the
 * citizen is, the context and an event, where do they go and with what data?
 * The XState machine (machine.ts) uses exactly this function as its only
 * guard and action, and the server's actor-free `transition` (transition.ts)
 * calls it directly, so both always agree.
 */
import type { FormValues, ValidationOptions, ValidationResult } from "./types";

/** What the journey needs of a form version; the form runtime (runtime.ts) provides it. */
export interface JourneyRules {
  /** `${id}@${version}`: the identity of a form version. */
  readonly key: string;
  readonly stepOrder: readonly string[];
  /** The step's answers replace whatever the data held for the step's fields; nothing else is taken over. */
  mergeStepData(data: FormValues, stepId: string, stepData: FormValues): FormValues;
  /** Same verdict as `validateStep(…).length === 0`, without phrasing messages (used by guards). */
  isStepValid(stepId: string, data: FormValues): boolean;
  validateAll(data: FormValues, options?: ValidationOptions): ValidationResult;
  isStepActive(stepId: string, data: FormValues): boolean;
  activeSteps(data: FormValues): readonly string[];
  pruneInactive(data: FormValues): FormValues;
}

export const REVIEW_STATE = "review";
export const SUBMITTED_STATE = "submitted";

export type FormEvent =
  | { type: "NEXT"; data: FormValues }
  | { type: "BACK" }
  | { type: "GOTO"; step: string }
  /** The citizen must confirm the review page's declaration to submit. */
  | { type: "SUBMIT"; declarationAccepted: boolean };

export interface FormContext {
  data: FormValues;
  /** Set by GOTO from the review page: after the edit, NEXT returns to the review. */
  returnToReview: boolean;
}

/** An accepted event: the state to go to and the context to have there. */
export interface Move {
  target: string;
  context: FormContext;
}

/**
 * NEXT merges the step's answers; if they are valid it goes to the next
 * active step (or the review), with the answers of steps that no longer apply
 * removed. Invalid answers are refused and leave everything as it was: the
 * context only ever holds answers that passed their step.
 */
function next(rules: JourneyRules, from: string, context: FormContext, data: FormValues | undefined): Move | undefined {
  const merged = rules.mergeStepData(context.data, from, data ?? {});
  if (!rules.isStepValid(from, merged)) return undefined;
  const pruned = rules.pruneInactive(merged);
  const active = rules.activeSteps(merged);
  const later = active.slice(active.indexOf(from) + 1);
  // After an edit from the review page, only stop at steps that now need
  // answers (e.g. a branch the edit switched on); otherwise go back there.
  const target = context.returnToReview
    ? (later.find((stepId) => !rules.isStepValid(stepId, pruned)) ?? REVIEW_STATE)
    : (later[0] ?? REVIEW_STATE);
  return { target, context: { data: pruned, returnToReview: context.returnToReview && target !== REVIEW_STATE } };
}

/** BACK skips inactive steps; while editing from the review page it returns there. */
function back(rules: JourneyRules, from: string, context: FormContext): Move | undefined {
  const leaveEditMode = { data: context.data, returnToReview: false };
  if (from !== REVIEW_STATE && context.returnToReview) return { target: REVIEW_STATE, context: leaveEditMode };
  const active = rules.activeSteps(context.data);
  const target = from === REVIEW_STATE ? active.at(-1) : active[active.indexOf(from) - 1];
  return target === undefined ? undefined : { target, context: leaveEditMode };
}

export function decide(rules: JourneyRules, state: string, context: FormContext, event: FormEvent): Move | undefined {
  const onStep = rules.stepOrder.includes(state);
  switch (event.type) {
    case "NEXT":
      return onStep ? next(rules, state, context, event.data) : undefined;
    case "BACK":
      return onStep || state === REVIEW_STATE ? back(rules, state, context) : undefined;
    case "GOTO":
      return state === REVIEW_STATE && rules.stepOrder.includes(event.step) && rules.isStepActive(event.step, context.data)
        ? { target: event.step, context: { data: context.data, returnToReview: true } }
        : undefined;
    case "SUBMIT": {
      if (state !== REVIEW_STATE || event.declarationAccepted !== true) return undefined;
      const result = rules.validateAll(context.data);
      return result.valid ? { target: SUBMITTED_STATE, context: { data: result.data, returnToReview: false } } : undefined;
    }
    default:
      return undefined;
  }
}
