import { randomBytes } from "node:crypto";
import pg from "pg";
import { openDatabase, type DatabaseHandle } from "../../db/client";

export type DatabaseKind = "pglite" | "postgres";

/** PGlite always; PostgreSQL too when DATABASE_URL points at a server (as in CI). */
export function databaseKinds(): DatabaseKind[] {
  return process.env.DATABASE_URL ? ["pglite", "postgres"] : ["pglite"];
}

export type TestDatabase = { handle: DatabaseHandle; url: string | null; drop(): Promise<void> };

/** A fresh, migrated database: in-memory PGlite, or a new PostgreSQL database next to DATABASE_URL's. */
export async function createTestDatabase(kind: DatabaseKind): Promise<TestDatabase> {
  if (kind === "pglite") {
    const handle = await openDatabase({ kind: "pglite", dataDir: null });
    await handle.migrate();
    return { handle, url: null, drop: () => handle.close() };
  }
  const base = process.env.DATABASE_URL;
  if (!base) throw new Error("DATABASE_URL is not set");
  const name = `bp_test_${randomBytes(6).toString("hex")}`;
  await adminQuery(base, `create database ${name}`);
  const url = withDatabase(base, name);
  const handle = await openDatabase({ kind: "postgres", url, poolSize: 20 });
  await handle.migrate();
  return {
    handle,
    url,
    drop: async () => {
      await handle.close();
      await adminQuery(base, `drop database if exists ${name} with (force)`);
    },
  };
}

function withDatabase(url: string, name: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
}

async function adminQuery(url: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}
