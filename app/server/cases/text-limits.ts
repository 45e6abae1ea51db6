/** Limits of the free texts on a case, shared by the case page (maxLength) and the server (the rule). */
export const NOTE_MAX_LENGTH = 5000;
export const MESSAGE_MAX_LENGTH = 5000;

/**
 * Length in characters (Unicode code points), as JSON Schema's maxLength counts: an emoji is one
 * character, not two UTF-16 units, so the API document and the rule agree.
 */
export function characterCount(text: string): number {
  let count = 0;
  for (const _ of text) count++;
  return count;
}
