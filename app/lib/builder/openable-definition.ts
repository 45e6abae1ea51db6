import type { FormDefinition } from "../../engine/types";

/**
 * The definition in a text if the builder can open it (pages with fields, a dataSchema, a
 * review), else null — a text with a syntax error or without that frame belongs to the JSON editor.
 */
export function openableDefinition(text: string | null): FormDefinition | null {
  if (!text) return null;
  try {
    const value: unknown = JSON.parse(text);
    const candidate = value as Partial<FormDefinition>;
    const opens =
      typeof value === "object" &&
      value !== null &&
      Array.isArray(candidate.steps) &&
      candidate.steps.every((s) => typeof s === "object" && s !== null && Array.isArray(s.fields)) &&
      typeof candidate.dataSchema === "object" &&
      candidate.dataSchema !== null &&
      typeof candidate.review === "object" &&
      candidate.review !== null;
    return opens ? (value as FormDefinition) : null;
  } catch {
    return null;
  }
}
