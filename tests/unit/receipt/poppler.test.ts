import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { renderReceipt } from "~/server/receipt/render-receipt.server";
import { sanitizeMultiline } from "~/server/receipt/text/sanitize";
import { normalizeSpace } from "../../support/pdf-text";
import { sampleReceipt } from "./fixtures";

/**
 * The receipt read by a second, independent PDF implementation: Poppler (poppler-utils, installed
 * by .ci/run) reports the tagging and prints the structure tree with its text and the page text.
 */

interface PopplerElement {
  role: string;
  text: string;
  attributes: string[];
  kids: PopplerElement[];
}

/** Parses `pdfinfo -struct-text`: two spaces of indentation per level, roles, "/Attr values" and quoted text. */
function parseStructText(output: string): PopplerElement {
  const root: PopplerElement = { role: "(root)", text: "", attributes: [], kids: [] };
  const stack: Array<{ depth: number; element: PopplerElement }> = [{ depth: -1, element: root }];
  for (const line of output.split("\n")) {
    if (!line.trim()) continue;
    const depth = (line.length - line.trimStart().length) / 2;
    const content = line.trim();
    while (stack.length > 1 && stack[stack.length - 1].depth >= depth) stack.pop();
    const parent = stack[stack.length - 1].element;
    if (content.startsWith('"')) parent.text += content.slice(1, -1);
    else if (content.startsWith("/")) parent.attributes.push(content);
    else if (content.startsWith("Object ")) continue;
    else {
      const element: PopplerElement = {
        role: content.replace(/ \((block|inline)\)$/, "").replace(/:$/, ""),
        text: "",
        attributes: [],
        kids: [],
      };
      parent.kids.push(element);
      stack.push({ depth, element });
    }
  }
  return root;
}

const flatten = (element: PopplerElement): PopplerElement[] => [element, ...element.kids.flatMap(flatten)];
const fullText = (element: PopplerElement): string => normalizeSpace([element.text, ...element.kids.map(fullText)].join(" "));

function poppler(tool: string, args: string[]): string {
  try {
    return execFileSync(tool, args, { encoding: "utf8", maxBuffer: 16 * 1024 * 1024 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") throw new Error(`${tool} not found: install poppler-utils (.ci/run does)`);
    throw error;
  }
}

describe("receipt read by Poppler", () => {
  const input = sampleReceipt();
  let dir = "";
  let file = "";

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "receipt-poppler-"));
    file = join(dir, "receipt.pdf");
    writeFileSync(file, await renderReceipt(input));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("reports a tagged PDF 1.7 with a metadata stream and the document title", () => {
    const info = poppler("pdfinfo", [file]);
    expect(info).toMatch(/^Tagged:\s+yes$/m);
    expect(info).toMatch(/^Metadata Stream:\s+yes$/m);
    expect(info).toMatch(/^Title:\s+Eingangsbestätigung VGKOE-2026-000042$/m);
    expect(info).toMatch(/^PDF version:\s+1\.7$/m);
    expect(poppler("pdfinfo", ["-meta", file])).toContain("<pdfaid:part>2</pdfaid:part>");
  });

  it("finds the headings and one table row per answer, with label and value, in the structure tree", () => {
    const tree = parseStructText(poppler("pdfinfo", ["-struct-text", file]));
    expect(tree.kids.map((e) => e.role)).toEqual(["Document"]);
    const [document] = tree.kids;
    const all = flatten(document);
    expect(all.filter((e) => /^H\d$/.test(e.role)).map((e) => `${e.role} ${fullText(e)}`)).toEqual([
      "H1 Eingangsbestätigung",
      "H2 Ihre Angaben",
      ...input.sections.map((s) => `H3 ${s.title}`),
      "H2 Anlagen",
      "H2 Prüfsumme",
      "H2 Bearbeitungsstand",
    ]);
    const answerRows = document.kids
      .filter((e, i) => e.role === "Table" && document.kids[i - 1]?.role === "H3")
      .flatMap((table) => table.kids);
    const answers = input.sections.flatMap((s) => s.rows);
    expect(answerRows).toHaveLength(answers.length);
    answerRows.forEach((row, i) => {
      expect(row.kids.map((cell) => cell.role)).toEqual(["TH", "TD"]);
      expect(row.kids[0].attributes).toContain("/Scope /Row");
      expect(fullText(row.kids[0])).toBe(normalizeSpace(answers[i].label));
      expect(fullText(row.kids[1])).toBe(normalizeSpace(sanitizeMultiline(answers[i].value)));
    });
    expect(all.filter((e) => e.role === "Link").map(fullText)).toEqual([input.statusUrl]);
  });

  it("extracts the first page's text in reading order", () => {
    const text = normalizeSpace(poppler("pdftotext", ["-f", "1", "-l", "1", file, "-"]));
    const order = [
      "Stadt Köln – Amt für Kinder",
      "Eingangsbestätigung",
      "Ihr Antrag ist elektronisch",
      "Vorgangsnummer",
      "VGKOE-2026-000042",
      "Eingegangen am",
      "Ihre Angaben",
      input.sections[0].title,
      "Vorname",
      "Łukasz",
    ].map((part) => text.indexOf(part, text.indexOf("Seite 1 von") + 1));
    expect(order).not.toContain(-1);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });
});
