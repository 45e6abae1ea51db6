// The built, fingerprinted files under public/build (scripts, style sheets, fonts): a file's name
// changes with its content, so every one is cached for a year as immutable (ADR 035). Scripts and
// style sheets go out in their precompressed forms (scripts/optimize-assets.mjs), Brotli or gzip
// as the browser accepts; everything else as it is.
import { readdirSync } from "node:fs";
import { extname, join, relative } from "node:path";

const ENCODINGS = [
  { name: "br", suffix: ".br" },
  { name: "gzip", suffix: ".gz" },
];
const COMPRESSED_TYPES = { ".js": "text/javascript; charset=utf-8", ".css": "text/css; charset=utf-8" };

/**
 * Headers that govern a document (what it may load, frame or open, what referrer its requests
 * carry) and mean nothing on a script, style sheet or font: the only requests these make are the
 * style sheet's fonts, same-origin, whose referrer no policy changes. A step page loads ~35 of
 * these, so they would add ~16 KB to a first visit. X-Content-Type-Options stays: it is what
 * keeps a script from being sniffed.
 */
const DOCUMENT_ONLY_HEADERS = [
  "Content-Security-Policy",
  "X-Frame-Options",
  "Cross-Origin-Opener-Policy",
  "Permissions-Policy",
  "Referrer-Policy",
];

/**
 * Immutable files need no revalidation, so neither ETag nor Last-Modified is sent; and no
 * Accept-Ranges: they are a few KB each, fetched whole.
 */
const IMMUTABLE = { immutable: true, maxAge: "1y", etag: false, lastModified: false, acceptRanges: false };

function filesUnder(folder) {
  return readdirSync(folder, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(folder, join(entry.parentPath ?? entry.path, entry.name)));
}

export function precompressedAssets(folder) {
  const available = new Set(filesUnder(folder));
  return (req, res, next) => {
    if (req.method !== "GET" && req.method !== "HEAD") return next();
    const file = decodeURIComponent(req.path).replace(/^\/+/, "");
    if (!available.has(file)) return next();
    for (const name of DOCUMENT_ONLY_HEADERS) res.removeHeader(name);
    const type = COMPRESSED_TYPES[extname(file)];
    if (!type) return res.sendFile(file, { root: folder, ...IMMUTABLE });
    // Our order, not the browser's: Chromium lists gzip before br, but br is smaller.
    const encoding = ENCODINGS.find(
      (candidate) => req.acceptsEncodings(candidate.name) === candidate.name && available.has(file + candidate.suffix),
    );
    res.vary("Accept-Encoding");
    if (!encoding) return res.sendFile(file, { root: folder, ...IMMUTABLE, headers: { "Content-Type": type } });
    res.sendFile(file + encoding.suffix, {
      root: folder,
      ...IMMUTABLE,
      headers: { "Content-Type": type, "Content-Encoding": encoding.name },
    });
  };
}
