/**
 * Benchmark: the form builder's model on the largest built-in form (forms/*.json by size).
 * Run directly with `npx tsx bench/builder.bench.ts`, or import and call `run()`.
 *
 * Figures (script time, median and 95th percentile of repeated runs; target each ≤ 50 ms):
 *  - open: the definition as pages and questions (openDefinition)
 *  - one edit each: fact, page title, add question, change a question, move, delete, add page
 * And the builder page's own JavaScript (gzip) from the build output (public/build), when built:
 * the route modules plus the shared chunks only builder routes load.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { runInNewContext } from "node:vm";
import type { FormDefinition } from "../app/engine/types";
import { openDefinition } from "../app/lib/builder/builder-view";
import {
  addPage,
  addQuestion,
  deleteQuestion,
  movePage,
  moveQuestion,
  setPageText,
  setTextFact,
  updateQuestion,
} from "../app/lib/builder/operations";
import { percentile } from "./stats";

export const TARGET_MS = 50;

function largestForm(): { file: string; definition: FormDefinition } {
  const files = readdirSync("forms")
    .filter((name) => name.endsWith(".json"))
    .map((name) => join("forms", name));
  const file = files.sort((a, b) => statSync(b).size - statSync(a).size)[0]!;
  return { file, definition: JSON.parse(readFileSync(file, "utf8")) as FormDefinition };
}

function measure(work: () => unknown, runs = 200): { medianMs: number; p95Ms: number } {
  for (let i = 0; i < 20; i += 1) work();
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const started = performance.now();
    work();
    times.push(performance.now() - started);
  }
  return { medianMs: percentile(times, 50), p95Ms: percentile(times, 95) };
}

/** Gzip bytes of the builder routes' own modules: route files plus chunks no other route or the entry loads. */
export function builderJavaScriptGzip(buildDir = "public/build"): { bytes: number; files: string[] } | null {
  if (!existsSync(buildDir)) return null;
  const manifestFile = readdirSync(buildDir).find((name) => /^manifest-.*\.js$/.test(name));
  if (!manifestFile) return null;
  const text = readFileSync(join(buildDir, manifestFile), "utf8");
  // The manifest is a minified script assigning an object literal: evaluate it in an empty context.
  const sandbox: { window: { __remixManifest?: unknown } } = { window: {} };
  runInNewContext(text, sandbox);
  const manifest = sandbox.window.__remixManifest as {
    entry: { module: string; imports: string[] };
    routes: Record<string, { module: string; imports?: string[] }>;
  };
  const builderRoutes = Object.entries(manifest.routes).filter(([id]) => id.includes("baukasten"));
  const elsewhere = new Set([manifest.entry.module, ...manifest.entry.imports]);
  for (const [id, route] of Object.entries(manifest.routes)) {
    if (!id.includes("baukasten")) for (const file of [route.module, ...(route.imports ?? [])]) elsewhere.add(file);
  }
  const own = new Set<string>();
  for (const [, route] of builderRoutes)
    for (const file of [route.module, ...(route.imports ?? [])]) if (!elsewhere.has(file)) own.add(file);
  let bytes = 0;
  for (const file of own) {
    const gz = join(buildDir, `${file.replace(/^\/build\//, "")}.gz`);
    if (existsSync(gz)) bytes += statSync(gz).size;
  }
  return { bytes, files: [...own] };
}

export async function run(): Promise<Record<string, { medianMs: number; p95Ms: number }>> {
  const { file, definition } = largestForm();
  const view = openDefinition(definition);
  const lastStep = definition.steps.length - 1;
  const figures: Record<string, { medianMs: number; p95Ms: number }> = {
    open: measure(() => openDefinition(definition)),
    "edit: service title": measure(() => setTextFact(definition, "title", "de", "Neuer Titel")),
    "edit: page title": measure(() => setPageText(definition, 1, "title", "de", "Neue Seite")),
    "edit: add question": measure(() => addQuestion(definition, lastStep, "radio", "Neue Frage")),
    "edit: question label and required": measure(() =>
      updateQuestion(definition, view.pages[0]!.questions[0]!.address, { label: { de: "Geändert" }, required: true }),
    ),
    "edit: move question": measure(() => moveQuestion(definition, { step: 0, field: 0 }, 1)),
    "edit: move page": measure(() => movePage(definition, 1, 2)),
    "edit: delete question": measure(() => deleteQuestion(definition, { step: lastStep, field: 0 })),
    "edit: add page": measure(() => addPage(definition, "Weitere Angaben")),
    "edit + reopen (one keystroke in the builder)": measure(() => openDefinition(setTextFact(definition, "title", "de", "Neuer Titel"))),
  };
  console.log(`builder model on ${file} (${statSync(file).size} bytes, ${definition.steps.length} pages):`);
  for (const [name, { medianMs, p95Ms }] of Object.entries(figures)) {
    console.log(
      `  ${name.padEnd(46)} median ${medianMs.toFixed(2)} ms  p95 ${p95Ms.toFixed(2)} ms  ${p95Ms <= TARGET_MS ? "≤" : ">"} ${TARGET_MS} ms`,
    );
  }
  const size = builderJavaScriptGzip();
  if (size) console.log(`  builder page's own JavaScript: ${(size.bytes / 1024).toFixed(1)} KiB gzip (${size.files.length} files)`);
  else console.log("  builder page's own JavaScript: no build output (run `npm run build` first)");
  return figures;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) await run();
