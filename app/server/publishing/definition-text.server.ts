/**
 * The text of a stored version: as the editor wrote it, or — for built-in versions seeded from
 * forms/ — the definition printed with two-space indentation. Pure.
 */
import { createHash } from "node:crypto";

export function versionText(row: { sourceText: string | null; definition: unknown }): string {
  return row.sourceText ?? `${JSON.stringify(row.definition, null, 2)}\n`;
}

/** A starting text for the next version: the given definition with its version number raised. */
export function nextVersionText(definition: unknown, version: number): string {
  const copy = { ...(definition as Record<string, unknown>), version };
  return `${JSON.stringify(copy, null, 2)}\n`;
}

/** Identifies the text an editor started from, so a save over someone else's newer save is noticed. */
export function textBasis(text: string | null): string {
  return text === null ? "neu" : createHash("sha256").update(text, "utf8").digest("hex").slice(0, 32);
}

export function utf8Bytes(text: string): number {
  return Buffer.byteLength(text, "utf8");
}
