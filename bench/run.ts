/**
 * `npm run bench`: every benchmark of the portal, one after another, each printing its figures.
 * Benchmarks measure; they do not pass or fail. Database benchmarks use PostgreSQL when
 * DATABASE_URL is set and say so in their output.
 */
import { existsSync } from "node:fs";

const benches = [
  "engine",
  "builder",
  "receipt",
  "submissions",
  "wizard",
  "step-change",
  "inbox",
  "fim-import",
  "first-visit",
  "lighthouse",
];

const chosen = process.argv.slice(2);
const unknown = chosen.filter((name) => !benches.includes(name));
if (unknown.length > 0) {
  console.error(`unknown bench ${unknown.join(", ")}; known: ${benches.join(", ")}`);
  process.exit(2);
}

for (const name of chosen.length > 0 ? chosen : benches) {
  const file = new URL(`./${name}.bench.ts`, import.meta.url);
  if (!existsSync(file)) continue;
  console.log(`\n=== ${name} ===`);
  const started = performance.now();
  const module = (await import(file.href)) as { run?: () => Promise<unknown> };
  await module.run?.();
  console.log(`(${name}: ${((performance.now() - started) / 1000).toFixed(1)} s)`);
}
