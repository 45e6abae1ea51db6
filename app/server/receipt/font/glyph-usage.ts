import { faceById } from "./font-registry";

/**
 * Records which glyphs one receipt draws, and from which character, so that only those glyphs
 * are embedded and the ToUnicode map returns exactly the characters that were drawn.
 */
export class GlyphUsage {
  /** face id → (glyph id → first code point drawn with it, plus one; 0 = unused). */
  private readonly byFace = new Map<number, Int32Array>();

  /** The per-glyph usage array of a face; the content stream writer fills it while encoding text. */
  forFace(faceId: number): Int32Array {
    let used = this.byFace.get(faceId);
    if (!used) {
      used = new Int32Array(faceById(faceId).font.numGlyphs);
      this.byFace.set(faceId, used);
    }
    return used;
  }

  /** Used face ids in ascending order, with their usage arrays. */
  entries(): Array<[number, Int32Array]> {
    return [...this.byFace.entries()].sort((a, b) => a[0] - b[0]);
  }
}
