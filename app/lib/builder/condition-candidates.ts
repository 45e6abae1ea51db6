/**
 * Which questions a condition may name: only answers given before the page or question it
 * shows — forms:check refuses a condition on a later page, on itself, and cycles. Inside a
 * repeating group, the item's earlier questions (pointers relative to the item).
 */
import type { FieldDefinition, FormDefinition } from "../../engine/types";

export interface Candidate {
  pointer: string;
  field: FieldDefinition;
}

const CONTROLLING = (field: FieldDefinition) => field.widget !== "group" && field.widget !== "file";

export function pageConditionCandidates(definition: FormDefinition, step: number): Candidate[] {
  return definition.steps
    .slice(0, step)
    .flatMap((s) => s.fields)
    .filter(CONTROLLING)
    .map((field) => ({ pointer: field.pointer, field }));
}

export function questionConditionCandidates(
  definition: FormDefinition,
  address: { step: number; field: number; item?: number },
): Candidate[] {
  const step = definition.steps[address.step];
  if (!step) return [];
  if (address.item !== undefined) {
    const items = step.fields[address.field]?.fields ?? [];
    return items
      .slice(0, address.item)
      .filter(CONTROLLING)
      .map((field) => ({ pointer: field.pointer, field }));
  }
  return [
    ...pageConditionCandidates(definition, address.step),
    ...step.fields
      .slice(0, address.field)
      .filter(CONTROLLING)
      .map((field) => ({ pointer: field.pointer, field })),
  ];
}
