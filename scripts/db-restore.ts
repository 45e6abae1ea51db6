/**
 * Restore of an embedded PGlite backup made by `npm run db:backup`:
 *   npm run db:restore -- <file.tar.gz>
 * Into PGLITE_DIR (default ./data/pglite), which must be empty or absent: move the damaged folder
 * aside first, the restore never overwrites a database. The portal must be stopped.
 */
import { existsSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { join, resolve } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { DataDirInUse, lockDataDir } from "../db/pglite-lock";

async function main(source: string | undefined): Promise<number> {
  if (!source) {
    console.error("Usage: npm run db:restore -- <backup file>");
    return 2;
  }
  const dataDir = resolve(process.env.PGLITE_DIR ?? "./data/pglite");
  if (existsSync(dataDir) && readdirSync(dataDir).length > 0) {
    console.error(`${dataDir} is not empty. Move it aside (e.g. mv ${dataDir} ${dataDir}.damaged) and run the restore again.`);
    return 1;
  }
  const dump = new Blob([readFileSync(resolve(source))]);
  const database = await PGlite.create(dataDir, { loadDataDir: dump });
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

main(process.argv[2]).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof DataDirInUse ? error.message : error);
    process.exit(1);
  },
);
