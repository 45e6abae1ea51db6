import { advanceOf, fontStyle, type FontStyle } from "../font/font-registry";

/**
 * Measuring and greedy line breaking with cached per-character glyphs and advance widths
 * (see font-registry). Works on sanitised text (see sanitize.ts); "\n" starts a new line.
 * A line breaks at the last space that fits, otherwise after the last "soft" break character
 * (hyphen, slash, …, so URLs break at their separators), otherwise inside the word.
 * No hyphen is inserted, so extracted text keeps the original characters.
 */

const SPACE = 0x20;

function isBreakAfter(cp: number): boolean {
  switch (cp) {
    case 0x2d: // -
    case 0x2f: // /
    case 0x5c: // \
    case 0x3f: // ?
    case 0x26: // &
    case 0x3d: // =
    case 0x5f: // _
    case 0x2e: // .
    case 0x2c: // ,
    case 0x3b: // ;
    case 0x3a: // :
    case 0x7c: // |
    case 0x29: // )
    case 0x5d: // ]
    case 0x7d: // }
    case 0x2b: // +
    case 0x2013: // –
    case 0x2014: // —
      return true;
    default:
      return false;
  }
}

/** Width of a single line of text in points. */
export function measureText(text: string, style: FontStyle, size: number): number {
  const family = fontStyle(style);
  let units = 0;
  for (let i = 0; i < text.length; i++) {
    const cp = text.codePointAt(i)!;
    if (cp > 0xffff) i++;
    units += advanceOf(family.glyph(cp));
  }
  return (units * size) / 1000;
}

function wrapParagraph(text: string, style: FontStyle, maxUnits: number, out: string[], wordEnd: string): void {
  const family = fontStyle(style);
  let lineStart = 0;
  let width = 0; // width of text[lineStart, i)
  let spaceBreak = -1; // index after the last space run in this line
  let spaceLineEnd = 0; // where the line ends when breaking at spaceBreak
  let spaceWidth = 0; // width of text[lineStart, spaceBreak)
  let softBreak = -1; // index after the last soft break character
  let softWidth = 0;

  for (let i = 0; i < text.length;) {
    const cp = text.codePointAt(i)!;
    const next = i + (cp > 0xffff ? 2 : 1);
    const w = advanceOf(family.glyph(cp));

    if (cp === SPACE) {
      // Spaces may hang past the margin; the line is cut before them.
      if (spaceBreak !== i) spaceLineEnd = i;
      width += w;
      spaceBreak = next;
      spaceWidth = width;
      i = next;
      continue;
    }

    if (width + w > maxUnits && i > lineStart) {
      let breakAt: number;
      let cut: number; // width of the text moved off this line's start
      if (spaceBreak > lineStart && spaceLineEnd > lineStart) {
        out.push(text.slice(lineStart, spaceLineEnd) + wordEnd);
        breakAt = spaceBreak;
        cut = spaceWidth;
      } else if (softBreak > lineStart) {
        out.push(text.slice(lineStart, softBreak));
        breakAt = softBreak;
        cut = softWidth;
      } else {
        out.push(text.slice(lineStart, i));
        breakAt = i;
        cut = width;
      }
      width -= cut;
      if (softBreak > breakAt) softWidth -= cut;
      else softBreak = -1;
      spaceBreak = -1;
      lineStart = breakAt;
      continue; // re-check the current character against the new line
    }

    width += w;
    if (isBreakAfter(cp)) {
      softBreak = next;
      softWidth = width;
    }
    i = next;
  }
  out.push(text.slice(lineStart).trimEnd());
}

export interface WrapOptions {
  /**
   * Ends a line that breaks at a space or a line break with one space (drawn past the text, so
   * invisible), so that text read line by line — from the structure tree, by a screen reader —
   * keeps the boundary between the words.
   */
  readonly keepWordBoundaries?: boolean;
}

/** Breaks text into lines no wider than `maxWidth` points. Always returns at least one line. */
export function wrapText(text: string, style: FontStyle, size: number, maxWidth: number, options: WrapOptions = {}): string[] {
  const maxUnits = (maxWidth * 1000) / size;
  const wordEnd = options.keepWordBoundaries ? " " : "";
  const out: string[] = [];
  const paragraphs = text.split("\n");
  paragraphs.forEach((paragraph, index) => {
    wrapParagraph(paragraph, style, maxUnits, out, wordEnd);
    if (wordEnd && index < paragraphs.length - 1 && out[out.length - 1] !== "") out[out.length - 1] += wordEnd;
  });
  return out;
}
