import type { FontStyle } from "../font/font-registry";
import type { GlyphUsage } from "../font/glyph-usage";
import { measureText, wrapText } from "../text/line-breaker";
import { ContentStream } from "./content-stream";
import { structElement, type StructElement, type StructRole } from "./structure";

/** A4 portrait with 2 cm margins; the running header sits in the top margin. */
export const PAGE = {
  width: 595.28,
  height: 841.89,
  left: 56.69,
  right: 595.28 - 56.69,
  top: 841.89 - 62,
  bottom: 56.69,
  headerBaseline: 841.89 - 36,
} as const;

export const CONTENT_WIDTH = PAGE.right - PAGE.left;

export interface TextStyle {
  readonly style: FontStyle;
  readonly size: number;
  readonly gray?: number;
}

export interface StyledText extends TextStyle {
  readonly text: string;
}

export interface LinkArea {
  readonly page: number;
  readonly rect: readonly [number, number, number, number];
  readonly uri: string;
  /** What the link leads to, for assistive technology (the annotation's /Contents). */
  readonly description: string;
}

export interface ParagraphOptions {
  readonly indent?: number;
  readonly link?: { readonly uri: string; readonly description: string };
  /** Structure type; a paragraph unless it is a heading. */
  readonly role?: StructRole;
}

const WRAP = { keepWordBoundaries: true } as const;
const lineHeight = (size: number): number => size * 1.4;
/** Distance from the top of a line box to its baseline. */
const baselineOffset = (size: number): number => size * 1.05;

interface Line extends TextStyle {
  readonly text: string;
}

/**
 * Flows text top-down over as many pages as needed. Every line is placed on its own, so long
 * values continue on the next page; section headings and table rows are kept together with
 * what follows where that fits. The running header is added at the end, when the page count is known.
 *
 * Tagging: every element's content on one page is one marked-content sequence referenced from
 * its structure element (so a value continued on the next page has two); rules and running
 * headers are artifacts. Elements are added to the current container (see `group`).
 */
export class PageComposer {
  readonly pages: ContentStream[] = [];
  readonly links: LinkArea[] = [];
  readonly root = structElement("Document");
  private container = this.root;
  private y = 0;

  constructor(private readonly usage: GlyphUsage) {
    this.newPage();
  }

  private get page(): ContentStream {
    return this.pages[this.pages.length - 1];
  }

  private newPage(): void {
    this.pages.push(new ContentStream(this.usage));
    this.y = PAGE.top;
  }

  private fits(height: number): boolean {
    return this.y - height >= PAGE.bottom;
  }

  /** Starts a new page unless `height` points are left (and the page is not empty anyway). */
  keepTogether(height: number): void {
    if (!this.fits(height) && this.y < PAGE.top) this.newPage();
  }

  gap(points: number): void {
    this.y = Math.max(this.y - points, PAGE.bottom);
  }

  /** A decorative horizontal rule (an artifact). */
  rule(): void {
    this.keepTogether(4);
    this.page.beginArtifact("/Type /Layout");
    this.page.rule(PAGE.left, PAGE.right, this.y - 2);
    this.page.endMarked();
    this.gap(6);
  }

  /** Adds a structure element of `role` and makes it the container of what `fill` adds (a table, a list item). */
  group(role: StructRole, fill: () => void): void {
    const element = this.addElement(role);
    const outer = this.container;
    this.container = element;
    try {
      fill();
    } finally {
      this.container = outer;
    }
  }

  private addElement(role: StructRole, parent = this.container): StructElement {
    const element = structElement(role);
    parent.kids.push(element);
    return element;
  }

  /** A wrapped paragraph over the full width (or from `indent`). Optionally clickable. */
  paragraph(content: StyledText, options: ParagraphOptions = {}): void {
    const x = PAGE.left + (options.indent ?? 0);
    const lines = wrapText(content.text, content.style, content.size, PAGE.right - x, WRAP);
    const height = lineHeight(content.size);
    const element = this.addElement(options.role ?? "P");
    // A link's text and annotations belong to a Link element inside the paragraph (PDF/UA).
    const target = options.link ? this.addElement("Link", element) : element;
    let markedPage = -1;
    for (const text of lines) {
      if (!this.fits(height)) this.newPage();
      if (markedPage !== this.pages.length - 1) {
        if (markedPage >= 0) this.pages[markedPage].endMarked();
        markedPage = this.pages.length - 1;
        target.kids.push({ page: markedPage, mcid: this.page.beginMarked(target.role) });
      }
      const baseline = this.y - baselineOffset(content.size);
      this.page.text(x, baseline, text, content.style, content.size, content.gray);
      if (options.link && text.length > 0) {
        const width = measureText(text.trimEnd(), content.style, content.size);
        target.kids.push({ link: this.links.length });
        this.links.push({
          page: markedPage,
          rect: [x, baseline - content.size * 0.25, x + width, baseline + content.size * 0.85],
          uri: options.link.uri,
          description: options.link.description,
        });
      }
      this.y -= height;
    }
    if (markedPage >= 0) this.pages[markedPage].endMarked();
  }

  /** A heading that is not left alone at the bottom of a page. */
  heading(content: StyledText, spaceBefore: number, role: "H1" | "H2" | "H3"): void {
    if (this.y < PAGE.top) this.gap(spaceBefore);
    this.keepTogether(lineHeight(content.size) + 3 * lineHeight(10));
    this.paragraph(content, { role });
    this.gap(2);
  }

  /** Wraps what a cell drew on the current page in one marked-content sequence of the cell. */
  private appendCell(cell: StructElement, column: ContentStream): void {
    if (column.isEmpty) return;
    cell.kids.push({ page: this.pages.length - 1, mcid: this.page.beginMarked(cell.role) });
    this.page.append(column);
    this.page.endMarked();
  }

  /**
   * A two-column table row (TR with a row-header TH and a TD) in the current container, a Table.
   * Each column's lines are written as one block per page so that text extraction returns the
   * label and the value each in one piece.
   */
  row(label: StyledText, value: StyledText[], labelWidth: number, columnGap = 12): void {
    const valueX = PAGE.left + labelWidth + columnGap;
    const labelLines: Line[] = wrapText(label.text, label.style, label.size, labelWidth, WRAP).map((text) => ({ ...label, text }));
    const valueLines: Line[] = [];
    for (const part of value) {
      for (const text of wrapText(part.text, part.style, part.size, PAGE.right - valueX, WRAP)) valueLines.push({ ...part, text });
    }

    const count = Math.max(labelLines.length, valueLines.length);
    /** Font size that sets the height and baseline of the i-th line pair. */
    const sizeOf = (i: number): number => Math.max(labelLines[i]?.size ?? 0, valueLines[i]?.size ?? 0);
    this.keepTogether(lineHeight(sizeOf(0)) + (count > 1 ? lineHeight(sizeOf(1)) : 0));

    const tableRow = this.addElement("TR");
    const headerCell = this.addElement("TH", tableRow);
    const dataCell = this.addElement("TD", tableRow);
    const labelColumn = new ContentStream(this.usage);
    const valueColumn = new ContentStream(this.usage);
    const flush = (): void => {
      this.appendCell(headerCell, labelColumn);
      this.appendCell(dataCell, valueColumn);
    };
    for (let i = 0; i < count; i++) {
      const size = sizeOf(i);
      if (!this.fits(lineHeight(size))) {
        flush();
        this.newPage();
      }
      const baseline = this.y - baselineOffset(size);
      const labelLine = labelLines[i];
      const valueLine = valueLines[i];
      if (labelLine) labelColumn.text(PAGE.left, baseline, labelLine.text, labelLine.style, labelLine.size, labelLine.gray);
      if (valueLine) valueColumn.text(valueX, baseline, valueLine.text, valueLine.style, valueLine.size, valueLine.gray);
      this.y -= lineHeight(size);
    }
    flush();
    this.gap(1.5);
  }

  /** Writes the running header on every page, e.g. "Vorgang X – Seite 2 von 3", right-aligned. */
  addRunningHeaders(textFor: (page: number, pageCount: number) => string, style: TextStyle): void {
    this.pages.forEach((page, index) => {
      const header = new ContentStream(this.usage);
      const text = textFor(index + 1, this.pages.length);
      const width = measureText(text, style.style, style.size);
      header.beginArtifact("/Type /Pagination /Subtype /Header");
      header.text(Math.max(PAGE.left, PAGE.right - width), PAGE.headerBaseline, text, style.style, style.size, style.gray);
      header.rule(PAGE.left, PAGE.right, PAGE.headerBaseline - 6, 0.4, 0.8);
      header.endMarked();
      page.prepend(header);
    });
  }
}
