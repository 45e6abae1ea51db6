import { mkdirSync } from "node:fs";
import { resolve } from "node:path";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { sql } from "drizzle-orm";
import * as schema from "./schema";
import { lockDataDir } from "./pglite-lock";
import { keepConnectionsAfterStatementErrors } from "./statement-errors-keep-connections";

export type Database = PgDatabase<PgQueryResultHKT, typeof schema>;
export type Transaction = Parameters<Parameters<Database["transaction"]>[0]>[0];
/** Runs queries: the database itself or an open transaction. */
export type Executor = Database | Transaction;

/** A json value in a raw query's row as the driver hands it: parsed by pg, as text by PGlite. */
export const jsonColumn = <T>(value: T | string): T => (typeof value === "string" ? (JSON.parse(value) as T) : value);

export type DatabaseHandle = {
  db: Database;
  /** "postgres" when connected through pg to a server, "pglite" for the embedded database. */
  kind: "postgres" | "pglite";
  migrate(): Promise<void>;
  /**
   * Runs start-up work (migrations, seed) alone: with several HTTP servers at several sites, the
   * first holds a PostgreSQL advisory lock while the others wait for it and then find the work done.
   */
  alone<T>(work: () => Promise<T>): Promise<T>;
  close(): Promise<void>;
  /** The connection pool's state, for the metrics; absent for the embedded PGlite. */
  poolStats?(): { total: number; idle: number; waiting: number };
};

export type DatabaseOptions = { kind: "postgres"; url: string; poolSize?: number } | { kind: "pglite"; dataDir: string | null };

const migrationsFolder = resolve(process.cwd(), "db/migrations");

export async function openDatabase(options: DatabaseOptions): Promise<DatabaseHandle> {
  return options.kind === "postgres" ? openPostgres(options.url, options.poolSize) : openPglite(options.dataDir);
}

/** Advisory lock key of the start-up work ("bp-start" as a number); no other lock uses it. */
const STARTUP_LOCK = 0x62702d7374617274n.toString();

async function openPostgres(url: string, poolSize = 10): Promise<DatabaseHandle> {
  const { Pool } = (await import("pg")).default;
  const { drizzle } = await import("drizzle-orm/node-postgres");
  const { migrate } = await import("drizzle-orm/node-postgres/migrator");
  const pool = new Pool({
    connectionString: url,
    max: poolSize,
    // Fail fast while the server is unreachable so health checks and pages answer promptly.
    connectionTimeoutMillis: 3000,
    idleTimeoutMillis: 30_000,
  });
  // A client losing its connection must not take the process down. An idle one is the pool's to
  // replace; one in use (a transaction, the start-up lock) says so as an event before its query
  // fails, and pg's pool listens only while it is idle. The query's own error reaches its caller,
  // and the pool ends the broken client when it comes back.
  pool.on("error", () => {});
  pool.on("connect", (client) => client.on("error", () => {}));
  keepConnectionsAfterStatementErrors(pool);
  const db = drizzle(pool, { schema }) as unknown as Database;
  return {
    db,
    kind: "postgres",
    migrate: () => migrate(db as never, { migrationsFolder }),
    alone: async (work) => {
      const client = await pool.connect();
      try {
        await client.query("select pg_advisory_lock($1)", [STARTUP_LOCK]);
        return await work();
      } finally {
        await client.query("select pg_advisory_unlock($1)", [STARTUP_LOCK]).catch(() => {});
        client.release();
      }
    },
    close: () => pool.end(),
    poolStats: () => ({ total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount }),
  };
}

async function openPglite(dataDir: string | null): Promise<DatabaseHandle> {
  const { PGlite } = await import("@electric-sql/pglite");
  const { drizzle } = await import("drizzle-orm/pglite");
  const { migrate } = await import("drizzle-orm/pglite/migrator");
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  const unlock = dataDir ? lockDataDir(dataDir) : () => {};
  const client = dataDir ? await PGlite.create(dataDir) : await PGlite.create();
  const db = drizzle(client, { schema }) as unknown as Database;
  return {
    db,
    kind: "pglite",
    migrate: () => migrate(db as never, { migrationsFolder }),
    // One process owns the folder (pglite-lock.ts): nobody else can start up at the same time.
    alone: (work) => work(),
    close: async () => {
      await client.close();
      unlock();
    },
  };
}

export async function pingDatabase(db: Database): Promise<void> {
  await db.execute(sql`select 1`);
}
