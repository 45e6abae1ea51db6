import type { FontStyle } from "../font/font-registry";
import type { GlyphUsage } from "../font/glyph-usage";
import { measureText, wrapText } from "../text/line-breaker";
import { ContentStream } from "./content-stream";

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
}

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
 */
export class PageComposer {
  readonly pages: ContentStream[] = [];
  readonly links: LinkArea[] = [];
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

  rule(): void {
    this.keepTogether(4);
    this.page.rule(PAGE.left, PAGE.right, this.y - 2);
    this.gap(6);
  }

  /** A wrapped paragraph over the full width (or from `indent`). Optionally clickable. */
  paragraph(content: StyledText, options: { indent?: number; link?: string } = {}): void {
    const x = PAGE.left + (options.indent ?? 0);
    const lines = wrapText(content.text, content.style, content.size, PAGE.right - x);
    const height = lineHeight(content.size);
    for (const text of lines) {
      if (!this.fits(height)) this.newPage();
      const baseline = this.y - baselineOffset(content.size);
      this.page.text(x, baseline, text, content.style, content.size, content.gray);
      if (options.link && text.length > 0) {
        const width = measureText(text, content.style, content.size);
        this.links.push({
          page: this.pages.length - 1,
          rect: [x, baseline - content.size * 0.25, x + width, baseline + content.size * 0.85],
          uri: options.link,
        });
      }
      this.y -= height;
    }
  }

  /** A heading that is not left alone at the bottom of a page. */
  heading(content: StyledText, spaceBefore: number): void {
    if (this.y < PAGE.top) this.gap(spaceBefore);
    this.keepTogether(lineHeight(content.size) + 3 * lineHeight(10));
    this.paragraph(content);
    this.gap(2);
  }

  /**
   * A two-column table row. Each column's lines are written as one block per page so that
   * text extraction returns the label and the value each in one piece.
   */
  row(label: StyledText, value: StyledText[], labelWidth: number, columnGap = 12): void {
    const valueX = PAGE.left + labelWidth + columnGap;
    const labelLines: Line[] = wrapText(label.text, label.style, label.size, labelWidth).map((text) => ({ ...label, text }));
    const valueLines: Line[] = [];
    for (const part of value) {
      for (const text of wrapText(part.text, part.style, part.size, PAGE.right - valueX)) valueLines.push({ ...part, text });
    }

    const count = Math.max(labelLines.length, valueLines.length);
    /** Font size that sets the height and baseline of the i-th line pair. */
    const sizeOf = (i: number): number => Math.max(labelLines[i]?.size ?? 0, valueLines[i]?.size ?? 0);
    this.keepTogether(lineHeight(sizeOf(0)) + (count > 1 ? lineHeight(sizeOf(1)) : 0));

    const labelColumn = new ContentStream(this.usage);
    const valueColumn = new ContentStream(this.usage);
    const flush = (): void => {
      this.page.append(labelColumn);
      this.page.append(valueColumn);
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
      header.text(Math.max(PAGE.left, PAGE.right - width), PAGE.headerBaseline, text, style.style, style.size, style.gray);
      header.rule(PAGE.left, PAGE.right, PAGE.headerBaseline - 6, 0.4, 0.8);
      page.prepend(header);
    });
  }
}
