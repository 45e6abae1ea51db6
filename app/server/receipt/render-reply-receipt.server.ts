import { textsFor } from "./i18n";
import { layoutReplyReceipt } from "./layout/reply-receipt-layout";
import { writeReceiptPdf } from "./pdf/pdf-writer";
import type { ReplyReceiptInput } from "./reply-types";
import { sanitizeLine } from "./text/sanitize";

export type { ReplyReceiptInput } from "./reply-types";

/**
 * Renders the receipt of a reply to a Rückfrage: tagged PDF/UA, PDF/A-2b like the case receipt,
 * deterministic (the same reply gives the same bytes).
 * @throws TypeError only for an invalid `sentAt` date.
 */
export async function renderReplyReceipt(input: ReplyReceiptInput): Promise<Uint8Array> {
  if (!(input.sentAt instanceof Date) || Number.isNaN(input.sentAt.getTime())) {
    throw new TypeError("renderReplyReceipt: sentAt must be a valid Date");
  }
  const t = textsFor(input.lang);
  const caseNumber = sanitizeLine(input.caseNumber, 200);
  return writeReceiptPdf(layoutReplyReceipt(input), {
    title: t.replyDocumentTitle(caseNumber),
    author: sanitizeLine(input.authority.name, 500),
    subject: t.replySubject(sanitizeLine(input.serviceTitle, 500), caseNumber),
    language: t.pdfLanguage,
    date: input.sentAt,
  });
}
