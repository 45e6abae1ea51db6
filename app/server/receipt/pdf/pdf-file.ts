/**
 * A PDF file written from finished object syntax (ADR 046): the receipt's objects are built as
 * text here, and this class only numbers them and writes the file around them (header, objects,
 * cross-reference table, trailer). Syntax handed to it is built from names, numbers, references
 * and the string encoders below, never from user text directly.
 */

/** A reference to an indirect object of a PdfFile; its syntax is `N 0 R`. */
export class PdfRef {
  constructor(readonly objectNumber: number) {}

  toString(): string {
    return `${this.objectNumber} 0 R`;
  }
}

type Stream = { readonly head: string; readonly contents: Uint8Array };
type Body = string | Stream;

/** The comment after the header marks the file as binary: four bytes above 127 (PDF/A requires it). */
const HEADER = "%PDF-1.7\n%\u0081\u0081\u0081\u0081\n\n";
const STREAM_END = "\nendstream";
const OBJECT_END = "\nendobj\n\n";

export class PdfFile {
  private readonly bodies: Array<Body | undefined> = [];

  /** A number for an object whose syntax is set later (it refers to objects not yet written). */
  reserve(): PdfRef {
    this.bodies.push(undefined);
    return new PdfRef(this.bodies.length);
  }

  set(ref: PdfRef, syntax: string): void {
    this.bodies[ref.objectNumber - 1] = syntax;
  }

  add(syntax: string): PdfRef {
    const ref = this.reserve();
    this.set(ref, syntax);
    return ref;
  }

  /** A stream with the given dictionary entries; /Length is added. */
  addStream(dictionaryEntries: string, contents: Uint8Array): PdfRef {
    const ref = this.reserve();
    this.bodies[ref.objectNumber - 1] = { head: `<<${dictionaryEntries}/Length ${contents.length}>>\nstream\n`, contents };
    return ref;
  }

  /** The whole file; the trailer's /ID is the same 16 bytes twice, as for a file never modified. */
  toBytes(trailer: { root: PdfRef; info: PdfRef; id: string }): Uint8Array {
    // The syntax between two streams' bytes is gathered into one piece: hundreds of small writes
    // cost more than the text. Offsets follow from lengths, as every character is one byte.
    const pieces: Array<string | Uint8Array> = [];
    const offsets: number[] = [];
    let length = 0;
    let text = HEADER;
    this.bodies.forEach((body, index) => {
      if (body === undefined) throw new Error(`PDF object ${index + 1} was reserved but never written`);
      offsets.push(length + text.length);
      const start = `${index + 1} 0 obj\n`;
      if (typeof body === "string") {
        text += start + body + OBJECT_END;
        return;
      }
      text += start + body.head;
      pieces.push(text, body.contents);
      length += text.length + body.contents.length;
      text = STREAM_END + OBJECT_END;
    });
    const xrefAt = length + text.length;
    const count = offsets.length + 1;
    text +=
      `xref\n0 ${count}\n0000000000 65535 f \n` +
      offsets.map((offset) => `${String(offset).padStart(10, "0")} 00000 n \n`).join("") +
      `trailer\n<</Size ${count}/Root ${trailer.root}/Info ${trailer.info}/ID[<${trailer.id}><${trailer.id}>]>>\nstartxref\n${xrefAt}\n%%EOF\n`;
    pieces.push(text);
    length += text.length;

    const file = Buffer.allocUnsafe(length);
    let at = 0;
    for (const piece of pieces) {
      if (typeof piece === "string") at += file.write(piece, at, "latin1");
      else {
        file.set(piece, at);
        at += piece.length;
      }
    }
    // A plain Uint8Array, as the callers and PDF readers expect; the Buffer was only for writing text.
    return new Uint8Array(file.buffer, file.byteOffset, file.byteLength);
  }
}

/** A text string (title, annotation contents …) as UTF-16BE with its byte order mark, hex-encoded: any text is safe. */
export function pdfTextString(text: string): string {
  // JavaScript strings are UTF-16 already: their code units, swapped to big-endian, are the bytes.
  return `<FEFF${Buffer.from(text, "utf16le").swap16().toString("hex").toUpperCase()}>`;
}

/** A literal string of ASCII text (identifiers, language tags) with its delimiters escaped. */
export function pdfAsciiString(text: string): string {
  if (!/^[\x20-\x7e]*$/.test(text)) throw new Error("pdfAsciiString takes printable ASCII only");
  return `(${text.replace(/[\\()]/g, (c) => `\\${c}`)})`;
}

/** A byte string (an address), hex-encoded. */
export const pdfHexBytes = (bytes: string): string => `<${Buffer.from(bytes, "latin1").toString("hex")}>`;

/** A date in UTC: `(D:YYYYMMDDHHmmSSZ)`. */
export function pdfDate(date: Date): string {
  const iso = date.toISOString();
  return `(D:${iso.slice(0, 4)}${iso.slice(5, 7)}${iso.slice(8, 10)}${iso.slice(11, 13)}${iso.slice(14, 16)}${iso.slice(17, 19)}Z)`;
}
