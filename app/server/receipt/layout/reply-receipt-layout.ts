import { GlyphUsage } from "../font/glyph-usage";
import { formatReceivedAt, textsFor } from "../i18n";
import type { ReplyReceiptInput } from "../reply-types";
import { sanitizeLine, sanitizeMultiline } from "../text/sanitize";
import { PageComposer } from "./page-composer";
import { bold, closing, factRow, fileList, letterhead, regular, titleBlock } from "./receipt-parts";
import type { LaidOutReceipt } from "./receipt-layout";

/** The reply receipt: an addendum to the case's receipt, tagged the same way (ADR 024). */
export function layoutReplyReceipt(input: ReplyReceiptInput): LaidOutReceipt {
  const t = textsFor(input.lang);
  const usage = new GlyphUsage();
  const doc = new PageComposer(usage);
  const caseNumber = sanitizeLine(input.caseNumber, 200);

  letterhead(doc, t, input.authority);
  titleBlock(doc, t.replyTitle, t.replyIntro);

  doc.group("Table", () => {
    factRow(doc, t, t.caseNumber, [bold(caseNumber, 10.5)]);
    factRow(doc, t, t.replySentAt, formatReceivedAt(input.sentAt, input.lang));
    factRow(doc, t, t.service, sanitizeMultiline(input.serviceTitle, 2000));
    factRow(doc, t, t.authority, sanitizeLine(input.authority.name, 500));
  });

  doc.heading(bold(t.replyText, 14), 16, "H2");
  doc.paragraph(regular(sanitizeMultiline(input.message) || t.emptyValue));

  doc.heading(bold(t.attachments, 14), 16, "H2");
  fileList(doc, t, input.files, input.lang);

  doc.heading(bold(t.checksum, 14), 16, "H2");
  doc.paragraph(regular(t.replyChecksumText));
  doc.paragraph(regular(sanitizeLine(input.sha256, 200), 9));
  closing(doc, t, input.operator);

  doc.addRunningHeaders((page, pageCount) => t.replyRunningHeader(caseNumber, page, pageCount), { style: "regular", size: 8, gray: 0.35 });
  return { pages: doc.pages, links: doc.links, usage, structure: doc.root };
}
