/**
 * Pieces both receipts draw the same way (the receipt of an application and the receipt of a
 * reply to a Rückfrage, ADR 033): the authority's letterhead, the list of files with their
 * SHA-256, and the closing lines naming the operator.
 */
import { formatBytes } from "../../../lib/i18n/format";
import type { ReceiptTexts } from "../i18n";
import { sanitizeLine } from "../text/sanitize";
import type { ReceiptInput } from "../types";
import type { PageComposer, StyledText } from "./page-composer";

export const LABEL_WIDTH = 150;
export const LABEL_GRAY = 0.3;
export const regular = (text: string, size = 9.5, gray = 0): StyledText => ({ text, style: "regular", size, gray });
export const bold = (text: string, size = 9.5, gray = 0): StyledText => ({ text, style: "bold", size, gray });

/** A label–value row of a key-facts table. */
export function factRow(doc: PageComposer, t: ReceiptTexts, label: string, value: StyledText[] | string): void {
  doc.row(regular(label, 9.5, LABEL_GRAY), typeof value === "string" ? [regular(value || t.emptyValue)] : value, LABEL_WIDTH);
}

export function letterhead(doc: PageComposer, t: ReceiptTexts, authority: ReceiptInput["authority"]): void {
  doc.paragraph(bold(sanitizeLine(authority.name, 500), 13));
  const place = [authority.postalCode, authority.city]
    .map((part) => sanitizeLine(part, 200))
    .filter(Boolean)
    .join(" ");
  const address = [sanitizeLine(authority.street, 300), place].filter(Boolean).join(" · ");
  if (address) doc.paragraph(regular(address, 9, LABEL_GRAY));
  const contact = [
    authority.email ? `${t.email}: ${sanitizeLine(authority.email, 300)}` : "",
    authority.phone ? `${t.phone}: ${sanitizeLine(authority.phone, 100)}` : "",
  ]
    .filter(Boolean)
    .join(" · ");
  if (contact) doc.paragraph(regular(contact, 9, LABEL_GRAY));
  doc.gap(6);
  doc.rule();
  doc.gap(10);
}

/** The document's title (its one H1) and the sentence that says what it confirms. */
export function titleBlock(doc: PageComposer, title: string, intro: string): void {
  doc.paragraph(bold(title, 20), { role: "H1" });
  doc.gap(4);
  doc.paragraph(regular(intro, 10));
  doc.gap(10);
}

export function fileList(doc: PageComposer, t: ReceiptTexts, files: ReceiptInput["attachments"], lang: ReceiptInput["lang"]): void {
  if (files.length === 0) {
    doc.paragraph(regular(t.noAttachments));
    return;
  }
  doc.group("L", () => {
    files.forEach((attachment, index) => {
      doc.keepTogether(3 * 14);
      const name = sanitizeLine(attachment.name, 1000) || t.emptyValue;
      doc.group("LI", () =>
        doc.group("LBody", () => {
          doc.paragraph(regular(`${index + 1}. ${name} (${formatBytes(attachment.size, lang ?? "de")})`));
          doc.paragraph(regular(`SHA-256: ${sanitizeLine(attachment.sha256, 200)}`, 8.5, LABEL_GRAY), { indent: 12 });
        }),
      );
      doc.gap(3);
    });
  });
}

export function closing(doc: PageComposer, t: ReceiptTexts, operator: ReceiptInput["operator"]): void {
  doc.gap(16);
  doc.paragraph(regular(t.closing, 8.5, LABEL_GRAY));
  doc.paragraph(regular(t.operatedBy(sanitizeLine(operator.name, 300), sanitizeLine(operator.imprintUrl, 2000)), 8.5, LABEL_GRAY));
}
