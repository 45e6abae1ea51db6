import { describe, expect, it } from "vitest";
import { PdfFile, pdfAsciiString, pdfDate, pdfHexBytes, pdfTextString } from "../../../app/server/receipt/pdf/pdf-file";

const latin1 = (bytes: Uint8Array) => Buffer.from(bytes).toString("latin1");

/** Reads the cross-reference table the way a strict reader does: from startxref, offset by offset. */
function crossReference(text: string): { size: number; offsets: number[] } {
  const startxref = Number(/startxref\n(\d+)\n%%EOF\n$/.exec(text)![1]);
  expect(text.slice(startxref, startxref + 5)).toBe("xref\n");
  const [, first, count] = /^xref\n(\d+) (\d+)\n/.exec(text.slice(startxref))!.map(Number);
  expect(first).toBe(0);
  const entriesAt = text.indexOf("\n", text.indexOf("\n", startxref) + 1) + 1;
  const offsets: number[] = [];
  for (let i = 0; i < count!; i++) {
    const entry = text.slice(entriesAt + 20 * i, entriesAt + 20 * (i + 1));
    expect(entry).toMatch(/^\d{10} \d{5} [nf] \n$/);
    if (i > 0) offsets.push(Number(entry.slice(0, 10)));
  }
  return { size: count!, offsets };
}

describe("PdfFile", () => {
  it("writes a cross-reference table whose every offset finds its object", () => {
    const file = new PdfFile();
    const later = file.reserve();
    const binary = new Uint8Array([0, 255, 10, 13, 0x81, 101, 110, 100, 115, 116, 114, 101, 97, 109]);
    const stream = file.addStream("/Filter/FlateDecode", binary);
    const root = file.add(`<</Type/Catalog/Pages ${later}>>`);
    file.set(later, `<</Type/Pages/Kids[]/Count 0/Stream ${stream}>>`);
    const info = file.add("<</Title(x)>>");
    const text = latin1(file.toBytes({ root, info, id: "0123456789abcdef0123456789abcdef" }));

    expect(text.startsWith("%PDF-1.7\n%\u0081\u0081\u0081\u0081\n")).toBe(true);
    const { size, offsets } = crossReference(text);
    expect(size).toBe(5);
    offsets.forEach((offset, index) => expect(text.slice(offset)).toMatch(new RegExp(`^${index + 1} 0 obj\\n`)));
    expect(text).toContain(
      `trailer\n<</Size 5/Root ${root}/Info ${info}/ID[<0123456789abcdef0123456789abcdef><0123456789abcdef0123456789abcdef>]>>`,
    );
    // The stream's bytes arrive unchanged, with a /Length that covers exactly them.
    const streamAt = text.indexOf("stream\n", offsets[1]) + "stream\n".length;
    expect(text.slice(offsets[1], streamAt)).toContain(`/Length ${binary.length}>>`);
    expect(text.slice(streamAt, streamAt + binary.length)).toBe(latin1(binary));
    expect(text.slice(streamAt + binary.length)).toMatch(/^\nendstream\nendobj\n/);
  });

  it("refuses to write a file with an object reserved but never written", () => {
    const file = new PdfFile();
    const root = file.add("<</Type/Catalog>>");
    file.reserve();
    expect(() => file.toBytes({ root, info: root, id: "00" })).toThrow(/object 2 was reserved but never written/);
  });
});

describe("PDF strings", () => {
  it("writes any text as UTF-16BE hex with a byte order mark, astral characters as surrogate pairs", () => {
    expect(pdfTextString("Łö)")).toBe("<FEFF014100F60029>");
    expect(pdfTextString("𝄞")).toBe("<FEFFD834DD1E>");
    expect(pdfTextString("")).toBe("<FEFF>");
  });

  it("escapes a literal's delimiters and takes printable ASCII only", () => {
    expect(pdfAsciiString("sRGB (IEC) \\ 1")).toBe("(sRGB \\(IEC\\) \\\\ 1)");
    expect(() => pdfAsciiString("de\nDE")).toThrow(/ASCII/);
    expect(() => pdfAsciiString("Köln")).toThrow(/ASCII/);
  });

  it("writes addresses as hex bytes and dates in UTC", () => {
    expect(pdfHexBytes("https://a.de/(x)")).toBe(`<${Buffer.from("https://a.de/(x)").toString("hex")}>`);
    expect(pdfDate(new Date("2026-11-25T13:03:09.500Z"))).toBe("(D:20261125130309Z)");
  });
});
