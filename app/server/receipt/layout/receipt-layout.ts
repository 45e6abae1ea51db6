import { GlyphUsage } from "../font/glyph-usage";
import { formatBytes } from "../../../lib/i18n/format";
import { formatReceivedAt, textsFor } from "../i18n";
import { sanitizeLine, sanitizeMultiline } from "../text/sanitize";
import type { ReceiptInput } from "../types";
import { PageComposer, type LinkArea, type StyledText } from "./page-composer";
import type { ContentStream } from "./content-stream";
import type { StructElement } from "./structure";

export interface LaidOutReceipt {
  readonly pages: ContentStream[];
  readonly links: LinkArea[];
  readonly usage: GlyphUsage;
  /** The Document structure element: headings, paragraphs, tables, list, link. */
  readonly structure: StructElement;
}

const LABEL_WIDTH = 150;
const regular = (text: string, size = 9.5, gray = 0): StyledText => ({ text, style: "regular", size, gray });
const bold = (text: string, size = 9.5, gray = 0): StyledText => ({ text, style: "bold", size, gray });
const LABEL_GRAY = 0.3;

/** Only http(s) URLs become clickable links. */
function safeLink(url: string): string | undefined {
  try {
    const parsed = new URL(url);
    return parsed.protocol === "https:" || parsed.protocol === "http:" ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

/** Places all receipt content on pages. Every user-supplied string is sanitised here, before measuring. */
export function layoutReceipt(input: ReceiptInput): LaidOutReceipt {
  const t = textsFor(input.lang);
  const usage = new GlyphUsage();
  const doc = new PageComposer(usage);
  const caseNumber = sanitizeLine(input.caseNumber, 200);
  const row = (label: string, value: StyledText[] | string): void =>
    doc.row(regular(label, 9.5, LABEL_GRAY), typeof value === "string" ? [regular(value || t.emptyValue)] : value, LABEL_WIDTH);

  // Letterhead of the responsible authority
  const { authority } = input;
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

  doc.paragraph(bold(t.title, 20), { role: "H1" });
  doc.gap(4);
  doc.paragraph(regular(t.intro, 10));
  doc.gap(10);

  // Key facts
  doc.group("Table", () => {
    row(t.caseNumber, [bold(caseNumber, 10.5)]);
    row(t.receivedAt, formatReceivedAt(input.receivedAt, input.lang));
    row(t.service, sanitizeMultiline(input.service.title, 2000));
    const leikaKey = sanitizeLine(input.service.leikaKey, 100);
    if (leikaKey) row(t.leikaKey, leikaKey);
    row(t.formVersion, String(input.service.version));
    row(t.authority, sanitizeLine(authority.name, 500));
  });

  // Answers, grouped by step: one table per step, one row per answer
  doc.heading(bold(t.answers, 14), 16, "H2");
  for (const section of input.sections) {
    doc.heading(bold(sanitizeLine(section.title, 500), 11), 8, "H3");
    if (section.rows.length === 0) continue;
    doc.group("Table", () => {
      for (const { label, value } of section.rows) row(sanitizeMultiline(label, 2000), sanitizeMultiline(value));
    });
  }

  // Attachments
  doc.heading(bold(t.attachments, 14), 16, "H2");
  if (input.attachments.length === 0) doc.paragraph(regular(t.noAttachments));
  else {
    doc.group("L", () => {
      input.attachments.forEach((attachment, index) => {
        doc.keepTogether(3 * 14);
        const name = sanitizeLine(attachment.name, 1000) || t.emptyValue;
        doc.group("LI", () =>
          doc.group("LBody", () => {
            doc.paragraph(regular(`${index + 1}. ${name} (${formatBytes(attachment.size, input.lang ?? "de")})`));
            doc.paragraph(regular(`SHA-256: ${sanitizeLine(attachment.sha256, 200)}`, 8.5, LABEL_GRAY), { indent: 12 });
          }),
        );
        doc.gap(3);
      });
    });
  }

  // Integrity
  doc.heading(bold(t.checksum, 14), 16, "H2");
  doc.paragraph(regular(t.checksumText));
  doc.paragraph(regular(sanitizeLine(input.dataHash, 200), 9));

  // Status
  doc.heading(bold(t.status, 14), 16, "H2");
  doc.paragraph(regular(t.statusText));
  const statusUrl = sanitizeLine(input.statusUrl, 2000);
  const statusLink = safeLink(statusUrl);
  doc.paragraph(bold(statusUrl, 10), { link: statusLink ? { uri: statusLink, description: t.statusLink } : undefined });
  doc.gap(16);
  doc.paragraph(regular(t.closing, 8.5, LABEL_GRAY));
  doc.paragraph(
    regular(t.operatedBy(sanitizeLine(input.operator.name, 300), sanitizeLine(input.operator.imprintUrl, 2000)), 8.5, LABEL_GRAY),
  );

  doc.addRunningHeaders((page, pageCount) => t.runningHeader(caseNumber, page, pageCount), { style: "regular", size: 8, gray: 0.35 });
  return { pages: doc.pages, links: doc.links, usage, structure: doc.root };
}
