import { openDatabase, pingDatabase, type Database, type DatabaseHandle } from "../../db/client";
import { seedAuthorities } from "../../db/seed/seed-authorities";
import { env } from "./env.server";
import { log } from "./logger.server";

/**
 * One database handle per process. Stored on globalThis because the embedded PGlite
 * must never be opened twice on the same directory (e.g. after a development rebuild).
 */
const key = Symbol.for("buergerportal.database");
type Holder = { [key]?: Promise<DatabaseHandle> };

export function databaseHandle(): Promise<DatabaseHandle> {
  const holder = globalThis as Holder;
  holder[key] ??= (async () => {
    const { databaseUrl, pgliteDir } = env();
    const handle = databaseUrl
      ? await openDatabase({ kind: "postgres", url: databaseUrl })
      : await openDatabase({ kind: "pglite", dataDir: pgliteDir });
    log.info("database opened", { kind: handle.kind });
    return handle;
  })();
  return holder[key];
}

export async function db(): Promise<Database> {
  return (await databaseHandle()).db;
}

/** Migrations and idempotent seed, run once at start-up before the server accepts requests. */
export async function prepareDatabase(): Promise<void> {
  const handle = await databaseHandle();
  await handle.migrate();
  await seedAuthorities(handle.db);
  log.info("database migrated and seeded", { kind: handle.kind });
}

export async function databaseHealth(): Promise<{ ok: true } | { ok: false; reason: string }> {
  try {
    await pingDatabase(await db());
    return { ok: true };
  } catch (error) {
    const code = (error as { code?: string }).code;
    return { ok: false, reason: code ? `database unreachable (${code})` : "database unreachable" };
  }
}

export async function closeDatabase(): Promise<void> {
  const holder = globalThis as Holder;
  const pending = holder[key];
  delete holder[key];
  if (pending) await (await pending).close();
}
