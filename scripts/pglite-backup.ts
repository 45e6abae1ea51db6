/**
 * Backup and restore of the embedded PGlite database (installations without DATABASE_URL):
 *   npm run db:backup [-- <file.tar.gz>]   PGlite's dump of the data folder (a gzip'd tar), after a checkpoint
 *   npm run db:restore -- <file.tar.gz>    into PGLITE_DIR, which must be empty or absent
 * Both take the data folder's lock (db/pglite-lock.ts), so they refuse while the portal runs:
 * stop the portal first. PostgreSQL installations use pgBackRest (docs/operations/backup-restore.md).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { DataDirInUse, lockDataDir } from "../db/pglite-lock";

const dataDir = resolve(process.env.PGLITE_DIR ?? "./data/pglite");

async function backup(target: string | undefined): Promise<number> {
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

async function restore(source: string | undefined): Promise<number> {
  if (!source) {
    console.error("Usage: npm run db:restore -- <backup file>");
    return 2;
  }
  if (existsSync(dataDir) && readdirSync(dataDir).length > 0) {
    console.error(`${dataDir} is not empty. Move it aside (e.g. mv ${dataDir} ${dataDir}.damaged) and run the restore again.`);
    return 1;
  }
  const database = await PGlite.create(dataDir, { loadDataDir: new Blob([readFileSync(resolve(source))]) });
  // The lock file of the process that made the backup came along in the dump: this process holds the folder now.
  rmSync(join(dataDir, "portal.lock"), { force: true });
  const unlock = lockDataDir(dataDir);
  try {
    const [{ cases }] = (await database.query<{ cases: number }>("select count(*)::int as cases from cases")).rows;
    console.log(`Restored ${source} into ${dataDir}: ${cases} case(s).`);
    await database.close();
  } finally {
    unlock();
  }
  return 0;
}

async function main([command, file]: string[]): Promise<number> {
  if (process.env.DATABASE_URL) {
    console.error("DATABASE_URL is set: back up PostgreSQL with pgBackRest (docs/operations/backup-restore.md), not with db:backup.");
    return 2;
  }
  if (command === "backup") return backup(file);
  if (command === "restore") return restore(file);
  console.error("Usage: npm run db:backup [-- <file>] | npm run db:restore -- <file>");
  return 2;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof DataDirInUse ? error.message : error);
    process.exit(1);
  },
);
