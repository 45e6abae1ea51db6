import { describe, expect, it } from "vitest";
import { renderReceipt, type ReceiptInput } from "~/server/receipt/render-receipt.server";
import { LONG_VALUE, sampleReceipt } from "./fixtures";
import { extractPdf, normalizeSpace, stripSpace, type ExtractedPdf } from "../../support/pdf-text";

const HEADER_DE = /Vorgang \S+ – Seite \d+ von \d+/g;

/** All text without the running headers, so values continuing on the next page read as one piece. */
const bodyText = (pdf: ExtractedPdf, header = HEADER_DE): string => pdf.pages.join("\n").replace(header, "\n");

describe("renderReceipt", () => {
  const input = sampleReceipt();
  const rendered = renderReceipt(input).then(async (bytes) => ({ bytes, pdf: await extractPdf(bytes) }));

  it("produces a multi-page PDF with a running header on every page", async () => {
    const { bytes, pdf } = await rendered;
    expect(new TextDecoder("latin1").decode(bytes.subarray(0, 8))).toBe("%PDF-1.7");
    expect(pdf.numPages).toBeGreaterThanOrEqual(2);
    pdf.pages.forEach((text, index) => {
      expect(normalizeSpace(text)).toContain(`Vorgang VGKOE-2026-000042 – Seite ${index + 1} von ${pdf.numPages}`);
    });
  });

  it("shows letterhead, title and key facts", async () => {
    const text = normalizeSpace(bodyText((await rendered).pdf));
    expect(text).toContain("Stadt Köln – Amt für Kinder, Jugend und Familie");
    expect(text).toContain("Ottmar-Pohl-Platz 1 · 51103 Köln");
    expect(text).toContain("Eingangsbestätigung");
    expect(text).toContain("Vorgangsnummer VGKOE-2026-000042");
    expect(text).toContain("Eingegangen am 25.11.2026, 14:03 Uhr"); // 13:03 UTC = 14:03 CET
    expect(text).toContain("Leistung Antrag auf einen Betreuungsplatz in einer Kindertageseinrichtung");
    expect(text).toContain("LeiKa-Schlüssel 99012003001000");
    expect(text).toContain("Formularversion 3");
    expect(text).toContain("Łukasz Nowak-Ščerba");
  });

  it("contains every section, label and value (Latin Extended, Greek, Cyrillic included)", async () => {
    const text = bodyText((await rendered).pdf);
    const normalized = normalizeSpace(text);
    const stripped = stripSpace(text);
    for (const section of input.sections) {
      expect(normalized).toContain(section.title);
      for (const { label, value } of section.rows) {
        expect(stripped).toContain(stripSpace(label));
        expect(stripped).toContain(stripSpace(value));
        if (value.length < 100) expect(normalized).toContain(`${label} ${normalizeSpace(value)}`);
      }
    }
    expect(normalized).toContain("Kind 3 – Vorname Αλέξανδρος");
    expect(normalized).toContain("Kind 4 – Vorname Дмитрий");
  });

  it("wraps the 10k-character value over several pages without losing a character", async () => {
    const { pdf } = await rendered;
    expect(LONG_VALUE.length).toBeGreaterThan(10_000);
    expect(stripSpace(bodyText(pdf))).toContain(stripSpace(LONG_VALUE));
    expect(pdf.numPages).toBeGreaterThanOrEqual(4);
  });

  it("lists attachments with human-readable size and SHA-256, the data hash and how to check the status", async () => {
    const text = normalizeSpace(bodyText((await rendered).pdf));
    expect(text).toContain("Geburtsurkunde_Kind_1.pdf (1,2 MB)");
    expect(text).toContain("Arbeitgeberbescheinigung.jpg (510,7 KB)");
    for (const attachment of input.attachments) expect(text).toContain(`SHA-256: ${attachment.sha256}`);
    expect(text).toContain(input.dataHash);
    expect(text).toContain("https://buergerportal.example.de/status");
    expect(text).toContain("mit Vorgangsnummer und Zugangscode");
  });

  it("sets title, author, subject, language, creator/producer and the creation date", async () => {
    const { info } = (await rendered).pdf;
    expect(info.Title).toBe("Eingangsbestätigung VGKOE-2026-000042");
    expect(info.Author).toBe("Stadt Köln – Amt für Kinder, Jugend und Familie");
    expect(info.Subject).toContain("Antrag auf einen Betreuungsplatz");
    expect(info.Language).toBe("de-DE");
    expect(info.Creator).toBe("Bürgerportal");
    expect(info.Producer).toBe("Bürgerportal");
    expect(info.CreationDate).toBe("D:20261125130327Z");
    expect(info.ModDate).toBe("D:20261125130327Z");
  });

  it("gives byte-identical output for identical input, also after rendering other receipts", async () => {
    const { bytes } = await rendered;
    const again = await renderReceipt(sampleReceipt());
    expect(Buffer.from(again).equals(Buffer.from(bytes))).toBe(true);
    // Other receipts (other glyphs, other fonts loaded) must not change the result.
    await renderReceipt(sampleReceipt({ lang: "en", caseNumber: "Ωмега-1", dataHash: "ǅ ẞ ₴ ℓ" }));
    const third = await renderReceipt(sampleReceipt());
    expect(Buffer.from(third).equals(Buffer.from(bytes))).toBe(true);
    const other = await renderReceipt(sampleReceipt({ caseNumber: "VGKOE-2026-000043" }));
    expect(Buffer.from(other).equals(Buffer.from(bytes))).toBe(false);
  });

  it("embeds only subset fonts with a content-derived document ID", async () => {
    const raw = new TextDecoder("latin1").decode((await rendered).bytes);
    expect(raw).toMatch(/\/BaseFont ?\/[A-Z]{6}\+NotoSans-Regular/);
    expect(raw).toMatch(/\/ID ?\[ ?<[0-9A-F]{32}> ?<[0-9A-F]{32}> ?\]/i);
    expect(raw).toContain("/ToUnicode");
    expect(raw).not.toContain("/AcroForm");
  });
});

describe("renderReceipt with hostile input", () => {
  const hostile: ReceiptInput = sampleReceipt({
    authority: { name: "<b>Amt</b>\u202E\u0000 für Tests", street: "\u0007Weg 1", postalCode: null, city: undefined, email: null },
    service: { title: "Antrag <script>alert('x')</script>", leikaKey: null, version: 1 },
    sections: [
      {
        title: "Schritt \u202E1",
        rows: [
          { label: "<script>alert('label')</script>", value: "<img src=x onerror=alert(1)>" },
          { label: "RLO", value: "\u202Eevil" },
          { label: "Steuerzeichen", value: "a\u0000b\u0007c\u001bd\r\ne\tf" },
          { label: "Emoji 😀", value: "Hallo 😀 Welt 👍🏽" },
          { label: "Bidi", value: "\u2066isoliert\u2069 \u200Fmarkiert\u200E" },
          { label: "Lone surrogate", value: "x\ud800y" },
          { label: "Lange Zeile ohne Leerzeichen", value: "W".repeat(10_000) },
          { label: "Viele Zeilenumbrüche", value: "\n".repeat(10_000) + "Ende" },
          { label: "Riesig", value: "Riesenfeld ".repeat(20_000) },
          { label: "", value: "" },
          { label: "Nicht-String", value: null as unknown as string },
          { label: "Danach", value: "Der Rest ist noch da" },
        ],
      },
    ],
    attachments: [{ name: "\u202Egpj.exe", size: Number.NaN, sha256: "<sha>" }],
    statusUrl: "javascript:alert(1)",
  });

  it("does not throw and keeps the remaining text", async () => {
    const bytes = await renderReceipt(hostile);
    const pdf = await extractPdf(bytes);
    const all = pdf.pages.join("\n");
    const text = normalizeSpace(bodyText(pdf));
    expect(text).toContain("VGKOE-2026-000042");
    expect(text).toContain("<script>alert('label')</script> <img src=x onerror=alert(1)>");
    expect(text).toContain("RLO evil");
    expect(text).toContain("Steuerzeichen abcd");
    expect(text).toContain("Hallo ? Welt ??");
    expect(text).toContain("Bidi isoliert markiert");
    expect(text).toContain("x?y");
    expect(stripSpace(bodyText(pdf))).toContain("W".repeat(10_000));
    expect(text).toContain("Ende");
    expect(text).toContain("[…]");
    expect(text).toContain("Danach Der Rest ist noch da");
    expect(text).toContain("gpj.exe");
    expect(text).toContain("javascript:alert(1)");
    expect(all).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u202a-\u202e\u2066-\u2069\u200e\u200f]/);
    expect(pdf.info.Author).toBe("<b>Amt</b> für Tests");
  });

  it("does not turn a non-http status URL into a link", async () => {
    const raw = new TextDecoder("latin1").decode(await renderReceipt(hostile));
    expect(raw).not.toMatch(/\/Subtype ?\/Link/);
    const normal = new TextDecoder("latin1").decode(await renderReceipt(sampleReceipt()));
    expect(normal).toMatch(/\/Subtype ?\/Link/);
  });

  it("rejects an invalid date with a TypeError", async () => {
    await expect(renderReceipt(sampleReceipt({ receivedAt: new Date("nope") }))).rejects.toThrow(TypeError);
  });
});

describe("renderReceipt in English", () => {
  it("uses English labels, running header and language", async () => {
    const pdf = await extractPdf(await renderReceipt(sampleReceipt({ lang: "en", attachments: [] })));
    const text = normalizeSpace(pdf.pages.join("\n"));
    expect(text).toContain("Confirmation of receipt");
    expect(text).toContain("Case number VGKOE-2026-000042");
    expect(text).toContain(`Case VGKOE-2026-000042 – page 1 of ${pdf.numPages}`);
    expect(text).toContain("No attachments were submitted.");
    expect(text).toContain("with your case number and access code");
    expect(pdf.info.Language).toBe("en-GB");
    expect(pdf.info.Title).toBe("Confirmation of receipt VGKOE-2026-000042");
  });
});
