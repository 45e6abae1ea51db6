// The built scripts and style sheets in their precompressed forms (scripts/optimize-assets.mjs):
// Brotli or gzip as the browser accepts, else the plain file through express.static.
import { readdirSync } from "node:fs";
import { extname, join, relative } from "node:path";

const ENCODINGS = [
  { name: "br", suffix: ".br" },
  { name: "gzip", suffix: ".gz" },
];
const TYPES = { ".js": "text/javascript; charset=utf-8", ".css": "text/css; charset=utf-8" };

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
    const type = TYPES[extname(file)];
    if (!type || !available.has(file)) return next();
    // Our order, not the browser's: Chromium lists gzip before br, but br is smaller.
    const encoding = ENCODINGS.find(
      (candidate) => req.acceptsEncodings(candidate.name) === candidate.name && available.has(file + candidate.suffix),
    );
    res.vary("Accept-Encoding");
    if (!encoding) return next();
    res.sendFile(file + encoding.suffix, {
      root: folder,
      immutable: true,
      maxAge: "1y",
      headers: { "Content-Type": type, "Content-Encoding": encoding.name },
    });
  };
}
