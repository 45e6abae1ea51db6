import { createHash } from "node:crypto";
import { PDFHexString, type PDFDocument } from "pdf-lib";

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

/** Info dictionary, /Lang and DisplayDocTitle. pdf-lib writes the strings as UTF-16 hex, so any text is safe. */
export function applyMetadata(doc: PDFDocument, meta: ReceiptMetadata): void {
  doc.setTitle(meta.title, { showInWindowTitleBar: true });
  doc.setAuthor(meta.author);
  doc.setSubject(meta.subject);
  doc.setCreator(PRODUCER);
  doc.setProducer(PRODUCER);
  doc.setCreationDate(meta.date);
  doc.setModificationDate(meta.date);
  doc.setLanguage(meta.language);
}

/**
 * Sets the trailer /ID (two identical 16-byte strings, as for a never-modified file) to a hash of
 * the document's content instead of a random value, so identical input gives identical bytes.
 */
export function setContentDerivedId(doc: PDFDocument, contentParts: readonly string[]): void {
  const hash = createHash("sha256");
  for (const part of contentParts) hash.update(part);
  const id = hash.digest("hex").slice(0, 32);
  doc.context.trailerInfo.ID = doc.context.obj([PDFHexString.of(id), PDFHexString.of(id)]);
}
