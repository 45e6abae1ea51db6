import { createHash } from "node:crypto";
import { deflateSync } from "node:zlib";
import { PDFName, PDFString, type PDFContext, type PDFDict, type PDFRef } from "pdf-lib";
import { faceById, type FontFace } from "./font-registry";
import type { GlyphUsage } from "./glyph-usage";
import { subsetTrueType } from "./subset";

/**
 * Writes the fonts one receipt used into the PDF as Type0 / CIDFontType2 fonts with
 * Identity-H encoding (2-byte glyph ids, see FontFace.glyphHex), a subset font program,
 * a W (widths) array and a ToUnicode CMap so that text stays extractable and searchable.
 */

export const fontResourceName = (faceId: number): string => `F${faceId}`;

function subsetTag(face: FontFace, used: Int32Array): string {
  const hash = createHash("sha256").update(face.postScriptName).update(String(face.id));
  hash.update(new Uint8Array(used.buffer, used.byteOffset, used.byteLength));
  const digest = hash.digest();
  let tag = "";
  for (let i = 0; i < 6; i++) tag += String.fromCharCode(65 + (digest[i] % 26));
  return tag;
}

/** W array entries: `firstGid [w w w …]` for each run of consecutive used glyph ids. */
function widthsArray(face: FontFace, used: Int32Array): Array<number | number[]> {
  const out: Array<number | number[]> = [];
  let run: number[] | null = null;
  for (let gid = 0; gid < used.length; gid++) {
    if (!used[gid]) {
      run = null;
      continue;
    }
    if (!run) {
      run = [];
      out.push(gid, run);
    }
    run.push(face.widths[gid]);
  }
  return out;
}

function utf16Hex(codePoint: number): string {
  if (codePoint < 0x10000) return codePoint.toString(16).padStart(4, "0");
  const c = codePoint - 0x10000;
  return ((0xd800 + (c >> 10)).toString(16) + (0xdc00 + (c & 0x3ff)).toString(16)).padStart(8, "0");
}

function toUnicodeCMap(face: FontFace, used: Int32Array): string {
  const entries: string[] = [];
  for (let gid = 0; gid < used.length; gid++) {
    if (used[gid] > 0) entries.push(`<${face.glyphHex[gid]}> <${utf16Hex(used[gid] - 1)}>`);
  }
  const blocks: string[] = [];
  for (let i = 0; i < entries.length; i += 100) {
    const chunk = entries.slice(i, i + 100);
    blocks.push(`${chunk.length} beginbfchar\n${chunk.join("\n")}\nendbfchar`);
  }
  return [
    "/CIDInit /ProcSet findresource begin",
    "12 dict begin",
    "begincmap",
    "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def",
    "/CMapName /Adobe-Identity-UCS def",
    "/CMapType 2 def",
    "1 begincodespacerange",
    "<0000> <ffff>",
    "endcodespacerange",
    ...blocks,
    "endcmap",
    "CMapName currentdict /CMap defineresource pop",
    "end",
    "end",
  ].join("\n");
}

function flateStream(context: PDFContext, data: Uint8Array | string, extra: Record<string, number> = {}): PDFRef {
  const bytes = typeof data === "string" ? Buffer.from(data, "latin1") : data;
  const stream = context.stream(deflateSync(bytes), { Filter: "FlateDecode", ...extra });
  return context.register(stream);
}

function embedFace(context: PDFContext, face: FontFace, used: Int32Array): PDFRef {
  const { font } = face;
  const scale = 1000 / font.unitsPerEm;
  const baseFont = `${subsetTag(face, used)}+${face.postScriptName}`;
  const program = subsetTrueType(font, used);

  const descriptor = context.obj({
    Type: "FontDescriptor",
    FontName: baseFont,
    Flags: 4, // symbolic: glyphs outside the standard Latin character set
    FontBBox: font.bbox.map((n) => Math.round(n * scale)),
    ItalicAngle: font.italicAngle,
    Ascent: Math.round(font.ascent * scale),
    Descent: Math.round(font.descent * scale),
    CapHeight: Math.round(font.capHeight * scale),
    StemV: face.postScriptName.endsWith("Bold") ? 140 : 80,
    FontFile2: flateStream(context, program, { Length1: program.length }),
  });

  const cidFont = context.obj({
    Type: "Font",
    Subtype: "CIDFontType2",
    BaseFont: baseFont,
    // context.obj turns JS strings into names; CIDSystemInfo needs PDF strings.
    CIDSystemInfo: { Registry: PDFString.of("Adobe"), Ordering: PDFString.of("Identity"), Supplement: 0 },
    FontDescriptor: context.register(descriptor),
    CIDToGIDMap: "Identity",
    W: widthsArray(face, used),
  });
  return context.register(
    context.obj({
      Type: "Font",
      Subtype: "Type0",
      BaseFont: baseFont,
      Encoding: "Identity-H",
      DescendantFonts: [context.register(cidFont)],
      ToUnicode: flateStream(context, toUnicodeCMap(face, used)),
    }),
  );
}

/** Embeds every face the receipt used and returns the /Font resource dictionary. */
export function embedUsedFonts(context: PDFContext, usage: GlyphUsage): PDFDict {
  const fonts = context.obj({});
  for (const [faceId, used] of usage.entries()) {
    fonts.set(PDFName.of(fontResourceName(faceId)), embedFace(context, faceById(faceId), used));
  }
  return fonts;
}
