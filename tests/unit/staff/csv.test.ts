import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { csvCell, csvDocument, csvRow } from "~/server/cases/csv";

describe("CSV for German spreadsheets", () => {
  it("starts with a UTF-8 byte order mark, separates with ; and ends lines with CRLF", () => {
    const text = csvDocument(["Name", "Ort"], [["Łukasz", "Sömmerda"]]);
    expect(text.startsWith("\uFEFFName;Ort\r\n")).toBe(true);
    expect(text).toBe("\uFEFFName;Ort\r\nŁukasz;Sömmerda\r\n");
  });

  it.each([
    ['=HYPERLINK("http://x")', '"\'=HYPERLINK(""http://x"")"'],
    ["+49 3635 1234", "'+49 3635 1234"],
    ["-2+3", "'-2+3"],
    ["@SUM(A1)", "'@SUM(A1)"],
    ["\t=1", "'\t=1"],
    ["\r=1", '"\'\r=1"'],
  ])("neutralises a formula: %j → %j", (input, expected) => {
    expect(csvCell(input)).toBe(expected);
  });

  it("quotes separators, quotes, line breaks and edge spaces", () => {
    expect(csvCell("Müller; Schmidt")).toBe('"Müller; Schmidt"');
    expect(csvCell('Sagt "Hallo"')).toBe('"Sagt ""Hallo"""');
    expect(csvCell("Zeile 1\nZeile 2")).toBe('"Zeile 1\nZeile 2"');
    expect(csvCell(" x ")).toBe('" x "');
    expect(csvCell("Kölleda")).toBe("Kölleda");
    expect(csvCell(null)).toBe("");
    expect(csvCell(42)).toBe("42");
    expect(csvRow(["a", null, 3])).toBe("a;;3");
  });

  it("never lets a cell start a formula or break out of its field (property)", () => {
    fc.assert(
      fc.property(fc.string(), (value) => {
        const cell = csvCell(value);
        const inner = cell.startsWith('"') ? cell.slice(1, -1).replace(/""/g, '"') : cell;
        expect(/^[=+\-@\t\r]/.test(inner)).toBe(false);
        if (/[;"\r\n]/.test(cell.startsWith('"') ? "" : cell)) throw new Error(`unquoted special character in ${cell}`);
        // Unquoting gives back the (possibly apostrophe-prefixed) original.
        expect(inner === value || inner === `'${value}`).toBe(true);
      }),
    );
  });
});
