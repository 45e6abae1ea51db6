/**
 * JSON property names from FIM element names: the pointer follows the path through the schema
 * (group → group → field), never the FIM ids. "Anschrift Inland (Straßenanschrift)" →
 * "anschriftInlandStrassenanschrift"; siblings with the same name get "2", "3".
 */
const TRANSLITERATION: Record<string, string> = { ä: "ae", ö: "oe", ü: "ue", Ä: "Ae", Ö: "Oe", Ü: "Ue", ß: "ss" };
const MAX_KEY_LENGTH = 40;

export function propertyKey(name: string): string {
  const words = name
    .replace(/[äöüÄÖÜß]/g, (c) => TRANSLITERATION[c]!)
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean);
  let key = words.map((w, i) => (i === 0 ? w.toLowerCase() : w[0]!.toUpperCase() + w.slice(1).toLowerCase())).join("");
  if (key === "" || /^[0-9]/.test(key)) key = `feld${key}`;
  return key.slice(0, MAX_KEY_LENGTH);
}

/** Hands out unique keys among siblings. */
export class SiblingKeys {
  private readonly used = new Set<string>();

  constructor(reserved: readonly string[] = []) {
    for (const key of reserved) this.used.add(key);
  }

  take(name: string): string {
    const base = propertyKey(name);
    let key = base;
    for (let n = 2; this.used.has(key); n++) key = `${base}${n}`;
    this.used.add(key);
    return key;
  }
}

/** Step ids: slugs. */
export function stepSlug(name: string): string {
  const slug = name
    .replace(/[äöüÄÖÜß]/g, (c) => TRANSLITERATION[c]!.toLowerCase())
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 40)
    .replace(/-+$/, "");
  return /^[a-z]/.test(slug) ? slug : `s-${slug}`.slice(0, 40);
}
