/**
 * Text PostgreSQL cannot store: U+0000 (refused in text and in jsonb) and unpaired UTF-16
 * surrogates (no UTF-8 encoding; jsonb refuses their `\ud800` escape). No person types either,
 * so a value containing one is refused with a message (`refusal.unstorableText` of the text
 * catalogue) instead of failing in the database.
 */
const UNSTORABLE = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

export function hasUnstorableText(text: string): boolean {
  return UNSTORABLE.test(text);
}

const escapePointerToken = (key: string) => key.replace(/~/g, "~0").replace(/\//g, "~1");

/** The JSON pointer of the first string or object key holding unstorable text, or null. */
export function unstorableTextPointer(value: unknown, pointer = ""): string | null {
  if (typeof value === "string") return hasUnstorableText(value) ? pointer : null;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = unstorableTextPointer(value[i], `${pointer}/${i}`);
      if (found !== null) return found;
    }
    return null;
  }
  if (value && typeof value === "object") {
    for (const [key, child] of Object.entries(value)) {
      const childPointer = `${pointer}/${escapePointerToken(key)}`;
      if (hasUnstorableText(key)) return childPointer;
      const found = unstorableTextPointer(child, childPointer);
      if (found !== null) return found;
    }
  }
  return null;
}

/** Whether a JSON text holds unstorable text, raw or written as an escape (`\u0000`, `\ud800`). */
export function jsonTextHasUnstorableText(text: string): boolean {
  if (hasUnstorableText(text)) return true;
  try {
    return unstorableTextPointer(JSON.parse(text)) !== null;
  } catch {
    return false; // not JSON: the definition check names the syntax error
  }
}
