import { inflateSync } from "node:zlib";

/** Raw (uncompressed) tables of an sfnt font, keyed by their four-letter tag. */
export type SfntTables = Map<string, Uint8Array>;

const SFNT_TRUETYPE = 0x00010000;
const WOFF_SIGNATURE = 0x774f4646; // "wOFF"
const WOFF2_SIGNATURE = 0x774f4632; // "wOF2"

function tagAt(bytes: Uint8Array, offset: number): string {
  return String.fromCharCode(bytes[offset], bytes[offset + 1], bytes[offset + 2], bytes[offset + 3]);
}

/**
 * Reads the tables of a TrueType (glyf-flavoured) font given as plain TTF or WOFF 1.0.
 * WOFF 1.0 stores every table zlib-compressed on its own (or raw when that is not smaller),
 * so decompressing is one `inflateSync` per table. WOFF2 (Brotli + glyf transforms) and
 * CFF-flavoured fonts are rejected with an error instead of being handed to fontkit,
 * which is known to crash the process on some WOFF2 files.
 */
export function readSfntTables(file: Uint8Array): SfntTables {
  const view = new DataView(file.buffer, file.byteOffset, file.byteLength);
  const signature = view.getUint32(0);
  const tables: SfntTables = new Map();

  if (signature === WOFF_SIGNATURE) {
    const flavor = view.getUint32(4);
    if (flavor !== SFNT_TRUETYPE) throw new Error("Only TrueType-flavoured WOFF fonts are supported");
    const numTables = view.getUint16(12);
    for (let i = 0; i < numTables; i++) {
      const entry = 44 + i * 20;
      const tag = tagAt(file, entry);
      const offset = view.getUint32(entry + 4);
      const compLength = view.getUint32(entry + 8);
      const origLength = view.getUint32(entry + 12);
      const raw = file.subarray(offset, offset + compLength);
      // new Uint8Array(...) copies: a Node Buffer's slice() would share (and let callers mutate) the file buffer.
      const data = new Uint8Array(compLength < origLength ? inflateSync(raw) : raw);
      if (data.length !== origLength) throw new Error(`WOFF table ${tag} has an unexpected length`);
      tables.set(tag, data);
    }
    return tables;
  }

  if (signature === SFNT_TRUETYPE) {
    const numTables = view.getUint16(4);
    for (let i = 0; i < numTables; i++) {
      const entry = 12 + i * 16;
      const offset = view.getUint32(entry + 8);
      const length = view.getUint32(entry + 12);
      tables.set(tagAt(file, entry), new Uint8Array(file.subarray(offset, offset + length)));
    }
    return tables;
  }

  if (signature === WOFF2_SIGNATURE) throw new Error("WOFF2 fonts are not supported; use a TTF or WOFF 1.0 file");
  throw new Error("Unsupported font format (expected TrueType TTF or WOFF 1.0)");
}
