/**
 * Backup of the embedded PGlite database (installations without DATABASE_URL):
 *   npm run db:backup [-- <file.tar.gz>]
 * Takes the data folder's lock, so it refuses while the portal runs: stop the portal, back up,
 * start it again (a few seconds for a small installation). Writes PGlite's own dump of the data
 * folder (a gzip'd tar), which `npm run db:restore` reads. PostgreSQL installations use
 * pgBackRest instead (docs/operations/backup-restore.md).
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { DataDirInUse, lockDataDir } from "../db/pglite-lock";

async function main(target: string | undefined): Promise<number> {
  if (process.env.DATABASE_URL) {
    console.error("DATABASE_URL is set: back up PostgreSQL with pgBackRest (docs/operations/backup-restore.md), not with db:backup.");
    return 2;
  }
  const dataDir = resolve(process.env.PGLITE_DIR ?? "./data/pglite");
  const file = resolve(target ?? `./data/backups/pglite-${new Date().toISOString().replace(/[:.]/g, "-")}.tar.gz`);
  const unlock = lockDataDir(dataDir);
  try {
    const database = await PGlite.create(dataDir);
    // A checkpoint first, so the dump holds every committed change in the data files.
    await database.exec("checkpoint");
    const dump = await database.dumpDataDir("gzip");
    await database.close();
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, Buffer.from(await dump.arrayBuffer()), { mode: 0o600 });
  } finally {
    unlock();
  }
  console.log(`Backup of ${dataDir} written to ${file}`);
  return 0;
}

main(process.argv[2]).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof DataDirInUse ? error.message : error);
    process.exit(1);
  },
);
