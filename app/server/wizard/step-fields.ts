/**
 * Which inputs of a posted step are file fields, for the upload parser and for turning kept
 * file ids back into references. Input names are JSON pointers: `/haftpflicht/nachweis`, or
 * `/erlaubnisse/0/nachweis` for a file inside a repeating group.
 */
import type { FieldDefinition, StepDefinition } from "../../engine/types";

const ITEM_INDEX = /^\/(0|[1-9]\d{0,3})(\/.*)$/;

export function fileFieldFor(step: StepDefinition, name: string): FieldDefinition | null {
  for (const field of step.fields) {
    if (field.widget === "file" && field.pointer === name) return field;
    if (field.widget !== "group" || !name.startsWith(`${field.pointer}/`)) continue;
    const match = ITEM_INDEX.exec(name.slice(field.pointer.length));
    if (!match) continue;
    const item = (field.fields ?? []).find((candidate) => candidate.widget === "file" && candidate.pointer === match[2]);
    if (item) return item;
  }
  return null;
}

/** The pointer a field's facts are kept under: group items use `*` for the item number. */
export function factsPointerOf(name: string, step: StepDefinition): string {
  for (const field of step.fields) {
    if (field.widget === "group" && name.startsWith(`${field.pointer}/`)) {
      const match = ITEM_INDEX.exec(name.slice(field.pointer.length));
      if (match) return `${field.pointer}/*${match[2]}`;
    }
  }
  return name;
}

/** Group pointer and item index of an item pointer such as `/hunde/1`, when it names an item of this step. */
export function groupItemOf(step: StepDefinition, pointer: string): { group: FieldDefinition; index: number } | null {
  for (const field of step.fields) {
    if (field.widget !== "group") continue;
    const match = new RegExp(`^${escapeRegExp(field.pointer)}/(0|[1-9]\\d{0,3})$`).exec(pointer);
    if (match) return { group: field, index: Number(match[1]) };
  }
  return null;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
