import { GlyphUsage } from "../font/glyph-usage";
import { formatReceivedAt, textsFor } from "../i18n";
import { sanitizeLine, sanitizeMultiline } from "../text/sanitize";
import type { ReceiptInput } from "../types";
import { PageComposer, type LinkArea, type StyledText } from "./page-composer";
import { bold, closing, factRow, fileList, letterhead, regular, titleBlock } from "./receipt-parts";
import type { ContentStream } from "./content-stream";
import type { StructElement } from "./structure";

export interface LaidOutReceipt {
  readonly pages: ContentStream[];
  readonly links: LinkArea[];
  readonly usage: GlyphUsage;
  /** The Document structure element: headings, paragraphs, tables, list, link. */
  readonly structure: StructElement;
}

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
  const row = (label: string, value: StyledText[] | string): void => factRow(doc, t, label, value);
  const { authority } = input;

  letterhead(doc, t, input.authority);

  titleBlock(doc, t.title, t.intro);

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
  fileList(doc, t, input.attachments, input.lang);

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
  closing(doc, t, input.operator);

  doc.addRunningHeaders((page, pageCount) => t.runningHeader(caseNumber, page, pageCount), { style: "regular", size: 8, gray: 0.35 });
  return { pages: doc.pages, links: doc.links, usage, structure: doc.root };
}
