/**
 * What changes for citizens between two versions of a form: fields added, removed and changed,
 * addressed by their data pointer (a group item field as `/hunde/` + `*` + `/name`) and compared by label,
 * widget, whether an answer is required, the options offered and the step that asks for them.
 * Pure (the engine's schema resolver, no Ajv), so it is tested directly.
 */
import { parsePointer } from "../../engine/json-pointer";
import { ANY_ITEM, createSchemaResolver, isRequiredChild } from "../../engine/schema-resolver";
import { sharedSchemasById } from "../../engine/shared-schemas";
import type { FieldDefinition, FormDefinition } from "../../engine/types";

export type FieldFacts = { pointer: string; step: string; label: string; widget: string; required: boolean; options: string };
export type Aspect = "label" | "widget" | "required" | "options" | "step";
export type FieldChange =
  | { kind: "added"; pointer: string; after: FieldFacts }
  | { kind: "removed"; pointer: string; before: FieldFacts }
  | { kind: "changed"; pointer: string; before: FieldFacts; after: FieldFacts; aspects: Aspect[] };
export type StepChange = { kind: "added" | "removed"; id: string; title: string };

export type DefinitionDiff = { fields: FieldChange[]; steps: StepChange[]; unchanged: boolean };

const ASPECTS: Aspect[] = ["label", "widget", "required", "options", "step"];

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
        widget: field.widget,
        required: isRequired(segments),
        options: describeOptions(field),
      });
      for (const item of field.fields ?? []) {
        const itemSegments = [...segments, ANY_ITEM, ...parsePointer(item.pointer)];
        facts.push({
          pointer: `${field.pointer}/${ANY_ITEM}${item.pointer}`,
          step: stepTitle,
          label: `${field.label.de}: ${item.label.de}`,
          widget: item.widget,
          required: isRequired(itemSegments),
          options: describeOptions(item),
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
    const aspects = ASPECTS.filter((aspect) => previous[aspect] !== field[aspect]);
    if (aspects.length > 0) fields.push({ kind: "changed", pointer: field.pointer, before: previous, after: field, aspects });
  }
  const current = new Set(now.map((f) => f.pointer));
  for (const [pointer, field] of old) if (!current.has(pointer)) fields.push({ kind: "removed", pointer, before: field });

  const oldSteps = new Map(before.steps.map((s) => [s.id, s.title.de]));
  const newSteps = new Map(after.steps.map((s) => [s.id, s.title.de]));
  const steps: StepChange[] = [
    ...after.steps.filter((s) => !oldSteps.has(s.id)).map((s) => ({ kind: "added" as const, id: s.id, title: s.title.de })),
    ...before.steps.filter((s) => !newSteps.has(s.id)).map((s) => ({ kind: "removed" as const, id: s.id, title: s.title.de })),
  ];
  return { fields, steps, unchanged: fields.length === 0 && steps.length === 0 };
}
