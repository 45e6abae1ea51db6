/**
 * What the API accepts as JSON beyond the grammar: numbers that survive as exact values, text
 * that is well-formed Unicode without U+0000, and nesting no deeper than any documented body.
 * Values outside these limits cannot be stored or compared faithfully (PostgreSQL's jsonb refuses
 * U+0000 and lone surrogates; 1e400 parses to Infinity, 2^53+1 to a neighbour), and deep nesting
 * only serves to exhaust recursive code further in.
 */

import { MAX_JSON_DEPTH } from "../../engine/json-locations";
import type { Lang } from "../../engine/types";
import { hasUnstorableText } from "../../engine/unstorable-text";
import type { ApiMessageKey } from "../../lib/i18n/api-texts";
import { translate } from "../../lib/i18n/translate";

/** As deep as a form definition may nest: no API body needs more. */
export { MAX_JSON_DEPTH };

export type JsonLimitProblem = { pointer: string; message: string };

/** Nesting depth of a JSON text, counted without parsing (strings are skipped). Stops early past `max`. */
export function exceedsDepth(text: string, max = MAX_JSON_DEPTH): boolean {
  let depth = 0;
  let inString = false;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (inString) {
      if (code === 92 /* \ */) index++;
      else if (code === 34 /* " */) inString = false;
    } else if (code === 34) inString = true;
    else if (code === 91 /* [ */ || code === 123 /* { */) {
      if (++depth > max) return true;
    } else if (code === 93 || code === 125) depth--;
  }
  return false;
}

const escapeSegment = (segment: string) => segment.replace(/~/g, "~0").replace(/\//g, "~1");

function textProblem(value: string, of: "value" | "name"): ApiMessageKey | null {
  if (!hasUnstorableText(value)) return null;
  if (value.includes("\u0000")) return of === "value" ? "api.valueNul" : "api.nameNul";
  return of === "value" ? "api.valueLoneSurrogate" : "api.nameLoneSurrogate";
}

function numberProblem(value: number, lang: Lang): string | null {
  if (!Number.isFinite(value)) return translate(lang, "api.numberOutOfRange");
  if (Number.isInteger(value) && !Number.isSafeInteger(value)) {
    return translate(lang, "api.numberInexact", { max: Number.MAX_SAFE_INTEGER.toLocaleString(lang === "de" ? "de-DE" : "en-GB") });
  }
  return null;
}

/** The first value of a parsed document outside the limits, with its JSON Pointer; depth must be checked first. */
export function unsupportedJsonValue(root: unknown, lang: Lang = "de"): JsonLimitProblem | null {
  const pending: Array<{ value: unknown; pointer: string }> = [{ value: root, pointer: "" }];
  while (pending.length > 0) {
    const { value, pointer } = pending.pop()!;
    let problem: string | null = null;
    if (typeof value === "string") {
      const key = textProblem(value, "value");
      problem = key && translate(lang, key);
    } else if (typeof value === "number") problem = numberProblem(value, lang);
    else if (Array.isArray(value)) value.forEach((item, index) => pending.push({ value: item, pointer: `${pointer}/${index}` }));
    else if (value && typeof value === "object") {
      for (const [key, item] of Object.entries(value)) {
        const keyProblem = textProblem(key, "name");
        if (keyProblem)
          return {
            pointer: `${pointer}/${escapeSegment(key.replace(/[\u0000\ud800-\udfff]/g, "\ufffd"))}`,
            message: translate(lang, keyProblem),
          };
        pending.push({ value: item, pointer: `${pointer}/${escapeSegment(key)}` });
      }
    }
    if (problem) return { pointer, message: problem };
  }
  return null;
}

/**
 * JSON.parse with the limits above. Throws SyntaxError for malformed JSON like JSON.parse;
 * returns the problem for well-formed JSON outside the limits.
 */
export function parseJsonWithinLimits(
  text: string,
  lang: Lang = "de",
): { ok: true; value: unknown } | { ok: false; problem: JsonLimitProblem } {
  if (exceedsDepth(text)) {
    return { ok: false, problem: { pointer: "", message: translate(lang, "api.tooDeep", { depth: MAX_JSON_DEPTH }) } };
  }
  const value: unknown = JSON.parse(text);
  const problem = unsupportedJsonValue(value, lang);
  return problem ? { ok: false, problem } : { ok: true, value };
}
