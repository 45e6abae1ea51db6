import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { de, en } from "~/lib/i18n/dictionary";
import { isGermanOnlyPath } from "~/server/i18n/language.http.server";
import { formatBytes, localizeText, translate } from "~/lib/i18n/translate";

/** Every source file of the app except the catalogue itself. */
function appSources(dir = "app"): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return appSources(path);
    return /\.tsx?$/.test(entry.name) && !/(i18n\/dictionary|i18n\/[\w-]+-texts|engine\/engine-texts)\.ts$/.test(path)
      ? [readFileSync(path, "utf8")]
      : [];
  });
}

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

describe("UI texts", () => {
  it("have an English text for every German one, with the same placeholders", () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(de).sort());
    for (const key of Object.keys(de) as Array<keyof typeof de>) {
      expect(placeholders(en[key]), key).toEqual(placeholders(de[key]));
      expect(en[key].trim(), key).not.toBe("");
    }
  });

  it("are all used: by their key, or through a template naming their group (`notice.${…}`)", () => {
    const source = appSources().join("\n");
    const templatePrefixes = [...source.matchAll(/`([a-zA-Z]+\.(?:[\w-]+\.)*)\$\{/g)].map((match) => match[1]!);
    const unused = Object.keys(de).filter(
      (key) => !source.includes(`"${key}"`) && !templatePrefixes.some((prefix) => key.startsWith(prefix)),
    );
    expect(unused).toEqual([]);
  });

  it("address people formally in German", () => {
    for (const [key, text] of Object.entries(de)) expect(text, key).not.toMatch(/\b(du|dein|deine|dich|dir)\b/i);
  });

  it("fill in values and keep unknown placeholders visible", () => {
    expect(translate("de", "step.progress", { current: 2, total: 5 })).toBe("Schritt 2 von 5");
    expect(translate("en", "step.progress", { current: 2, total: 5 })).toBe("Step 2 of 5");
    expect(translate("de", "step.progress", { current: 2 })).toBe("Schritt 2 von {total}");
  });

  it("word values in the text's language: counts, catalogue texts, quotations and lists", () => {
    const values = { length: { count: 5001 }, max: { count: 5000 } };
    expect(translate("de", "refusal.noteTooLong", values)).toContain("höchstens 5.000 Zeichen, Ihr Text hat 5.001 Zeichen");
    expect(translate("en", "refusal.noteTooLong", values)).toContain(
      "at most 5,000 characters are allowed, your text has 5,001 characters",
    );
    const allowed = { list: [{ quoted: { key: "caseStatus.rueckfrage" } }, { quoted: "x" }, 16068042] } as const;
    expect(translate("de", "refusal.transitionsPossible", { allowed })).toBe("Möglich ist: „Rückfrage“, „x“, 16068042.");
    expect(translate("en", "refusal.transitionsPossible", { allowed })).toBe("It can move to: “Query”, “x”, 16068042.");
  });

  it("mark form texts that fall back to German", () => {
    expect(localizeText({ de: "Hund", en: "Dog" }, "en")).toEqual({ text: "Dog" });
    expect(localizeText({ de: "Hund" }, "en")).toEqual({ text: "Hund", lang: "de" });
    expect(localizeText({ de: "Hund", en: "Dog" }, "de")).toEqual({ text: "Hund" });
  });

  it("keep staff pages German", () => {
    expect(isGermanOnlyPath("/verwaltung")).toBe(true);
    expect(isGermanOnlyPath("/verwaltung/vorgaenge/X")).toBe(true);
    expect(isGermanOnlyPath("/redaktion/leistungen")).toBe(true);
    expect(isGermanOnlyPath("/status")).toBe(false);
    expect(isGermanOnlyPath("/verwaltungsgemeinschaft-x")).toBe(false);
    // The operator's legal texts are German; the footer's English labels say so (ADR 023).
    expect(isGermanOnlyPath("/impressum")).toBe(true);
    expect(isGermanOnlyPath("/leichte-sprache")).toBe(true);
    expect(isGermanOnlyPath("/impressum-x")).toBe(false);
  });

  it("format sizes as people read them", () => {
    expect(formatBytes(10 * 1024 * 1024, "de")).toBe("10 MB");
    expect(formatBytes(1.5 * 1024 * 1024, "de")).toBe("1,5 MB");
    expect(formatBytes(84211, "en")).toBe("82.2 KB");
  });
});
