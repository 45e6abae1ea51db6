import { describe, expect, it } from "vitest";
import { foldForSearch, slugify } from "~/lib/text-folding";

describe("slugify", () => {
  it.each([
    ["Sömmerda", "soemmerda"],
    ["Rastenberg", "rastenberg"],
    ["Heringen/Helme", "heringen-helme"],
    ["Straußfurt", "straussfurt"],
    ["Großmölsen", "grossmoelsen"],
    ["Kyffhäuserland", "kyffhaeuserland"],
  ])("%s → %s", (name, slug) => expect(slugify(name)).toBe(slug));
});

describe("foldForSearch", () => {
  it("makes every way of typing an umlaut meet", () => {
    const target = foldForSearch("Sömmerda");
    for (const typed of ["Sömmerda", "Soemmerda", "Sommerda", "SÖMMERDA", "sömmerda "]) {
      expect(foldForSearch(typed)).toBe(target);
    }
  });
  it("ignores punctuation and spaces", () => {
    expect(foldForSearch("Heringen / Helme")).toBe(foldForSearch("Heringen/Helme"));
  });
});
