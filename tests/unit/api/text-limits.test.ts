import { describe, expect, it } from "vitest";
import { translate } from "~/lib/i18n/translate";
import { tooLongText } from "~/server/cases/case-refusal-texts";
import { characterCount } from "~/server/cases/text-limits";

describe("text limits", () => {
  it("count characters, not UTF-16 units: an emoji is one character", () => {
    expect(characterCount("😀".repeat(3000))).toBe(3000);
    expect("😀".repeat(3000).length).toBe(6000);
    expect(characterCount("Straße")).toBe(6);
  });

  it("tell the limit and the length in characters, in the number format of the language", () => {
    const { key, values } = tooLongText("note", characterCount("😀".repeat(5001)), 5000);
    expect(translate("de", key, values)).toContain("höchstens 5.000 Zeichen, Ihr Text hat 5.001 Zeichen");
    expect(translate("en", key, values)).toContain("at most 5,000 characters are allowed, your text has 5,001 characters");
  });
});
