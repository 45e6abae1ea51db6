import { textsFor } from "./i18n";
import { layoutReceipt } from "./layout/receipt-layout";
import { writeReceiptPdf } from "./pdf/pdf-writer";
import { sanitizeLine } from "./text/sanitize";
import type { ReceiptInput } from "./types";

export type { ReceiptInput } from "./types";
export { preloadFonts as preloadReceiptFonts } from "./font/font-registry";
export type { ReceiptLanguage } from "./i18n";

/**
 * Renders the receipt (Eingangsbestätigung) for a submitted application as a PDF.
 * Pure: the same input always gives byte-identical output. User-supplied strings are sanitised
 * (control and bidi characters removed, unknown characters printed as "?"), never rejected.
 * @throws TypeError only for an invalid `receivedAt` date.
 */
export async function renderReceipt(input: ReceiptInput): Promise<Uint8Array> {
  if (!(input.receivedAt instanceof Date) || Number.isNaN(input.receivedAt.getTime())) {
    throw new TypeError("renderReceipt: receivedAt must be a valid Date");
  }
  const t = textsFor(input.lang);
  const caseNumber = sanitizeLine(input.caseNumber, 200);
  const layout = layoutReceipt(input);
  return writeReceiptPdf(layout, {
    title: t.documentTitle(caseNumber),
    author: sanitizeLine(input.authority.name, 500),
    subject: t.subject(sanitizeLine(input.service.title, 500), caseNumber),
    language: t.pdfLanguage,
    date: input.receivedAt,
  });
}
