const umlauts: Record<string, string> = { ä: "a", ö: "o", ü: "u", ß: "ss" };
const transliterations: Record<string, string> = { ä: "ae", ö: "oe", ü: "ue", ß: "ss" };

/** Readable URL segment: "Sömmerda" → "soemmerda", "Heringen/Helme" → "heringen-helme". */
export function slugify(name: string): string {
  return name
    .toLowerCase()
    .replace(/[äöüß]/g, (c) => transliterations[c] ?? c)
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

/**
 * Folds a name or a query so that the ways people type umlauts all meet:
 * "Sömmerda", "Soemmerda" and "Sommerda" all become "sommerda".
 * Applied to both sides of a comparison, so the "ae/oe/ue" rule never loses a match.
 */
export function foldForSearch(text: string): string {
  return text
    .toLowerCase()
    .replace(/[äöüß]/g, (c) => umlauts[c] ?? c)
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/ae/g, "a")
    .replace(/oe/g, "o")
    .replace(/ue/g, "u")
    .replace(/[^a-z0-9]+/g, "");
}
