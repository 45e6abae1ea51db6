import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/**
 * The embedded PGlite belongs to one process: two opening the same folder would overwrite each
 * other's files. The portal, `npm run staff` and `npm run db:backup`/`db:restore` take this lock;
 * a lock left by a process that is gone is taken over.
 */
export class DataDirInUse extends Error {}

const LOCK_FILE = "portal.lock";

function holderOf(dataDir: string): number | null {
  try {
    const pid = Number(readFileSync(join(dataDir, LOCK_FILE), "utf8").trim());
    if (!Number.isInteger(pid) || pid <= 0 || pid === process.pid) return null;
    process.kill(pid, 0);
    return pid;
  } catch {
    return null;
  }
}

/** Takes the folder's lock for this process; returns its release. */
export function lockDataDir(dataDir: string): () => void {
  const holder = holderOf(dataDir);
  if (holder !== null) {
    throw new DataDirInUse(
      `The database folder ${dataDir} is in use by process ${holder} (the portal?). Stop it first: PGlite belongs to one process.`,
    );
  }
  const path = join(dataDir, LOCK_FILE);
  writeFileSync(path, `${process.pid}\n`);
  return () => rmSync(path, { force: true });
}
