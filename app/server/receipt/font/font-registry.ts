import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { readSfntTables } from "./sfnt-tables";
import { parseTrueType, type TrueTypeFont } from "./truetype";

/**
 * Noto Sans (SIL Open Font License 1.1, © The Noto Project Authors), taken from the
 * @fontsource/noto-sans package, which ships it split into per-script WOFF 1.0 subsets.
 * Each subset stays a face of its own; text falls back from face to face per character
 * (Latin → Latin Extended → Vietnamese → Greek → Cyrillic), so no font merging is needed.
 * Faces are parsed lazily, once per process, and never change afterwards.
 */

export type FontStyle = "regular" | "bold";

export interface FontFace {
  /** Fixed per style and script; also names the PDF font resource (`/F<id>`). */
  readonly id: number;
  readonly postScriptName: string;
  readonly font: TrueTypeFont;
  /** Advance width per glyph id in PDF glyph space (1/1000 em). */
  readonly widths: Float64Array;
  /** Glyph id as the 4-digit hex a content stream shows with Identity-H encoding. */
  readonly glyphHex: readonly string[];
}

/**
 * A glyph reference packed into one integer: (face id << 16) | glyph id.
 * A plain number, so the per-character memo is a flat Int32Array.
 */
export type PackedGlyph = number;

export const faceIdOf = (glyph: PackedGlyph): number => glyph >>> 16;
export const glyphIdOf = (glyph: PackedGlyph): number => glyph & 0xffff;

const SCRIPT_SUBSETS = ["latin", "latin-ext", "vietnamese", "greek", "greek-ext", "cyrillic", "cyrillic-ext"] as const;
const WEIGHTS: Record<FontStyle, { weight: number; postScriptName: string }> = {
  regular: { weight: 400, postScriptName: "NotoSans-Regular" },
  bold: { weight: 700, postScriptName: "NotoSans-Bold" },
};
const REPLACEMENT_CHAR = 0x3f; // "?"

const STYLES = Object.keys(WEIGHTS) as FontStyle[];
const requireFromHere = createRequire(import.meta.url);
/** Indexed by face id; sparse until faces are loaded. */
const faces: FontFace[] = [];

/**
 * Face ids are fixed by style and script (not by load order), so resource names and thus the
 * output bytes do not depend on which receipts a process rendered before.
 */
function loadFace(style: FontStyle, subsetIndex: number): FontFace {
  const id = STYLES.indexOf(style) * SCRIPT_SUBSETS.length + subsetIndex;
  const { weight, postScriptName } = WEIGHTS[style];
  const path = requireFromHere.resolve(`@fontsource/noto-sans/files/noto-sans-${SCRIPT_SUBSETS[subsetIndex]}-${weight}-normal.woff`);
  const font = parseTrueType(readSfntTables(readFileSync(path)));
  const scale = 1000 / font.unitsPerEm;
  const widths = new Float64Array(font.numGlyphs);
  const glyphHex: string[] = new Array(font.numGlyphs);
  for (let gid = 0; gid < font.numGlyphs; gid++) {
    widths[gid] = Math.round(font.advances[gid] * scale * 1000) / 1000;
    glyphHex[gid] = gid.toString(16).padStart(4, "0");
  }
  const face: FontFace = { id, postScriptName, font, widths, glyphHex };
  faces[id] = face;
  return face;
}

export function faceById(id: number): FontFace {
  const face = faces[id];
  if (!face) throw new Error(`Unknown font face ${id}`);
  return face;
}

/** Resolves characters of one style to glyphs, falling back across the script faces; results are memoised. */
export class FontFamilyStyle {
  private readonly loaded: Array<FontFace | undefined> = [];
  /** BMP memo: -1 = not resolved yet, otherwise the packed glyph. */
  private readonly bmpMemo = new Int32Array(0x10000).fill(-1);
  private readonly astralMemo = new Map<number, PackedGlyph>();
  /** The glyph drawn for characters no face covers ("?"). */
  readonly replacement: PackedGlyph;

  constructor(private readonly style: FontStyle) {
    const found = this.lookup(REPLACEMENT_CHAR);
    if (found < 0) throw new Error("Base font has no '?' glyph");
    this.replacement = found;
  }

  private face(index: number): FontFace {
    let face = this.loaded[index];
    if (!face) {
      face = loadFace(this.style, index);
      this.loaded[index] = face;
    }
    return face;
  }

  private lookup(codePoint: number): PackedGlyph {
    for (let i = 0; i < SCRIPT_SUBSETS.length; i++) {
      const face = this.face(i);
      const gid = face.font.cmap.get(codePoint);
      if (gid !== undefined && gid < face.font.numGlyphs) return (face.id << 16) | gid;
    }
    return -1;
  }

  /** The glyph for a code point; characters no face covers become "?". Never throws. */
  glyph(codePoint: number): PackedGlyph {
    if (codePoint < 0x10000) {
      const memo = this.bmpMemo[codePoint];
      if (memo >= 0) return memo;
      const found = this.lookup(codePoint);
      const glyph = found >= 0 ? found : this.replacement;
      this.bmpMemo[codePoint] = glyph;
      return glyph;
    }
    let glyph = this.astralMemo.get(codePoint);
    if (glyph === undefined) {
      const found = this.lookup(codePoint);
      glyph = found >= 0 ? found : this.replacement;
      // Bounded so hostile input with many distinct astral characters cannot grow it without limit.
      if (this.astralMemo.size < 4096) this.astralMemo.set(codePoint, glyph);
    }
    return glyph;
  }

  /** Parses every face of this style now instead of on first use of one of its characters. */
  loadAllFaces(): void {
    for (let i = 0; i < SCRIPT_SUBSETS.length; i++) this.face(i);
  }

  /** Whether the code point has a real glyph (not the "?" replacement). */
  covers(codePoint: number): boolean {
    return codePoint === REPLACEMENT_CHAR || this.glyph(codePoint) !== this.replacement;
  }
}

const families = new Map<FontStyle, FontFamilyStyle>();

export function fontStyle(style: FontStyle): FontFamilyStyle {
  let family = families.get(style);
  if (!family) {
    family = new FontFamilyStyle(style);
    families.set(style, family);
  }
  return family;
}

/** Advance width of a packed glyph in 1/1000 em. */
export function advanceOf(glyph: PackedGlyph): number {
  return faces[glyph >>> 16].widths[glyph & 0xffff];
}

/** Loads and parses all faces up front (e.g. at server start) so the first receipt is not slower. */
export function preloadFonts(): void {
  for (const style of STYLES) fontStyle(style).loadAllFaces();
}
