/**
 * The FIM import of the largest real schema (Kindertagespflege, 3.5 MB, mostly `relation`
 * lineage) in a fresh process: cold time (first import, as the CLI or one upload sees it), warm
 * median, and the process's peak memory (maxRSS, Node and the loaded modules included).
 * The schema is read from ../shared/fim beside the repository.
 */
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";

const SCHEMA = fileURLToPath(new URL("../../shared/fim/xdf3/S05000001299.xdf.xml", import.meta.url));
const CHILD = fileURLToPath(new URL("./fim-import-child.ts", import.meta.url));

export async function run(): Promise<void> {
  if (!existsSync(SCHEMA)) {
    console.log(`FIM import: ${SCHEMA} not found (../shared/fim beside the repository), skipped`);
    return;
  }
  const { stdout } = await promisify(execFile)(process.execPath, ["--import", "tsx", CHILD, SCHEMA], { maxBuffer: 1024 * 1024 });
  const figures = JSON.parse(stdout.trim().split("\n").pop()!) as {
    bytes: number;
    coldMs: number;
    warmMedianMs: number;
    rssBeforeMb: number;
    maxRssMb: number;
    fields: number;
  };
  console.log(`FIM import of ${(figures.bytes / 1024 / 1024).toFixed(1)} MB (Kindertagespflege, ${figures.fields} fields)`);
  console.log(`  cold (first import in a fresh process): ${figures.coldMs.toFixed(0)} ms`);
  console.log(`  warm median of 5: ${figures.warmMedianMs.toFixed(0)} ms`);
  console.log(
    `  peak memory of the process (maxRSS): ${figures.maxRssMb.toFixed(0)} MB (before the import: ${figures.rssBeforeMb.toFixed(0)} MB)`,
  );
}
