/**
 * Which steps and questions apply to given data, and the data without the
 * answers of those that do not. One pass in form order: a step's or a
 * question's `when` sees the data with the answers of earlier skipped steps
 * and hidden questions already removed, so a chain of conditions cannot be
 * kept alive by stale answers. Within a step, a question whose condition
 * names another question of the same step is decided after it.
 */
import { evaluationOrder, fieldConditionKey } from "./field-conditions";
import type { FieldEntry, FieldIndex } from "./field-index";
import { getAt, joinPointer, removeAtAndTidy, setAt } from "./json-pointer";
import type { DataValidator, FieldDefinition, FormValues, StepDefinition } from "./types";

export interface StepActivity {
  /** Ids of the steps that apply, in order. */
  active: readonly string[];
  /** The data with every field of an inactive step and every hidden question removed. */
  pruned: FormValues;
  /**
   * Pointers of the questions of active steps whose condition fails: a field
   * pointer (`/zuzug/gemeinde`) or an item field of one item (`/hunde/0/zuzug`).
   */
  hidden: ReadonlySet<string>;
}

export type ActivityOf = (data: FormValues) => StepActivity;

export interface ActivityConditions {
  /** Step id → condition. */
  steps: Readonly<Record<string, DataValidator>>;
  /** Field condition key (see fieldConditionKey) → condition. */
  fields: Readonly<Record<string, DataValidator>>;
}

/** One conditional question of a step: a field, or an item field of a group (evaluated per item). */
type ConditionalQuestion =
  | { kind: "field"; entry: FieldEntry; condition: DataValidator }
  | { kind: "item"; group: FieldEntry; field: FieldDefinition; segments: readonly string[]; condition: DataValidator };

function conditionalQuestions(entries: readonly FieldEntry[], conditions: ActivityConditions["fields"]): ConditionalQuestion[] {
  const questions: ConditionalQuestion[] = [];
  for (const entry of evaluationOrder(entries)) {
    const condition: DataValidator | undefined = conditions[fieldConditionKey(entry.field)];
    if (entry.field.when && condition !== undefined) questions.push({ kind: "field", entry, condition });
    for (const item of evaluationOrder(entry.items)) {
      const itemCondition: DataValidator | undefined = conditions[fieldConditionKey(item.field, entry.field)];
      if (item.field.when && itemCondition !== undefined) {
        questions.push({ kind: "item", group: entry, field: item.field, segments: item.segments, condition: itemCondition });
      }
    }
  }
  return questions;
}

/** Removes the item field from every item whose condition fails; notes each as hidden. */
function pruneItems(data: FormValues, question: Extract<ConditionalQuestion, { kind: "item" }>, hidden: Set<string>): FormValues {
  const items = getAt(data, question.group.segments);
  if (!Array.isArray(items)) return data;
  let changed = false;
  const kept = items.map((item: unknown, index) => {
    if (question.condition(item)) return item;
    hidden.add(joinPointer(question.group.field.pointer, index) + question.field.pointer);
    const without = removeAtAndTidy(item, question.segments);
    changed ||= without !== item;
    return without;
  });
  return changed ? setAt(data, question.group.segments, kept) : data;
}

export function createActivity(steps: readonly StepDefinition[], conditions: ActivityConditions, fields: FieldIndex): ActivityOf {
  const questionsByStep = new Map(
    steps.map((step) => [step.id, conditionalQuestions(fields.byStep.get(step.id) ?? [], conditions.fields)]),
  );
  // Data objects are never mutated by the engine, so the result for the last
  // object asked about can be reused: the machine asks several times per event.
  // (A one-entry memo: a WeakMap entry per object costs more than it saves.)
  let lastData: FormValues | undefined;
  let lastResult: StepActivity | undefined;
  return (data) => {
    if (data === lastData && lastResult) return lastResult;
    const active: string[] = [];
    const hidden = new Set<string>();
    let pruned = data;
    for (const step of steps) {
      const condition = conditions.steps[step.id];
      if (condition !== undefined && !condition(pruned)) {
        for (const entry of fields.byStep.get(step.id) ?? []) pruned = removeAtAndTidy(pruned, entry.segments);
        continue;
      }
      active.push(step.id);
      for (const question of questionsByStep.get(step.id) ?? []) {
        if (question.kind === "item") {
          pruned = pruneItems(pruned, question, hidden);
        } else if (!question.condition(pruned)) {
          hidden.add(question.entry.field.pointer);
          pruned = removeAtAndTidy(pruned, question.entry.segments);
        }
      }
    }
    const result: StepActivity = { active, pruned, hidden };
    lastData = data;
    lastResult = result;
    return result;
  };
}
