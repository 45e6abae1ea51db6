/**
 * Pure, actor-free use of the form machine, as the server needs it: restore
 * the stored draft, apply the posted event, store the result. Also tells why
 * an event was refused, so a no-JavaScript form post can show the errors.
 */
import { initialTransition, type SnapshotFrom } from "xstate";
import { decide, REVIEW_STATE, SUBMITTED_STATE, type FormContext, type FormEvent } from "./journey";
import type { FormMachine } from "./machine";
import { engineText } from "./messages";
import type { FormRuntime } from "./runtime";
import type { FieldError, FormValues, ValidationOptions } from "./types";

export type FormSnapshot = SnapshotFrom<FormMachine>;

/** What is stored for a draft: JSON, produced by the machine's getPersistedSnapshot. */
export interface PersistedFormState {
  status: string;
  value: string;
  context: FormContext;
  [other: string]: unknown;
}

/** Pseudo pointer of the declaration checkbox on the review page (not part of the data). */
export const DECLARATION_POINTER = "#declaration";

export class InvalidFormStateError extends Error {
  constructor(reason: string) {
    super(`Stored form state cannot be restored: ${reason}`);
    this.name = "InvalidFormStateError";
  }
}

export function startState(runtime: FormRuntime, data?: FormValues): FormSnapshot {
  return initialTransition(runtime.createMachine(), { data })[0];
}

export function persistState(runtime: FormRuntime, snapshot: FormSnapshot): PersistedFormState {
  return runtime.createMachine().getPersistedSnapshot(snapshot) as unknown as PersistedFormState;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * Rebuilds a snapshot from stored JSON. The shape is checked, because the
 * stored form state outlives deployments and must never crash the machine.
 */
export function restoreState(runtime: FormRuntime, persisted: unknown): FormSnapshot {
  if (!isRecord(persisted)) throw new InvalidFormStateError("not an object");
  const { value, context } = persisted;
  const states = [...runtime.stepOrder, REVIEW_STATE, SUBMITTED_STATE];
  if (typeof value !== "string" || !states.includes(value)) throw new InvalidFormStateError("unknown state");
  if (!isRecord(context) || !isRecord(context.data) || typeof context.returnToReview !== "boolean") {
    throw new InvalidFormStateError("malformed context");
  }
  return snapshotAt(runtime, value, { data: context.data, returnToReview: context.returnToReview });
}

/** The machine's snapshot for a state and context, as the machine itself would produce it. */
function snapshotAt(runtime: FormRuntime, value: string, context: FormContext): FormSnapshot {
  // resolveState marks a final state as done but does not run the machine's
  // `output`; a submitted form's output is its (already pruned) data.
  const output = value === SUBMITTED_STATE ? context.data : undefined;
  return runtime.createMachine().resolveState({ value, context, output, historyValue: {} });
}

export interface TransitionResult {
  snapshot: FormSnapshot;
  /** False when the machine refused the event (invalid answers, undeclared submit, …). */
  accepted: boolean;
  /** Why it was refused, where that is the citizen's to fix; empty otherwise. */
  errors: FieldError[];
}

function reasonsForRefusal(
  runtime: FormRuntime,
  snapshot: FormSnapshot,
  event: FormEvent,
  options: ValidationOptions | undefined,
): FieldError[] {
  const state = String(snapshot.value);
  const { data } = snapshot.context;
  if (event.type === "NEXT" && runtime.stepOrder.includes(state)) {
    return runtime.validateStep(state, runtime.mergeStepData(data, state, event.data ?? {}), options);
  }
  if (event.type === "SUBMIT" && state === REVIEW_STATE) {
    const lang = options?.lang ?? "de";
    const errors = runtime.validateAll(data, options).errors;
    if (event.declarationAccepted === true) return errors;
    const declaration: FieldError = {
      pointer: DECLARATION_POINTER,
      fieldPointer: DECLARATION_POINTER,
      label: engineText("engine.declaration", lang),
      message: engineText("engine.declarationRequired", lang),
      keyword: "required",
    };
    return [...errors, declaration];
  }
  return [];
}

/**
 * Applies one event without an actor. Deterministic: same snapshot + event →
 * same result. It asks `decide` — the very function the machine's guards and
 * actions use — and materialises the target with `resolveState`. XState's own
 * `transition()` would give the same snapshot but builds a throw-away actor
 * per call, which costs more than the whole step validation; the replay test
 * checks that both paths agree.
 */
export function transition(runtime: FormRuntime, snapshot: FormSnapshot, event: FormEvent, options?: ValidationOptions): TransitionResult {
  const state = String(snapshot.value);
  const move = snapshot.status === "active" ? decide(runtime, state, snapshot.context, event) : undefined;
  if (move === undefined) return { snapshot, accepted: false, errors: reasonsForRefusal(runtime, snapshot, event, options) };
  return { snapshot: snapshotAt(runtime, move.target, move.context), accepted: true, errors: [] };
}
