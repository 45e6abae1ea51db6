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

function usageDigest(face: FontFace, used: Int32Array): Buffer {
  const hash = createHash("sha256").update(face.postScriptName).update(String(face.id));
  hash.update(new Uint8Array(used.buffer, used.byteOffset, used.byteLength));
  return hash.digest();
}

function subsetTag(digest: Buffer): string {
  let tag = "";
  for (let i = 0; i < 6; i++) tag += String.fromCharCode(65 + (digest[i] % 26));
  return tag;
}

/** What a face embeds for one usage, compressed: the same glyphs drawn from the same characters give the same bytes. */
type EmbeddedFace = { tag: string; program: Uint8Array; programLength: number; toUnicode: Uint8Array; widths: Array<number | number[]> };

/**
 * Subsetting and compressing the font program is most of a receipt's work, and receipts of one
 * form draw mostly the same glyphs (its labels), so the result is kept per usage. Bounded: an
 * entry is a few kilobytes, and the oldest goes first.
 */
const embedded = new Map<string, EmbeddedFace>();
const EMBEDDED_LIMIT = 256;

function embeddedFace(face: FontFace, used: Int32Array): EmbeddedFace {
  const digest = usageDigest(face, used);
  const key = digest.toString("base64");
  let entry = embedded.get(key);
  if (entry) {
    // Most recently used last, so the oldest is first to go.
    embedded.delete(key);
    embedded.set(key, entry);
    return entry;
  }
  const program = subsetTrueType(face.font, used);
  entry = {
    tag: subsetTag(digest),
    program: deflateSync(program),
    programLength: program.length,
    toUnicode: deflateSync(Buffer.from(toUnicodeCMap(face, used), "latin1")),
    widths: widthsArray(face, used),
  };
  embedded.set(key, entry);
  if (embedded.size > EMBEDDED_LIMIT) embedded.delete(embedded.keys().next().value!);
  return entry;
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

function flateStream(context: PDFContext, deflated: Uint8Array, extra: Record<string, number> = {}): PDFRef {
  return context.register(context.stream(deflated, { Filter: "FlateDecode", ...extra }));
}

function embedFace(context: PDFContext, face: FontFace, used: Int32Array): PDFRef {
  const { font } = face;
  const scale = 1000 / font.unitsPerEm;
  const { tag, program, programLength, toUnicode, widths } = embeddedFace(face, used);
  const baseFont = `${tag}+${face.postScriptName}`;

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
    FontFile2: flateStream(context, program, { Length1: programLength }),
  });

  const cidFont = context.obj({
    Type: "Font",
    Subtype: "CIDFontType2",
    BaseFont: baseFont,
    // context.obj turns JS strings into names; CIDSystemInfo needs PDF strings.
    CIDSystemInfo: { Registry: PDFString.of("Adobe"), Ordering: PDFString.of("Identity"), Supplement: 0 },
    FontDescriptor: context.register(descriptor),
    CIDToGIDMap: "Identity",
    W: widths,
  });
  return context.register(
    context.obj({
      Type: "Font",
      Subtype: "Type0",
      BaseFont: baseFont,
      Encoding: "Identity-H",
      DescendantFonts: [context.register(cidFont)],
      ToUnicode: flateStream(context, toUnicode),
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
