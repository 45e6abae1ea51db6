import fontkit from "@pdf-lib/fontkit";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { faceById, faceIdOf, fontStyle, glyphIdOf } from "~/server/receipt/font/font-registry";
import { readSfntTables } from "~/server/receipt/font/sfnt-tables";
import { subsetTrueType } from "~/server/receipt/font/subset";
import { parseTrueType } from "~/server/receipt/font/truetype";

const require = createRequire(import.meta.url);
const fontFile = (name: string): Buffer => readFileSync(require.resolve(`@fontsource/noto-sans/files/${name}`));

describe("font loading", () => {
  it("reads WOFF 1.0 and rejects WOFF2 with an error instead of crashing", () => {
    const font = parseTrueType(readSfntTables(fontFile("noto-sans-latin-400-normal.woff")));
    expect(font.unitsPerEm).toBe(1000);
    expect(font.cmap.get(0x41)).toBeGreaterThan(0);
    expect(() => readSfntTables(fontFile("noto-sans-latin-400-normal.woff2"))).toThrow(/WOFF2/);
    expect(() => readSfntTables(new Uint8Array(16))).toThrow();
  });

  it("falls back across script faces and replaces uncovered characters with '?'", () => {
    const regular = fontStyle("regular");
    const latin = faceIdOf(regular.glyph(0x41));
    expect(faceIdOf(regular.glyph("Ł".codePointAt(0)!))).not.toBe(latin);
    expect(faceIdOf(regular.glyph("Ж".codePointAt(0)!))).not.toBe(latin);
    expect(regular.covers("Ω".codePointAt(0)!)).toBe(true);
    expect(regular.glyph("😀".codePointAt(0)!)).toBe(regular.replacement);
    expect(regular.glyph(0xe000)).toBe(regular.replacement);
    expect(faceById(faceIdOf(regular.replacement)).font.cmap.get(0x3f)).toBe(glyphIdOf(regular.replacement));
  });
});

describe("subsetTrueType", () => {
  const file = fontFile("noto-sans-latin-ext-400-normal.woff");
  const font = parseTrueType(readSfntTables(file));
  const text = "Łukasz Nowak-Ščerba ĞŐŰ";
  const gids = [...text].map((ch) => font.cmap.get(ch.codePointAt(0)!)).filter((gid): gid is number => gid !== undefined);
  const used = new Int32Array(font.numGlyphs);
  for (const gid of gids) used[gid] = 1;
  const subset = subsetTrueType(font, used);

  it("keeps glyph ids and outlines of the used glyphs, including composite components", () => {
    expect(gids.length).toBeGreaterThan(5);
    const original = fontkit.create(Buffer.from(file));
    const reduced = fontkit.create(Buffer.from(subset));
    for (const gid of gids) {
      expect(reduced.getGlyph(gid).path.toSVG()).toBe(original.getGlyph(gid).path.toSVG());
      expect(reduced.getGlyph(gid).advanceWidth).toBe(original.getGlyph(gid).advanceWidth);
    }
  });

  it("is much smaller than the face and deterministic", () => {
    expect(subset.length).toBeLessThan(font.glyf.length / 5);
    expect(Buffer.from(subsetTrueType(font, used)).equals(Buffer.from(subset))).toBe(true);
  });

  it("has valid table checksums and checkSumAdjustment", () => {
    const v = new DataView(subset.buffer, subset.byteOffset, subset.byteLength);
    let total = 0;
    for (let i = 0; i + 4 <= subset.length; i += 4) total = (total + v.getUint32(i)) >>> 0;
    expect(total).toBe(0xb1b0afba);
  });
});
