import type { SfntTables } from "./sfnt-tables";

/** The parts of a TrueType font that layout, PDF embedding and subsetting need. Immutable once parsed. */
export interface TrueTypeFont {
  readonly unitsPerEm: number;
  readonly numGlyphs: number;
  /** Advance width per glyph id, in font units. */
  readonly advances: Uint16Array;
  /** Unicode code point → glyph id (only mapped code points). */
  readonly cmap: ReadonlyMap<number, number>;
  /** Glyph id → lowest code point mapping to it, or -1; used for the PDF ToUnicode map. */
  readonly unicodeOfGlyph: Int32Array;
  /** Glyph offsets into `glyf` (numGlyphs + 1 entries). */
  readonly loca: Uint32Array;
  readonly glyf: Uint8Array;
  readonly bbox: readonly [number, number, number, number];
  readonly ascent: number;
  readonly descent: number;
  readonly capHeight: number;
  readonly italicAngle: number;
  /** Untouched tables copied into every subset. */
  readonly head: Uint8Array;
  readonly hhea: Uint8Array;
  readonly maxp: Uint8Array;
  readonly hmtx: Uint8Array;
}

function view(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

function requireTable(tables: SfntTables, tag: string): Uint8Array {
  const table = tables.get(tag);
  if (!table) throw new Error(`Font has no '${tag}' table`);
  return table;
}

function parseCmapFormat4(v: DataView, at: number, out: Map<number, number>): void {
  const segCount = v.getUint16(at + 6) >> 1;
  const endCodes = at + 14;
  const startCodes = endCodes + segCount * 2 + 2;
  const idDeltas = startCodes + segCount * 2;
  const idRangeOffsets = idDeltas + segCount * 2;
  for (let s = 0; s < segCount; s++) {
    const start = v.getUint16(startCodes + s * 2);
    const end = v.getUint16(endCodes + s * 2);
    const delta = v.getInt16(idDeltas + s * 2);
    const rangeOffsetPos = idRangeOffsets + s * 2;
    const rangeOffset = v.getUint16(rangeOffsetPos);
    for (let cp = start; cp <= end && cp !== 0xffff; cp++) {
      let gid: number;
      if (rangeOffset === 0) {
        gid = (cp + delta) & 0xffff;
      } else {
        const glyphPos = rangeOffsetPos + rangeOffset + (cp - start) * 2;
        gid = v.getUint16(glyphPos);
        if (gid !== 0) gid = (gid + delta) & 0xffff;
      }
      if (gid !== 0) out.set(cp, gid);
    }
  }
}

function parseCmapFormat12(v: DataView, at: number, out: Map<number, number>): void {
  const groups = v.getUint32(at + 12);
  for (let g = 0; g < groups; g++) {
    const rec = at + 16 + g * 12;
    const start = v.getUint32(rec);
    const end = v.getUint32(rec + 4);
    const firstGlyph = v.getUint32(rec + 8);
    for (let cp = start; cp <= end; cp++) out.set(cp, firstGlyph + (cp - start));
  }
}

function parseCmap(cmap: Uint8Array): Map<number, number> {
  const v = view(cmap);
  const numTables = v.getUint16(2);
  let best: { offset: number; rank: number } | null = null;
  for (let i = 0; i < numTables; i++) {
    const platform = v.getUint16(4 + i * 8);
    const encoding = v.getUint16(6 + i * 8);
    const offset = v.getUint32(8 + i * 8);
    const format = v.getUint16(offset);
    const unicode = platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10));
    if (!unicode || (format !== 4 && format !== 12)) continue;
    const rank = format === 12 ? 2 : 1;
    if (!best || rank > best.rank) best = { offset, rank };
  }
  if (!best) throw new Error("Font has no Unicode cmap (format 4 or 12)");
  const out = new Map<number, number>();
  if (v.getUint16(best.offset) === 12) parseCmapFormat12(v, best.offset, out);
  else parseCmapFormat4(v, best.offset, out);
  return out;
}

export function parseTrueType(tables: SfntTables): TrueTypeFont {
  const head = requireTable(tables, "head");
  const hhea = requireTable(tables, "hhea");
  const maxp = requireTable(tables, "maxp");
  const hmtx = requireTable(tables, "hmtx");
  const locaTable = requireTable(tables, "loca");
  const glyf = requireTable(tables, "glyf");
  const headV = view(head);
  const hheaV = view(hhea);

  const unitsPerEm = headV.getUint16(18);
  const bbox = [headV.getInt16(36), headV.getInt16(38), headV.getInt16(40), headV.getInt16(42)] as const;
  const longLoca = headV.getInt16(50) === 1;
  const numGlyphs = view(maxp).getUint16(4);

  const numberOfHMetrics = hheaV.getUint16(34);
  const hmtxV = view(hmtx);
  const advances = new Uint16Array(numGlyphs);
  for (let gid = 0; gid < numGlyphs; gid++) {
    advances[gid] = hmtxV.getUint16(Math.min(gid, numberOfHMetrics - 1) * 4);
  }

  const locaV = view(locaTable);
  const loca = new Uint32Array(numGlyphs + 1);
  for (let gid = 0; gid <= numGlyphs; gid++) {
    loca[gid] = longLoca ? locaV.getUint32(gid * 4) : locaV.getUint16(gid * 2) * 2;
  }

  const cmap = parseCmap(requireTable(tables, "cmap"));
  const unicodeOfGlyph = new Int32Array(numGlyphs).fill(-1);
  for (const [cp, gid] of cmap) {
    if (gid < numGlyphs && (unicodeOfGlyph[gid] === -1 || cp < unicodeOfGlyph[gid])) unicodeOfGlyph[gid] = cp;
  }

  const os2 = tables.get("OS/2");
  const os2V = os2 && os2.length >= 90 ? view(os2) : null;
  const capHeight = os2V && os2V.getUint16(0) >= 2 ? os2V.getInt16(88) : Math.round(unitsPerEm * 0.7);
  const post = tables.get("post");
  const italicAngle = post ? view(post).getInt32(4) / 65536 : 0;

  return {
    unitsPerEm,
    numGlyphs,
    advances,
    cmap,
    unicodeOfGlyph,
    loca,
    glyf,
    bbox,
    ascent: hheaV.getInt16(4),
    descent: hheaV.getInt16(6),
    capHeight,
    italicAngle,
    head,
    hhea,
    maxp,
    hmtx,
  };
}
