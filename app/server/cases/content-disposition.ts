/**
 * `Content-Disposition: attachment` for a file name chosen by a citizen: an ASCII fallback for old
 * clients and the exact name as RFC 5987 `filename*`. Neither can break out of the header or name
 * a path: quotes, backslashes, slashes and control characters never pass.
 */

const FALLBACK_NAME = "datei";

export function asciiFilename(name: string): string {
  const ascii = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/ß/g, "ss")
    .replace(/[^A-Za-z0-9._ -]+/g, "_")
    .replace(/_+/g, "_")
    .replace(/^[._ -]+/, "")
    .trim()
    .slice(-120);
  return ascii === "" || /^[_.]*$/.test(ascii) ? FALLBACK_NAME : ascii;
}

/** Percent-encoding as RFC 5987 `ext-value` wants it (attr-char only). */
function encodeRfc5987(value: string): string {
  return encodeURIComponent(value).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

export function cleanFilename(name: string): string {
  // Control characters and path separators are never part of a name we hand out.
  const cleaned = name
    .replace(/[\u0000-\u001f\u007f/\\]+/g, "_")
    .trim()
    .slice(0, 200);
  return cleaned === "" ? FALLBACK_NAME : cleaned;
}

export function attachmentDisposition(name: string): string {
  const clean = cleanFilename(name);
  return `attachment; filename="${asciiFilename(clean)}"; filename*=UTF-8''${encodeRfc5987(clean)}`;
}
