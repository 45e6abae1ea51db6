import { createHash } from "node:crypto";
import { deflateSync } from "node:zlib";
import type { PdfFile, PdfRef } from "../pdf/pdf-file";
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

/**
 * What a face embeds for one usage, compressed and with its dictionaries as finished syntax: the
 * same glyphs drawn from the same characters give the same bytes.
 */
type EmbeddedFace = {
  baseFont: string;
  program: Uint8Array;
  programLength: number;
  toUnicode: Uint8Array;
  /** The font descriptor's entries but its font program's reference. */
  descriptorEntries: string;
  /** The W array's syntax. */
  widths: string;
};

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
  const baseFont = `${subsetTag(digest)}+${face.postScriptName}`;
  entry = {
    baseFont,
    program: deflateSync(program),
    programLength: program.length,
    toUnicode: deflateSync(Buffer.from(toUnicodeCMap(face, used), "latin1")),
    descriptorEntries: descriptorEntries(face, baseFont),
    widths: widthsArray(face, used),
  };
  embedded.set(key, entry);
  if (embedded.size > EMBEDDED_LIMIT) embedded.delete(embedded.keys().next().value!);
  return entry;
}

function descriptorEntries(face: FontFace, baseFont: string): string {
  const { font } = face;
  const scale = 1000 / font.unitsPerEm;
  const scaled = (n: number) => Math.round(n * scale);
  return [
    `/FontName/${baseFont}`,
    "/Flags 4", // symbolic: glyphs outside the standard Latin character set
    `/FontBBox[${font.bbox.map(scaled).join(" ")}]`,
    `/ItalicAngle ${font.italicAngle}`,
    `/Ascent ${scaled(font.ascent)}`,
    `/Descent ${scaled(font.descent)}`,
    `/CapHeight ${scaled(font.capHeight)}`,
    `/StemV ${face.postScriptName.endsWith("Bold") ? 140 : 80}`,
  ].join("");
}

/** W array syntax: `firstGid [w w w …]` for each run of consecutive used glyph ids. */
function widthsArray(face: FontFace, used: Int32Array): string {
  const runs: string[] = [];
  let runStart = -1;
  for (let gid = 0; gid <= used.length; gid++) {
    const drawn = gid < used.length && used[gid] > 0;
    if (drawn && runStart < 0) runStart = gid;
    if (!drawn && runStart >= 0) {
      runs.push(`${runStart}[${face.widths.subarray(runStart, gid).join(" ")}]`);
      runStart = -1;
    }
  }
  return `[${runs.join(" ")}]`;
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

function embedFace(file: PdfFile, face: FontFace, used: Int32Array): PdfRef {
  const { baseFont, program, programLength, toUnicode, descriptorEntries, widths } = embeddedFace(face, used);
  const fontFile = file.addStream(`/Filter/FlateDecode/Length1 ${programLength}`, program);
  const descriptor = file.add(`<</Type/FontDescriptor${descriptorEntries}/FontFile2 ${fontFile}>>`);
  const cidFont = file.add(
    `<</Type/Font/Subtype/CIDFontType2/BaseFont/${baseFont}/CIDSystemInfo<</Registry(Adobe)/Ordering(Identity)/Supplement 0>>` +
      `/FontDescriptor ${descriptor}/CIDToGIDMap/Identity/W${widths}>>`,
  );
  const unicodeMap = file.addStream("/Filter/FlateDecode", toUnicode);
  return file.add(
    `<</Type/Font/Subtype/Type0/BaseFont/${baseFont}/Encoding/Identity-H/DescendantFonts[${cidFont}]/ToUnicode ${unicodeMap}>>`,
  );
}

/** Embeds every face the receipt used and returns the /Font resource dictionary's syntax. */
export function embedUsedFonts(file: PdfFile, usage: GlyphUsage): string {
  let fonts = "";
  for (const [faceId, used] of usage.entries()) fonts += `/${fontResourceName(faceId)} ${embedFace(file, faceById(faceId), used)}`;
  return `<<${fonts}>>`;
}
