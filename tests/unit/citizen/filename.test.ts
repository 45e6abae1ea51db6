import { describe, expect, it } from "vitest";
import { FALLBACK_FILE_NAME, safeFileName } from "~/server/uploads/filename";

describe("file names shown to people", () => {
  it("keeps only the last path part", () => {
    expect(safeFileName("C:\\Users\\anna\\Scan 01.pdf")).toBe("Scan 01.pdf");
    expect(safeFileName("../../etc/passwd")).toBe("passwd");
  });

  it("removes control and bidirectional characters that disguise a name", () => {
    expect(safeFileName("rechnung\u202Efdp.exe")).toBe("rechnungfdp.exe");
    expect(safeFileName("a\u0000b\u0007c.pdf")).toBe("abc.pdf");
    expect(safeFileName("zero\u200Bwidth.pdf")).toBe("zerowidth.pdf");
  });

  it("keeps umlauts and other scripts, in NFC", () => {
    expect(safeFileName("Bescheinigung Müller-Lüdenscheidt.pdf")).toBe("Bescheinigung Müller-Lüdenscheidt.pdf");
    expect(safeFileName("Łukasz Nowak-Ščerba.jpg")).toBe("Łukasz Nowak-Ščerba.jpg");
    expect(safeFileName("Mu\u0308ller.pdf")).toBe("Müller.pdf");
  });

  it("shortens long names and keeps the extension; empty names get a fallback", () => {
    const long = safeFileName(`${"x".repeat(400)}.pdf`);
    expect([...long].length).toBeLessThanOrEqual(255);
    expect(long.endsWith(".pdf")).toBe(true);
    expect(safeFileName("   ")).toBe(FALLBACK_FILE_NAME);
    expect(safeFileName("...")).toBe(FALLBACK_FILE_NAME);
  });
});
