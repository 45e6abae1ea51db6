import { sql } from "drizzle-orm";
import { openDatabase, pingDatabase, type Database, type DatabaseHandle } from "../../db/client";
import { seedAuthorities } from "../../db/seed/seed-authorities";
import { env } from "./env.server";
import { seedBuiltInServices } from "./services/seed-built-in.server";
import { loadAccessCodeSecret } from "./submissions/access-code.server";
import { log } from "./logger.server";
import { prepareStaffAccounts } from "./staff/demo-accounts.server";

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

/** Integration tests run the domain modules against a database of their own choosing. */
export function useDatabaseHandle(handle: DatabaseHandle): void {
  (globalThis as Holder)[key] = Promise.resolve(handle);
}

export async function db(): Promise<Database> {
  return (await databaseHandle()).db;
}

/** Migrations and idempotent seed, run once at start-up before the server accepts requests. */
export async function prepareDatabase(): Promise<void> {
  const handle = await databaseHandle();
  await handle.alone(async () => {
    await handle.migrate();
    await seedAuthorities(handle.db);
    await prepareStaffAccounts(handle.db);
    await seedBuiltInServices(handle.db);
    await loadAccessCodeSecret(handle.db);
  });
  log.info("database migrated and seeded", { kind: handle.kind });
}

export async function databaseHealth(): Promise<{ ok: true } | { ok: false; reason: string }> {
  try {
    await pingDatabase(await db());
    markDatabaseAvailable();
    return { ok: true };
  } catch (error) {
    markDatabaseUnavailable();
    const code = (error as { code?: string }).code;
    return { ok: false, reason: code ? `database unreachable (${code})` : "database unreachable" };
  }
}

/**
 * Readiness for a load balancer (GET /healthz/ready): the database answers and takes writes. A
 * standby (pg_is_in_recovery) or a read-only setting — what a failover leaves behind a stale
 * connection — means not ready, so the balancer sends citizens to a site that can store them.
 */
export async function databaseReadiness(): Promise<{ ready: true } | { ready: false; reason: string }> {
  try {
    const result = await (
      await db()
    ).execute(sql`select pg_is_in_recovery() as in_recovery, current_setting('transaction_read_only') as read_only`);
    const row = (result as unknown as { rows: Array<{ in_recovery: boolean; read_only: string }> }).rows[0]!;
    markDatabaseAvailable();
    if (row.in_recovery) return { ready: false, reason: "database is a standby" };
    if (row.read_only === "on") return { ready: false, reason: "database is read-only" };
    return { ready: true };
  } catch (error) {
    if (isConnectivityError(error)) markDatabaseUnavailable();
    const code = (error as { code?: string }).code ?? (error as { cause?: { code?: string } }).cause?.code;
    return { ready: false, reason: code ? `database unreachable (${code})` : "database unreachable" };
  }
}

/*
 * Outage breaker: once a request finds the database unreachable, the server answers pages with a
 * clear 503 instead of letting every request wait for a connection timeout, and checks every
 * two seconds whether the database is back.
 */
let outageMonitor: ReturnType<typeof setInterval> | null = null;

export function databaseAvailable(): boolean {
  return outageMonitor === null;
}

export function markDatabaseUnavailable(): void {
  if (outageMonitor) return;
  log.warn("database unreachable; answering 503 until it returns");
  outageMonitor = setInterval(() => void databaseHealth(), 2000);
  outageMonitor.unref();
}

function markDatabaseAvailable(): void {
  if (!outageMonitor) return;
  clearInterval(outageMonitor);
  outageMonitor = null;
  log.info("database reachable again");
}

const connectivityCodes = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "EPIPE",
  // A write that reached a server which became a standby during a failover: retry later.
  "25006",
  "57P01",
  "57P02",
  "57P03",
  "08000",
  "08001",
  "08003",
  "08006",
]);

/** Whether the error, or any error it wraps (drizzle wraps driver errors in `cause`), means the database link is gone. */
export function isConnectivityError(error: unknown): boolean {
  for (let current = error, depth = 0; current instanceof Error && depth < 5; current = current.cause, depth++) {
    const code = (current as { code?: string }).code;
    if (code && connectivityCodes.has(code)) return true;
    if (/Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error/i.test(current.message))
      return true;
  }
  return false;
}

export async function closeDatabase(): Promise<void> {
  const holder = globalThis as Holder;
  const pending = holder[key];
  delete holder[key];
  if (pending) await (await pending).close();
}
