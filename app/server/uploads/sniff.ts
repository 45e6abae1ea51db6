/**
 * The media type a file's bytes actually have, from their signature. Uploads are accepted by
 * what they are, not by their name or the browser's claim: an .exe renamed to .pdf is refused.
 */
const signatures: Array<{ mediaType: string; matches: (b: Uint8Array) => boolean }> = [
  { mediaType: "application/pdf", matches: (b) => startsWith(b, [0x25, 0x50, 0x44, 0x46, 0x2d]) }, // %PDF-
  { mediaType: "image/png", matches: (b) => startsWith(b, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]) },
  { mediaType: "image/jpeg", matches: (b) => startsWith(b, [0xff, 0xd8, 0xff]) },
  { mediaType: "image/gif", matches: (b) => startsWith(b, [0x47, 0x49, 0x46, 0x38]) },
  {
    mediaType: "image/webp",
    matches: (b) => startsWith(b, [0x52, 0x49, 0x46, 0x46]) && startsWith(b.subarray(8), [0x57, 0x45, 0x42, 0x50]),
  },
  {
    mediaType: "image/tiff",
    matches: (b) => startsWith(b, [0x49, 0x49, 0x2a, 0x00]) || startsWith(b, [0x4d, 0x4d, 0x00, 0x2a]),
  },
  {
    mediaType: "image/heic",
    matches: (b) => startsWith(b.subarray(4), [0x66, 0x74, 0x79, 0x70]) && ["heic", "heix", "mif1"].includes(ascii(b.subarray(8, 12))),
  },
];

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return bytes.length >= prefix.length && prefix.every((value, i) => bytes[i] === value);
}

function ascii(bytes: Uint8Array): string {
  return String.fromCharCode(...bytes);
}

/** The detected media type, or null when the bytes match no supported document or image type. */
export function sniffMediaType(head: Uint8Array): string | null {
  return signatures.find((s) => s.matches(head))?.mediaType ?? null;
}

/** Bytes needed to decide. */
export const SNIFF_BYTES = 16;
