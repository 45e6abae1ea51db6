/** Child process of fim-import.bench.ts: imports the schema given as argument and prints the figures as JSON. */
import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { importFim } from "../app/server/fim/import-fim";

const path = process.argv[2]!;
const bytes = new Uint8Array(readFileSync(path));
const rssBeforeMb = process.memoryUsage().rss / 1024 / 1024;
let started = performance.now();
const { report } = importFim({ name: basename(path), bytes });
const coldMs = performance.now() - started;
const warm: number[] = [];
for (let i = 0; i < 5; i++) {
  started = performance.now();
  importFim({ name: basename(path), bytes });
  warm.push(performance.now() - started);
}
warm.sort((a, b) => a - b);
console.log(
  JSON.stringify({
    bytes: bytes.byteLength,
    coldMs,
    warmMedianMs: warm[2],
    rssBeforeMb,
    maxRssMb: process.resourceUsage().maxRSS / 1024,
    fields: report.counts.fields,
  }),
);
