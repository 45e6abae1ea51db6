import type { TrueTypeFont } from "./truetype";

/**
 * Builds a TrueType subset that keeps the original glyph ids ("retain gids"): unused glyphs are
 * emptied and ids above the highest used one are dropped. Because ids never change, glyph codes
 * and widths can be cached per process and the content streams need no re-encoding per receipt.
 * Only the tables a PDF viewer needs for a CIDFontType2 with /CIDToGIDMap /Identity are written
 * (glyf, head, hhea, hmtx, loca, maxp), as fontkit's TTF subsetter does.
 */

const COMPOSITE_ARGS_ARE_WORDS = 0x0001;
const COMPOSITE_HAVE_SCALE = 0x0008;
const COMPOSITE_MORE_COMPONENTS = 0x0020;
const COMPOSITE_HAVE_XY_SCALE = 0x0040;
const COMPOSITE_HAVE_2X2 = 0x0080;

function glyphBytes(font: TrueTypeFont, gid: number): Uint8Array {
  return font.glyf.subarray(font.loca[gid], font.loca[gid + 1]);
}

/** Adds the component glyphs of composite glyphs (accented letters) to `used`, transitively. */
function addComponents(font: TrueTypeFont, used: Uint8Array): void {
  const pending: number[] = [];
  for (let gid = 0; gid < used.length; gid++) if (used[gid]) pending.push(gid);
  while (pending.length > 0) {
    const gid = pending.pop()!;
    const bytes = glyphBytes(font, gid);
    if (bytes.length < 10) continue;
    const v = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    if (v.getInt16(0) >= 0) continue; // simple glyph
    let at = 10;
    for (;;) {
      const flags = v.getUint16(at);
      const component = v.getUint16(at + 2);
      if (component < used.length && !used[component]) {
        used[component] = 1;
        pending.push(component);
      }
      at += 4 + (flags & COMPOSITE_ARGS_ARE_WORDS ? 4 : 2);
      if (flags & COMPOSITE_HAVE_SCALE) at += 2;
      else if (flags & COMPOSITE_HAVE_XY_SCALE) at += 4;
      else if (flags & COMPOSITE_HAVE_2X2) at += 8;
      if (!(flags & COMPOSITE_MORE_COMPONENTS)) break;
    }
  }
}

function checksum(bytes: Uint8Array, offset: number, length: number): number {
  const v = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let sum = 0;
  const end = offset + length;
  let i = offset;
  for (; i + 4 <= end; i += 4) sum = (sum + v.getUint32(i)) >>> 0;
  if (i < end) {
    let last = 0;
    for (let k = 0; k < 4; k++) last = (last << 8) | (i + k < end ? bytes[i + k] : 0);
    sum = (sum + (last >>> 0)) >>> 0;
  }
  return sum;
}

const pad4 = (n: number): number => (n + 3) & ~3;

/**
 * @param usedGlyphs one flag per glyph id of `font` (non-zero = drawn); not modified.
 * @returns a complete TrueType file.
 */
export function subsetTrueType(font: TrueTypeFont, usedGlyphs: ArrayLike<number>): Uint8Array {
  const used = new Uint8Array(font.numGlyphs);
  for (let gid = 0; gid < font.numGlyphs; gid++) used[gid] = usedGlyphs[gid] ? 1 : 0;
  used[0] = 1; // .notdef is mandatory
  addComponents(font, used);

  let numGlyphs = font.numGlyphs;
  while (numGlyphs > 1 && !used[numGlyphs - 1]) numGlyphs--;

  // glyf + long loca
  let glyfLength = 0;
  for (let gid = 0; gid < numGlyphs; gid++) if (used[gid]) glyfLength += pad4(font.loca[gid + 1] - font.loca[gid]);
  const glyf = new Uint8Array(glyfLength);
  const loca = new Uint8Array((numGlyphs + 1) * 4);
  const locaV = new DataView(loca.buffer);
  let at = 0;
  for (let gid = 0; gid < numGlyphs; gid++) {
    locaV.setUint32(gid * 4, at);
    if (used[gid]) {
      const bytes = glyphBytes(font, gid);
      glyf.set(bytes, at);
      at += pad4(bytes.length);
    }
  }
  locaV.setUint32(numGlyphs * 4, at);

  // hmtx is a prefix of the original: long metrics first, then left side bearings only.
  const origLongMetrics = new DataView(font.hhea.buffer, font.hhea.byteOffset, font.hhea.byteLength).getUint16(34);
  const longMetrics = Math.min(origLongMetrics, numGlyphs);
  const hmtx = font.hmtx.subarray(0, longMetrics * 4 + (numGlyphs - longMetrics) * 2);

  const head = new Uint8Array(font.head); // copies
  const headV = new DataView(head.buffer);
  headV.setUint32(8, 0); // checkSumAdjustment, set below
  headV.setInt16(50, 1); // indexToLocFormat: long
  const hhea = new Uint8Array(font.hhea);
  new DataView(hhea.buffer).setUint16(34, longMetrics);
  const maxp = new Uint8Array(font.maxp);
  new DataView(maxp.buffer).setUint16(4, numGlyphs);

  const tables: Array<[string, Uint8Array]> = [
    ["glyf", glyf],
    ["head", head],
    ["hhea", hhea],
    ["hmtx", hmtx],
    ["loca", loca],
    ["maxp", maxp],
  ];
  const headerLength = 12 + tables.length * 16;
  let total = headerLength;
  for (const [, data] of tables) total += pad4(data.length);

  const out = new Uint8Array(total);
  const v = new DataView(out.buffer);
  v.setUint32(0, 0x00010000);
  v.setUint16(4, tables.length);
  const entrySelector = Math.floor(Math.log2(tables.length));
  v.setUint16(6, 16 * 2 ** entrySelector);
  v.setUint16(8, entrySelector);
  v.setUint16(10, tables.length * 16 - 16 * 2 ** entrySelector);

  let offset = headerLength;
  let headOffset = 0;
  tables.forEach(([tag, data], i) => {
    const entry = 12 + i * 16;
    for (let k = 0; k < 4; k++) out[entry + k] = tag.charCodeAt(k);
    out.set(data, offset);
    v.setUint32(entry + 4, checksum(out, offset, data.length));
    v.setUint32(entry + 8, offset);
    v.setUint32(entry + 12, data.length);
    if (tag === "head") headOffset = offset;
    offset += pad4(data.length);
  });
  v.setUint32(headOffset + 8, (0xb1b0afba - checksum(out, 0, out.length)) >>> 0);
  return out;
}
