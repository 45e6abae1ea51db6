import { createHash } from "node:crypto";
import { pdfDate, pdfTextString } from "./pdf-file";

export interface ReceiptMetadata {
  readonly title: string;
  readonly author: string;
  readonly subject: string;
  /** BCP 47 tag written to the catalog's /Lang, e.g. "de-DE". */
  readonly language: string;
  /** Creation and modification date: the receipt's receivedAt, so output is reproducible. */
  readonly date: Date;
}

export const PRODUCER = "Bürgerportal";

/** U+FFFE and U+FFFF survive text sanitising but are not allowed in XML (the XMP packet). */
const NOT_XML = /[\ufffe\uffff]/g;

/** The metadata with characters XMP cannot carry replaced, so Info dictionary and XMP stay identical. */
export function xmlSafeMetadata(meta: ReceiptMetadata): ReceiptMetadata {
  const clean = (text: string): string => text.replace(NOT_XML, "?");
  return { ...meta, title: clean(meta.title), author: clean(meta.author), subject: clean(meta.subject) };
}

/** The document information dictionary: its strings as UTF-16 hex, so any text is safe. */
export function infoDictionary(meta: ReceiptMetadata): string {
  return (
    `<</Title ${pdfTextString(meta.title)}/Author ${pdfTextString(meta.author)}/Subject ${pdfTextString(meta.subject)}` +
    `/Creator ${pdfTextString(PRODUCER)}/Producer ${pdfTextString(PRODUCER)}` +
    `/CreationDate ${pdfDate(meta.date)}/ModDate ${pdfDate(meta.date)}>>`
  );
}

/**
 * The trailer's /ID: a hash of the document's content instead of a random value, so identical
 * input gives identical bytes.
 */
export function contentDerivedId(contentParts: readonly string[]): string {
  const hash = createHash("sha256");
  for (const part of contentParts) hash.update(part);
  return hash.digest("hex").slice(0, 32);
}
