// After `remix build`, before scripts/optimize-assets.mjs: the wizard's island (ADR 043), the
// step and review pages hydrated without Remix's client. One fingerprinted module under
// public/build/island, where it is cached for good like Remix's own; build/island.json tells the
// server its address. Where the wizard's pages import `@remix-run/react`, the island's router
// stands in.
import { writeFileSync } from "node:fs";
import { relative } from "node:path";
import { build } from "esbuild";

const outdir = "public/build/island";
const result = await build({
  entryPoints: { wizard: "app/components/wizard/island/wizard-island.tsx" },
  bundle: true,
  format: "esm",
  platform: "browser",
  target: "es2020",
  minify: true,
  jsx: "automatic",
  entryNames: "[name]-[hash]",
  outdir,
  alias: { "@remix-run/react": "./app/components/wizard/island/router.tsx" },
  define: { "process.env.NODE_ENV": '"production"' },
  metafile: true,
  logLevel: "warning",
});

const [script] = Object.keys(result.metafile.outputs).filter((file) => file.endsWith(".js"));
const address = `/${relative("public", script).split("\\").join("/")}`;
writeFileSync("build/island.json", `${JSON.stringify({ script: address })}\n`);
console.log(`built the wizard's island: ${address}`);
