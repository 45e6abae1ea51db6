// After `remix build`: every script of public/build minified once more with terser (two compress
// passes shrink Remix's esbuild output by a further ~4 %), then every script and style sheet
// compressed at the highest settings (.br with Brotli 11, .gz with Zopfli), which
// server/static-assets.js serves to browsers that accept them. Built files never change, so
// the slow tools run only here.
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { constants, brotliCompressSync } from "node:zlib";
import { gzipAsync } from "@gfx/zopfli";
import { minify } from "terser";

const root = "public/build";

function* assets(folder) {
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) yield* assets(path);
    else if (/\.(js|css)$/.test(entry.name)) yield path;
  }
}

let count = 0;
for (const path of assets(root)) {
  let content = readFileSync(path);
  if (path.endsWith(".js")) {
    const minified = await minify(content.toString("utf8"), {
      module: true,
      compress: { passes: 2 },
      mangle: true,
      format: { comments: false },
    });
    if (minified.code.length < content.byteLength) content = Buffer.from(minified.code);
    writeFileSync(path, content);
  }
  writeFileSync(`${path}.gz`, await gzipAsync(content, { numiterations: 15 }));
  writeFileSync(
    `${path}.br`,
    brotliCompressSync(content, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: content.byteLength },
    }),
  );
  count++;
}
console.log(`optimized ${count} assets in ${root}`);
