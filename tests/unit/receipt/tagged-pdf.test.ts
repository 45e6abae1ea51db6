import { describe, expect, it } from "vitest";
import { renderReceipt } from "~/server/receipt/render-receipt.server";
import { translate } from "~/lib/i18n/translate";
import { sanitizeMultiline } from "~/server/receipt/text/sanitize";
import { flatten, readTaggedPdf, type TaggedElement, type TaggedPdf } from "../../support/pdf-structure";
import { normalizeSpace } from "../../support/pdf-text";
import { sampleReceipt } from "./fixtures";

/** The elements directly under Document, with the tables that follow each H3. */
function answerTables(root: TaggedElement): Array<{ heading: string; table?: TaggedElement }> {
  const out: Array<{ heading: string; table?: TaggedElement }> = [];
  root.kids.forEach((kid, index) => {
    if (kid.role !== "H3") return;
    const next = root.kids[index + 1];
    out.push({ heading: kid.text, table: next?.role === "Table" ? next : undefined });
  });
  return out;
}

const xmpValue = (xmp: string, property: string): string | undefined => {
  const match = new RegExp(`<${property}>(?:<rdf:(?:Alt|Seq|Bag)><rdf:li[^>]*>)?([^<]*)<`).exec(xmp);
  return match?.[1].replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
};

/** Every MCID drawn is referenced once from the tree, every referenced MCID is drawn, and the parent tree agrees. */
function expectConsistentMarkedContent(pdf: TaggedPdf): void {
  const owners = new Map<string, string>();
  const annotationOwners = new Map<string, string>();
  for (const element of flatten(pdf.root)) {
    for (const { page, mcid } of element.content) {
      const key = `${page}:${mcid}`;
      expect(owners.has(key), `MCID ${key} referenced twice`).toBe(false);
      owners.set(key, element.ref);
    }
    for (const annotation of element.annotations) annotationOwners.set(annotation, element.ref);
  }
  const drawn = pdf.pages.flatMap((page, index) => page.mcids.map((mcid) => `${index}:${mcid}`));
  expect(new Set(drawn).size).toBe(drawn.length);
  expect([...owners.keys()].sort()).toEqual([...drawn].sort());

  pdf.pages.forEach((page, index) => {
    expect(page.structParents).toBe(index);
    expect(page.tabs).toBe("S");
    expect(page.unmarkedOperators).toEqual([]);
    const parents = pdf.parentTree.get(index) as string[];
    expect(parents).toHaveLength(page.mcids.length);
    for (const mcid of page.mcids) expect(parents[mcid]).toBe(owners.get(`${index}:${mcid}`));
    for (const annotation of page.annotations) {
      expect(annotation.structParent).toBeGreaterThanOrEqual(pdf.pages.length);
      expect(pdf.parentTree.get(annotation.structParent!)).toBe(annotationOwners.get(annotation.ref));
    }
  });
  const keys = [...pdf.parentTree.keys()];
  expect(pdf.parentTreeNextKey).toBe(Math.max(...keys) + 1);
}

describe("tagged receipt (PDF/UA-1)", () => {
  const input = sampleReceipt();
  const tagged = renderReceipt(input).then(readTaggedPdf);

  it("declares itself tagged, in the case's language, with its title shown", async () => {
    const pdf = await tagged;
    expect(pdf.marked).toBe(true);
    expect(pdf.lang).toBe("de-DE");
    expect(pdf.displayDocTitle).toBe(true);
    expect(pdf.title).toBe("Eingangsbestätigung VGKOE-2026-000042");
    expect(pdf.hasDocumentId).toBe(true);
  });

  it("has a Document with one H1, the H2 sections and an H3 per form step", async () => {
    const { root } = await tagged;
    expect(root.role).toBe("Document");
    const all = flatten(root);
    const headings = all.filter((e) => /^H\d$/.test(e.role)).map((e) => `${e.role} ${e.text}`);
    expect(headings).toEqual([
      "H1 Eingangsbestätigung",
      "H2 Ihre Angaben",
      ...input.sections.map((section) => `H3 ${section.title}`),
      "H2 Anlagen",
      "H2 Prüfsumme",
      "H2 Bearbeitungsstand",
    ]);
    expect(root.kids.slice(0, 3).map((e) => e.role)).toEqual(["P", "P", "P"]); // letterhead
    expect(root.kids[0].text).toBe("Stadt Köln – Amt für Kinder, Jugend und Familie");
    expect(all.filter((e) => e.role === "L")).toHaveLength(1);
    expect(all.filter((e) => e.role === "LI").map((e) => e.text)).toEqual([
      `1. Geburtsurkunde_Kind_1.pdf (1,2 MB) SHA-256: ${input.attachments[0].sha256}`,
      `2. Arbeitgeberbescheinigung.jpg (510,7 KB) SHA-256: ${input.attachments[1].sha256}`,
    ]);
  });

  it("puts each form step's answers in a table, one TR per answer with a row-header TH and a TD", async () => {
    const { root } = await tagged;
    const tables = answerTables(root);
    expect(tables.map((t) => t.heading)).toEqual(input.sections.map((s) => s.title));
    let rows = 0;
    tables.forEach(({ table }, index) => {
      const answers = input.sections[index].rows;
      expect(table?.kids.map((kid) => kid.role)).toEqual(answers.map(() => "TR"));
      table!.kids.forEach((row, r) => {
        expect(row.kids.map((cell) => cell.role)).toEqual(["TH", "TD"]);
        expect(row.kids[0].scope).toBe("Row");
        expect(row.kids[0].text).toBe(normalizeSpace(answers[r].label));
        expect(row.kids[1].text).toBe(normalizeSpace(sanitizeMultiline(answers[r].value)));
      });
      rows += table!.kids.length;
    });
    expect(rows).toBe(input.sections.reduce((sum, section) => sum + section.rows.length, 0));
    expect(rows).toBeGreaterThanOrEqual(60);
  });

  it("keeps a value that continues on the next page in one cell, referenced per page", async () => {
    const { root } = await tagged;
    const longCell = answerTables(root).at(-1)!.table!.kids[0].kids[1];
    const pages = new Set(longCell.content.map((c) => c.page));
    expect(pages.size).toBeGreaterThanOrEqual(2);
    expect(longCell.content).toHaveLength(pages.size);
  });

  it("shows the key facts as a table of their own", async () => {
    const { root } = await tagged;
    const facts = root.kids[root.kids.findIndex((e) => e.role === "H1") + 2];
    expect(facts.role).toBe("Table");
    expect(facts.kids.map((row) => row.text)).toEqual([
      "Vorgangsnummer VGKOE-2026-000042",
      "Eingegangen am 25.11.2026, 14:03 Uhr",
      "Leistung Antrag auf einen Betreuungsplatz in einer Kindertageseinrichtung",
      "LeiKa-Schlüssel 99012003001000",
      "Formularversion 3",
      "Zuständige Stelle Stadt Köln – Amt für Kinder, Jugend und Familie",
    ]);
  });

  it("references every piece of page content from the tree; headers and rules are artifacts", async () => {
    const pdf = await tagged;
    expectConsistentMarkedContent(pdf);
    // The running header is drawn but belongs to no element.
    expect(flatten(pdf.root).some((e) => e.text.includes("Seite 1 von"))).toBe(false);
  });

  it("nests the status link annotation in a Link element, printable and described", async () => {
    const pdf = await tagged;
    const links = flatten(pdf.root).filter((e) => e.role === "Link");
    expect(links).toHaveLength(1);
    expect(links[0].text).toBe("https://buergerportal.example.de/status");
    const annotations = pdf.pages.flatMap((page) => page.annotations);
    expect(annotations).toHaveLength(1);
    expect(links[0].annotations).toEqual([annotations[0].ref]);
    expect(annotations[0].flags).toBe(4);
    expect(annotations[0].contents).toBe(translate("de", "receipt.statusLink"));
  });

  it("reads in document order: letterhead, title, facts, answers, attachments, checksum, status", async () => {
    const { root } = await tagged;
    const order = [
      "Stadt Köln – Amt für Kinder",
      "Eingangsbestätigung",
      "Ihr Antrag ist elektronisch",
      "Vorgangsnummer VGKOE-2026-000042",
      "Ihre Angaben",
      "Vorname Łukasz",
      "Kind 4 – Vorname Дмитрий",
      "Begründung des Antrags",
      "Anlagen",
      "Prüfsumme",
      "Bearbeitungsstand",
      "Diese Bestätigung wurde maschinell erstellt",
    ].map((part) => root.text.indexOf(part));
    expect(order).not.toContain(-1);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    // Words broken across lines stay apart.
    expect(root.text).toContain("Bitte bewahren Sie diese Bestätigung zusammen mit Ihrem Zugangscode auf.");
  });
});

describe("archival receipt (PDF/A-2b)", () => {
  const tagged = renderReceipt(sampleReceipt()).then(readTaggedPdf);

  it("identifies PDF/A-2b and PDF/UA-1 in XMP metadata that matches the Info dictionary", async () => {
    const { xmp, title } = await tagged;
    expect(xmp).toBeDefined();
    expect(xmpValue(xmp!, "pdfaid:part")).toBe("2");
    expect(xmpValue(xmp!, "pdfaid:conformance")).toBe("B");
    expect(xmpValue(xmp!, "pdfuaid:part")).toBe("1");
    expect(xmp).toContain("<pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>");
    expect(xmpValue(xmp!, "dc:title")).toBe(title);
    expect(xmpValue(xmp!, "dc:language")).toBe("de-DE");
    expect(xmpValue(xmp!, "dc:creator")).toBe("Stadt Köln – Amt für Kinder, Jugend und Familie");
    expect(xmpValue(xmp!, "xmp:CreateDate")).toBe("2026-11-25T13:03:27Z");
    expect(xmpValue(xmp!, "pdf:Producer")).toBe("Bürgerportal");
    expect(xmp).toMatch(/^<\?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"\?>/);
    expect(xmp).toMatch(/<\?xpacket end="w"\?>$/);
  });

  it("has an sRGB output intent whose profile is a valid ICC display profile with the sRGB curve", async () => {
    const { outputIntents } = await tagged;
    expect(outputIntents).toHaveLength(1);
    const [intent] = outputIntents;
    expect(intent.subtype).toBe("GTS_PDFA1");
    expect(intent.identifier).toBe("sRGB IEC61966-2.1");
    expect(intent.components).toBe(3);
    const icc = Buffer.from(intent.profile!);
    expect(icc.readUInt32BE(0)).toBe(icc.length);
    expect(icc.readUInt32BE(8)).toBe(0x02100000);
    expect(icc.toString("latin1", 12, 24)).toBe("mntrRGB XYZ ");
    expect(icc.toString("latin1", 36, 40)).toBe("acsp");
    const tags = new Map<string, { offset: number; size: number }>();
    for (let i = 0; i < icc.readUInt32BE(128); i++) {
      const at = 132 + 12 * i;
      tags.set(icc.toString("latin1", at, at + 4), { offset: icc.readUInt32BE(at + 4), size: icc.readUInt32BE(at + 8) });
    }
    expect([...tags.keys()].sort()).toEqual(["bTRC", "bXYZ", "cprt", "desc", "gTRC", "gXYZ", "rTRC", "rXYZ", "wtpt"]);
    for (const { offset, size } of tags.values()) expect(offset + size).toBeLessThanOrEqual(icc.length);
    const curve = tags.get("rTRC")!;
    expect(icc.toString("latin1", curve.offset, curve.offset + 4)).toBe("curv");
    const points = icc.readUInt32BE(curve.offset + 8);
    const at = (x: number): number => icc.readUInt16BE(curve.offset + 12 + 2 * Math.round(x * (points - 1))) / 65535;
    expect(at(0)).toBe(0);
    expect(at(1)).toBe(1);
    expect(at(0.5)).toBeCloseTo(0.214, 2); // sRGB mid-grey is 21.4 % linear light
  });
});

describe("tagged receipt in English", () => {
  it("sets /Lang and XMP language to English and uses the English catalogue texts", async () => {
    const pdf = await readTaggedPdf(await renderReceipt(sampleReceipt({ lang: "en" })));
    expect(pdf.lang).toBe("en-GB");
    expect(xmpValue(pdf.xmp!, "dc:language")).toBe("en-GB");
    const headings = flatten(pdf.root).filter((e) => e.role === "H1" || e.role === "H2");
    expect(headings.map((e) => e.text)).toEqual([
      translate("en", "receipt.title"),
      translate("en", "receipt.answers"),
      translate("en", "receipt.attachments"),
      translate("en", "receipt.checksum"),
      translate("en", "receipt.status"),
    ]);
    expect(pdf.pages.flatMap((page) => page.annotations)[0].contents).toBe(translate("en", "receipt.statusLink"));
  });
});

describe("tagged receipt with hostile metadata and edge cases", () => {
  it("escapes XMP, keeps it equal to the Info dictionary, and stays consistent without link or attachments", async () => {
    const bytes = await renderReceipt(
      sampleReceipt({
        caseNumber: "A&B <x> \uffff",
        statusUrl: "javascript:alert(1)",
        attachments: [],
        sections: [{ title: "Leer", rows: [] }, ...sampleReceipt().sections.slice(0, 1)],
      }),
    );
    const pdf = await readTaggedPdf(bytes);
    expect(pdf.title).toBe("Eingangsbestätigung A&B <x> ?");
    expect(xmpValue(pdf.xmp!, "dc:title")).toBe(pdf.title);
    expect(pdf.xmp).toContain("A&amp;B &lt;x&gt;");
    expect(flatten(pdf.root).filter((e) => e.role === "Link")).toHaveLength(0);
    expect(pdf.pages.flatMap((page) => page.annotations)).toHaveLength(0);
    const tables = answerTables(pdf.root);
    expect(tables[0]).toEqual({ heading: "Leer", table: undefined });
    expect(tables[1].table?.kids).toHaveLength(6);
    expectConsistentMarkedContent(pdf);
  });
});
