/**
 * Names the builder derives from what an editor types: property keys for new questions, option
 * values and page ids. Editors never type them, but they stay readable in the stored JSON and in
 * the clerk's export, so they follow the label ("Name des Hundes" → `nameDesHundes`).
 */

const UMLAUTS: Record<string, string> = { ä: "ae", ö: "oe", ü: "ue", ß: "ss", Ä: "Ae", Ö: "Oe", Ü: "Ue" };

function asciiWords(text: string): string[] {
  const folded = text
    .replace(/[äöüßÄÖÜ]/g, (c) => UMLAUTS[c] ?? c)
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "");
  return folded.split(/[^A-Za-z0-9]+/).filter((word) => word.length > 0);
}

/** `Name des Hundes` → `nameDesHundes`; starts with a letter, at most 40 characters. */
export function propertyKeyFrom(label: string): string {
  const words = asciiWords(label).slice(0, 5);
  const key = words
    .map((word, index) => (index === 0 ? word.toLowerCase() : word[0]!.toUpperCase() + word.slice(1).toLowerCase()))
    .join("");
  const safe = /^[a-z]/.test(key) ? key : `feld${key}`;
  return safe.slice(0, 40);
}

/** `Ja, ab sofort` → `ja-ab-sofort`: option values and page ids. */
export function slugFrom(label: string, fallback: string): string {
  const slug = asciiWords(label).join("-").toLowerCase().slice(0, 40).replace(/-+$/, "");
  return slug.length > 0 ? slug : fallback;
}

/** The first of `base`, `base2`, `base3` … (or `base-2` with a separator) that is not taken. */
export function uniqueName(base: string, taken: ReadonlySet<string>, separator = ""): string {
  if (!taken.has(base)) return base;
  for (let n = 2; ; n += 1) {
    const candidate = `${base}${separator}${n}`;
    if (!taken.has(candidate)) return candidate;
  }
}

/** A page id: a slug of 3–63 characters, never one of the machine's reserved states. */
export function pageIdFrom(title: string, taken: ReadonlySet<string>): string {
  let base = slugFrom(title, "seite");
  if (!/^[a-z]/.test(base)) base = `seite-${base}`;
  if (base.length < 3) base = `${base}-seite`;
  return uniqueName(base, new Set([...taken, "review", "submitted"]), "-");
}
