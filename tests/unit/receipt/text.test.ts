import { describe, expect, it } from "vitest";
import { measureText, wrapText } from "~/server/receipt/text/line-breaker";
import { sanitizeLine, sanitizeMultiline } from "~/server/receipt/text/sanitize";

describe("sanitizeMultiline", () => {
  it("removes control, bidi and zero-width characters but keeps line breaks", () => {
    expect(sanitizeMultiline("a\u0000b\u0007c\u001b\u007f\u0085d")).toBe("abc\nd");
    expect(sanitizeMultiline("\u202Eevil\u202C \u2066x\u2069 \u200Fy\u200E z\u200B\u00AD")).toBe("evil x y z");
    expect(sanitizeMultiline("one\r\ntwo\rthree\u2028four")).toBe("one\ntwo\nthree\nfour");
    expect(sanitizeMultiline("tab\there\u00A0nbsp")).toBe("tab here nbsp");
  });

  it("normalises to NFC, replaces lone surrogates and keeps astral characters", () => {
    expect(sanitizeMultiline("S\u030Cc\u030Cerba")).toBe("Ščerba");
    expect(sanitizeMultiline("x\ud800y\udc00z")).toBe("x?y?z");
    expect(sanitizeMultiline("Hallo 😀")).toBe("Hallo 😀");
  });

  it("never throws, bounds the length and collapses runs of blank lines", () => {
    expect(sanitizeMultiline(null)).toBe("");
    expect(sanitizeMultiline(undefined)).toBe("");
    expect(sanitizeMultiline(42)).toBe("42");
    expect(sanitizeMultiline("x".repeat(100), 10)).toBe("xxxxxxxxxx […]");
    expect(sanitizeMultiline("a\n\n\n\n\nb")).toBe("a\n\nb");
  });

  it("sanitizeLine turns line breaks into single spaces", () => {
    expect(sanitizeLine(" Amt\n\nfür\r\nTests ")).toBe("Amt für Tests");
  });
});

describe("wrapText", () => {
  const size = 10;
  const width = 200;
  const fits = (lines: string[]): boolean => lines.every((line) => measureText(line, "regular", size) <= width + 1e-9);

  it("breaks at spaces and drops the space at the break", () => {
    const text = "Dies ist ein Satz mit mehreren Wörtern, der sicher nicht in eine einzige Zeile der Spalte passt.";
    const lines = wrapText(text, "regular", size, width);
    expect(lines.length).toBeGreaterThan(1);
    expect(fits(lines)).toBe(true);
    expect(lines.join(" ")).toBe(text);
  });

  it("breaks long words and URLs, preferring separators, without losing characters", () => {
    const url = "https://example.org/" + "segment/".repeat(30) + "ende?x=1&y=2";
    const urlLines = wrapText(url, "regular", size, width);
    expect(fits(urlLines)).toBe(true);
    expect(urlLines.join("")).toBe(url);
    for (const line of urlLines.slice(0, -1)) expect(line).toMatch(/[/&?=.]$/);

    const word = "X".repeat(2000);
    const wordLines = wrapText(word, "bold", size, width);
    expect(fits(wordLines)).toBe(true);
    expect(wordLines.join("")).toBe(word);
  });

  it("keeps explicit line breaks and empty lines", () => {
    expect(wrapText("a\n\nb", "regular", size, width)).toEqual(["a", "", "b"]);
    expect(wrapText("", "regular", size, width)).toEqual([""]);
  });

  it("can end lines broken at a space or line break with one space, so joined lines read as the text", () => {
    const options = { keepWordBoundaries: true };
    const text = "Dies ist ein Satz mit mehreren Wörtern, der sicher nicht in eine einzige Zeile der Spalte passt.\nZweiter Absatz";
    const lines = wrapText(text, "regular", size, width, options);
    expect(lines.length).toBeGreaterThan(2);
    expect(lines.join("")).toBe(text.replace("\n", " "));
    expect(lines.map((line) => line.trimEnd())).toEqual(wrapText(text, "regular", size, width));
    // A URL broken at its separators gets no space: the characters still join to the URL.
    const url = "https://example.org/" + "segment/".repeat(30);
    expect(wrapText(url, "regular", size, width, options).join("")).toBe(url);
    expect(wrapText("a\n\nb", "regular", size, width, options)).toEqual(["a ", "", "b"]);
  });

  it("measures characters from fallback faces and missing characters as '?'", () => {
    expect(measureText("Ł", "regular", size)).toBeGreaterThan(0);
    expect(measureText("😀", "regular", size)).toBeCloseTo(measureText("?", "regular", size));
    expect(measureText("Łukasz", "bold", size)).toBeGreaterThan(measureText("Łukasz", "regular", size));
  });
});
