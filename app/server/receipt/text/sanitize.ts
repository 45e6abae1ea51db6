/**
 * Makes user-supplied strings safe to draw: the result contains only printable characters
 * and "\n". Nothing here throws, whatever the input.
 *
 * - CR/LF variants and U+2028/U+2029 become "\n"; tabs and all other space separators a plain space
 *   (one glyph per space keeps the ToUnicode map unambiguous).
 * - Removed: C0/C1 control characters, bidi controls (U+202E etc., so text cannot be visually
 *   reordered), zero-width characters, soft hyphens, variation selectors and tag characters.
 * - Unpaired surrogates become "?". Characters missing in the font are replaced later, at glyph lookup.
 * - Text is NFC-normalised so that "S" + combining caron prints as the precomposed "Š".
 * - Overlong values are cut at `maxLength` characters (marked with " […]") to bound the work per receipt.
 */

export const MAX_VALUE_LENGTH = 50_000;

const LINE_BREAKS = /\r\n?|[\u2028\u2029\u0085]/g;
const SPACES = /[\t\u000b\u000c\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g;
const INVISIBLE =
  /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufe00-\ufe0f\ufeff\ufff9-\ufffb]|\udb40[\udc00-\udc7f\udd00-\uddef]/g;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const MANY_BLANK_LINES = /\n{3,}/g;

export function sanitizeMultiline(input: unknown, maxLength = MAX_VALUE_LENGTH): string {
  let text = typeof input === "string" ? input : input == null ? "" : String(input);
  if (text.length > maxLength) text = `${text.slice(0, maxLength)} […]`;
  text = text.replace(LINE_BREAKS, "\n").replace(SPACES, " ").replace(INVISIBLE, "").replace(LONE_SURROGATE, "?");
  return text.normalize("NFC").replace(MANY_BLANK_LINES, "\n\n").trim();
}

/** Like sanitizeMultiline, but line breaks become spaces (names, labels, metadata). */
export function sanitizeLine(input: unknown, maxLength = MAX_VALUE_LENGTH): string {
  return sanitizeMultiline(input, maxLength).replace(/ *\n+ */g, " ");
}
