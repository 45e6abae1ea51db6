import { describe, expect, it } from "vitest";
import { characterCount, tooLongMessage } from "~/server/cases/text-limits";

describe("text limits", () => {
  it("count characters, not UTF-16 units: an emoji is one character", () => {
    expect(characterCount("😀".repeat(3000))).toBe(3000);
    expect("😀".repeat(3000).length).toBe(6000);
    expect(characterCount("Straße")).toBe(6);
  });

  it("tell the limit and the length in characters", () => {
    expect(tooLongMessage("Der Vermerk", characterCount("😀".repeat(5001)), 5000)).toContain(
      "höchstens 5.000 Zeichen, Ihr Text hat 5.001 Zeichen",
    );
  });
});
