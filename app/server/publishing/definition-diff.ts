/**
 * What changes for citizens between two versions of a form: fields added, removed and changed,
 * addressed by their data pointer (a group item field as `/hunde/` + `*` + `/name`) and compared by label,
 * widget (named as the builder's palette names it), whether an answer is required, the options offered, the step
 * that asks for them and the condition (`when`) under which they are asked, in the builder's words.
 * Pure (the engine's schema resolver, no Ajv), so it is tested directly.
 */
import { describeCondition, schemaToClauses, type ConditionValue } from "../../engine/condition-clauses";
import { parsePointer } from "../../engine/json-pointer";
import { ANY_ITEM, createSchemaResolver, isRequiredChild } from "../../engine/schema-resolver";
import { sharedSchemasById } from "../../engine/shared-schemas";
import type { FieldDefinition, FormDefinition, JsonSchema } from "../../engine/types";
import { widgetName } from "../../lib/builder/palette";

/** A condition as the diff shows it: its words ("" when there is none) and the schema, which decides whether it changed. */
export type ConditionFacts = { words: string; schema: string };
export type FieldFacts = {
  pointer: string;
  step: string;
  label: string;
  widget: string;
  required: boolean;
  options: string;
  condition: ConditionFacts;
};
export type Aspect = "label" | "widget" | "required" | "options" | "step" | "condition";
export type FieldChange =
  | { kind: "added"; pointer: string; after: FieldFacts }
  | { kind: "removed"; pointer: string; before: FieldFacts }
  | { kind: "changed"; pointer: string; before: FieldFacts; after: FieldFacts; aspects: Aspect[] };
export type StepChange =
  | { kind: "added" | "removed"; id: string; title: string }
  | { kind: "condition"; id: string; title: string; before: ConditionFacts; after: ConditionFacts };

export type DefinitionDiff = { fields: FieldChange[]; steps: StepChange[]; unchanged: boolean };

const ASPECTS: Aspect[] = ["label", "widget", "required", "options", "step", "condition"];

/** The words an inexpressible condition gets (the builder shows such a condition as an expert entry). */
const EXPERT_CONDITION = "Expertenangabe";
const NO_CONDITION: ConditionFacts = { words: "", schema: "" };

function differs(before: FieldFacts, after: FieldFacts, aspect: Aspect): boolean {
  if (aspect === "condition") return before.condition.schema !== after.condition.schema;
  return before[aspect] !== after[aspect];
}

/** A condition in words, naming controlling questions by label: inside a group among the item's fields first. */
function conditionFacts(when: JsonSchema | undefined, definition: FormDefinition, siblings: readonly FieldDefinition[]): ConditionFacts {
  if (when === undefined) return NO_CONDITION;
  const schema = JSON.stringify(when);
  const words = schemaToClauses(when);
  if (words === null || words.clauses.length === 0) return { words: EXPERT_CONDITION, schema };
  const everyField = definition.steps.flatMap((step) => step.fields);
  const labelOf = (pointer: string) => {
    const named = siblings.find((f) => f.pointer === pointer) ?? everyField.find((f) => f.pointer === pointer);
    if (!named) return undefined;
    const optionLabel = (value: ConditionValue) => named.options?.find((o) => o.value === value)?.label.de ?? String(value);
    return { label: named.label.de, optionLabel };
  };
  return { words: describeCondition(words, labelOf, "de"), schema };
}

function describeOptions(field: FieldDefinition): string {
  return (field.options ?? []).map((o) => `${String(o.value)} = ${o.label.de}`).join("; ");
}

/** Every field of the form with the facts a citizen notices, in the order the form asks for them. */
export function fieldFacts(definition: FormDefinition): FieldFacts[] {
  const resolver = createSchemaResolver(definition.dataSchema, sharedSchemasById);
  // Required when every step from the root down is required (an array item counts as present).
  const isRequired = (segments: readonly string[]) =>
    segments.every((segment, depth) => segment === ANY_ITEM || isRequiredChild(resolver.at(segments.slice(0, depth)), segment));
  const facts: FieldFacts[] = [];
  for (const step of definition.steps) {
    const stepTitle = `${step.title.de} (${step.id})`;
    for (const field of step.fields) {
      const segments = parsePointer(field.pointer);
      facts.push({
        pointer: field.pointer,
        step: stepTitle,
        label: field.label.de,
        widget: widgetName(field.widget),
        required: isRequired(segments),
        options: describeOptions(field),
        condition: conditionFacts(field.when, definition, step.fields),
      });
      for (const item of field.fields ?? []) {
        const itemSegments = [...segments, ANY_ITEM, ...parsePointer(item.pointer)];
        facts.push({
          pointer: `${field.pointer}/${ANY_ITEM}${item.pointer}`,
          step: stepTitle,
          label: `${field.label.de}: ${item.label.de}`,
          widget: widgetName(item.widget),
          required: isRequired(itemSegments),
          options: describeOptions(item),
          condition: conditionFacts(item.when, definition, field.fields ?? []),
        });
      }
    }
  }
  return facts;
}

export function diffDefinitions(before: FormDefinition, after: FormDefinition): DefinitionDiff {
  const old = new Map(fieldFacts(before).map((f) => [f.pointer, f]));
  const now = fieldFacts(after);
  const fields: FieldChange[] = [];
  for (const field of now) {
    const previous = old.get(field.pointer);
    if (!previous) {
      fields.push({ kind: "added", pointer: field.pointer, after: field });
      continue;
    }
    const aspects = ASPECTS.filter((aspect) => differs(previous, field, aspect));
    if (aspects.length > 0) fields.push({ kind: "changed", pointer: field.pointer, before: previous, after: field, aspects });
  }
  const current = new Set(now.map((f) => f.pointer));
  for (const [pointer, field] of old) if (!current.has(pointer)) fields.push({ kind: "removed", pointer, before: field });

  const oldSteps = new Map(before.steps.map((s) => [s.id, s]));
  const newSteps = new Map(after.steps.map((s) => [s.id, s]));
  const steps: StepChange[] = [
    ...after.steps.filter((s) => !oldSteps.has(s.id)).map((s) => ({ kind: "added" as const, id: s.id, title: s.title.de })),
    ...before.steps.filter((s) => !newSteps.has(s.id)).map((s) => ({ kind: "removed" as const, id: s.id, title: s.title.de })),
  ];
  for (const step of after.steps) {
    const previous = oldSteps.get(step.id);
    if (!previous) continue;
    const was = conditionFacts(previous.when, before, previous.fields);
    const is = conditionFacts(step.when, after, step.fields);
    if (was.schema !== is.schema) steps.push({ kind: "condition", id: step.id, title: step.title.de, before: was, after: is });
  }
  return { fields, steps, unchanged: fields.length === 0 && steps.length === 0 };
}

/** A condition's change in one line: "Bedingung hinzugefügt: Nur wenn Sie …", "Bedingung geändert (Expertenangabe)". */
export function describeConditionChange(before: ConditionFacts, after: ConditionFacts): string {
  const expert = before.words === EXPERT_CONDITION || after.words === EXPERT_CONDITION;
  if (before.schema === "") return expert ? "Bedingung hinzugefügt (Expertenangabe)" : `Bedingung hinzugefügt: ${after.words}`;
  if (after.schema === "") return expert ? "Bedingung entfernt (war eine Expertenangabe)" : `Bedingung entfernt (war: ${before.words})`;
  if (expert) return "Bedingung geändert (Expertenangabe)";
  return `Bedingung geändert: ${before.words} → ${after.words}`;
}

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** The diff in one line, as the builder counts it: "2 Fragen geändert, neu oder entfernt, 1 Seite geändert, neu oder entfernt". */
export function summarizeDiff(diff: DefinitionDiff): string {
  if (diff.unchanged) return "Fragen und Seiten sind unverändert";
  return [
    diff.fields.length > 0 ? count(diff.fields.length, "Frage geändert, neu oder entfernt", "Fragen geändert, neu oder entfernt") : "",
    diff.steps.length > 0 ? count(diff.steps.length, "Seite geändert, neu oder entfernt", "Seiten geändert, neu oder entfernt") : "",
  ]
    .filter(Boolean)
    .join(", ");
}
