/**
 * Which steps apply to given data, and the data without the answers of steps
 * that do not apply. One pass in step order: a step's `when` sees the data
 * with the answers of earlier skipped steps already removed, so a chain of
 * conditions cannot be kept alive by stale answers.
 */
import type { FieldIndex } from "./field-index";
import { removeAtAndTidy } from "./json-pointer";
import type { DataValidator, FormValues, StepDefinition } from "./types";

export interface StepActivity {
  /** Ids of the steps that apply, in order. */
  active: readonly string[];
  /** The data with every field of an inactive step removed. */
  pruned: FormValues;
}

export type ActivityOf = (data: FormValues) => StepActivity;

export function createActivity(
  steps: readonly StepDefinition[],
  conditions: Readonly<Record<string, DataValidator>>,
  fields: FieldIndex,
): ActivityOf {
  // Data objects are never mutated by the engine, so the result for the last
  // object asked about can be reused: the machine asks several times per event.
  // (A one-entry memo: a WeakMap entry per object costs more than it saves.)
  let lastData: FormValues | undefined;
  let lastResult: StepActivity | undefined;
  return (data) => {
    if (data === lastData && lastResult) return lastResult;
    const active: string[] = [];
    let pruned = data;
    for (const step of steps) {
      const condition = conditions[step.id];
      if (condition === undefined || condition(pruned)) {
        active.push(step.id);
        continue;
      }
      for (const entry of fields.byStep.get(step.id) ?? []) pruned = removeAtAndTidy(pruned, entry.segments);
    }
    const result: StepActivity = { active, pruned };
    lastData = data;
    lastResult = result;
    return result;
  };
}
