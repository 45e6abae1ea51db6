import { faceById, fontStyle, type FontStyle } from "../font/font-registry";
import { fontResourceName } from "../font/pdf-font";
import type { GlyphUsage } from "../font/glyph-usage";

const REPLACEMENT_CHAR = 0x3f;

/**
 * Formats a coordinate for a content stream: at most two decimals, no exponent. Built from whole
 * hundredths, as integers print several times faster than fractions do, and a receipt prints
 * hundreds of coordinates.
 */
export function num(n: number): string {
  const hundredths = Math.round(n * 100);
  const whole = Math.trunc(hundredths / 100);
  const cents = Math.abs(hundredths - whole * 100);
  // -0.5 has no whole part to carry its sign.
  const sign = hundredths < 0 && whole === 0 ? "-" : "";
  if (cents === 0) return `${sign}${whole}`;
  return `${sign}${whole}.${cents % 10 === 0 ? cents / 10 : cents < 10 ? `0${cents}` : cents}`;
}

/**
 * Builds one page's content stream as text. Text is written as pre-encoded 2-byte glyph ids
 * (Identity-H) straight from the per-process glyph cache; a font switch (`Tf`) is emitted only
 * where a line changes face (e.g. Latin → Latin Extended for "Ł"). Every drawn glyph is recorded
 * in the receipt's GlyphUsage for subsetting and the ToUnicode map.
 */
export class ContentStream {
  private readonly parts: string[] = [];
  /** Next marked-content id on this page; ids are per page and referenced from the structure tree. */
  private nextMcid = 0;

  constructor(private readonly usage: GlyphUsage) {}

  /** One line of sanitised text with its baseline starting at (x, y). */
  text(x: number, y: number, line: string, style: FontStyle, size: number, gray = 0): void {
    if (line.length === 0) return;
    const family = fontStyle(style);
    const sizeStr = num(size);
    let out = `BT\n${num(gray)} g\n1 0 0 1 ${num(x)} ${num(y)} Tm\n`;
    let currentFace = -1;
    let used: Int32Array | null = null;
    let glyphHex: readonly string[] = [];
    for (let i = 0; i < line.length; i++) {
      const cp = line.codePointAt(i)!;
      if (cp > 0xffff) i++;
      const glyph = family.glyph(cp);
      const faceId = glyph >>> 16;
      const gid = glyph & 0xffff;
      if (faceId !== currentFace) {
        if (currentFace !== -1) out += "> Tj\n";
        currentFace = faceId;
        used = this.usage.forFace(faceId);
        glyphHex = faceById(faceId).glyphHex;
        out += `/${fontResourceName(faceId)} ${sizeStr} Tf\n<`;
      }
      // Record the character the glyph stands for; a replacement "?" must extract as "?".
      if (used![gid] === 0) used![gid] = (glyph === family.replacement ? REPLACEMENT_CHAR : cp) + 1;
      out += glyphHex[gid];
    }
    this.parts.push(`${out}> Tj\nET\n`);
  }

  /** A horizontal rule. */
  rule(x1: number, x2: number, y: number, width = 0.5, gray = 0.7): void {
    this.parts.push(`${num(gray)} G ${num(width)} w ${num(x1)} ${num(y)} m ${num(x2)} ${num(y)} l S\n`);
  }

  /** Opens a marked-content sequence for a structure element of type `role`; returns its MCID on this page. */
  beginMarked(role: string): number {
    const mcid = this.nextMcid++;
    this.parts.push(`/${role} <</MCID ${mcid}>> BDC\n`);
    return mcid;
  }

  /** Opens an artifact: content that is not part of the document's logic (rules, running headers). */
  beginArtifact(properties: string): void {
    this.parts.push(`/Artifact <<${properties}>> BDC\n`);
  }

  /** Closes the innermost marked-content sequence or artifact. */
  endMarked(): void {
    this.parts.push("EMC\n");
  }

  get isEmpty(): boolean {
    return this.parts.length === 0;
  }

  /** Appends the operators of another stream (used to keep a table row's label column together). */
  append(other: ContentStream): void {
    for (const part of other.parts) this.parts.push(part);
    other.parts.length = 0;
  }

  /** Puts the given stream's operators before everything drawn so far (running header). */
  prepend(other: ContentStream): void {
    this.parts.unshift(...other.parts);
    other.parts.length = 0;
  }

  toString(): string {
    return this.parts.join("");
  }
}
