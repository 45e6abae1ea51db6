/**
 * Hostile requests over every endpoint family of the real portal (API groups, page forms,
 * uploads, query strings, headers, methods): each gets the refusal its row names, with a body a
 * person can act on and no stack trace, and no table of the database gains or loses a row.
 */
import { randomUUID } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, type Database } from "../../../db/client";
import { apiTokens } from "../../../db/schema";
import { closeDatabase } from "~/server/db.server";
import { secretHash } from "~/server/staff/tokens.server";
import { createApiTokenFor, createCaseFor, prepareAppDatabase } from "../../support/case-fixtures";
import { createTestDatabase, databaseKinds, type DatabaseKind, type TestDatabase } from "../../support/databases";
import { startServer, type RunningServer } from "../../support/server";
import { answerProblems, send } from "./hostile-http";
import { ADDRESSES, HOSTILE_ROWS, type HostileContext } from "./hostile-rows";

const KOELLEDA = "vg-koelleda";

/** Rows per table of the public schema. */
async function rowCounts(database: Database): Promise<Record<string, number>> {
  const rows = async <T>(query: ReturnType<typeof sql>) => ((await database.execute(query)) as unknown as { rows: T[] }).rows;
  const tables = await rows<{ table_name: string }>(
    sql`select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name`,
  );
  const counts: Record<string, number> = {};
  for (const { table_name } of tables) {
    const [{ n }] = await rows<{ n: number }>(sql`select count(*)::int as n from ${sql.identifier(table_name)}`);
    counts[table_name] = Number(n);
  }
  return counts;
}

type Portal = {
  server: RunningServer;
  fixtures: Pick<HostileContext, "caseNumber" | "casesToken" | "editorToken">;
  counts(): Promise<Record<string, number>>;
  stop(): Promise<void>;
};

/**
 * The portal on a database filled here first. `counts()` reads every table's row count; PGlite
 * is single-process, so there the server stops for the count and starts again on the same data.
 */
async function startPortal(kind: DatabaseKind): Promise<Portal> {
  const fill = async (database: Database) => {
    const fixture = await createCaseFor(KOELLEDA);
    const casesToken = await createApiTokenFor(KOELLEDA);
    const editorToken = `bpk_${randomUUID().replace(/-/g, "")}${randomUUID().replace(/-/g, "")}`;
    await database.insert(apiTokens).values({
      authorityId: "lra-16068",
      name: "Redaktion Test",
      tokenHash: secretHash(editorToken),
      scopes: ["services:write"],
      createdById: null,
    });
    return { caseNumber: fixture.caseNumber, casesToken, editorToken };
  };
  if (kind === "postgres") {
    const database: TestDatabase = await createTestDatabase("postgres");
    const fixtures = await fill(await prepareAppDatabase(database.handle));
    const server = await startServer({ databaseUrl: database.url ?? undefined });
    return {
      server,
      fixtures,
      counts: () => rowCounts(database.handle.db),
      stop: async () => {
        await server.stop();
        await database.drop();
      },
    };
  }
  const dir = mkdtempSync(join(tmpdir(), "bp-hostile-"));
  const dataDir = join(dir, "pglite");
  const handle = await openDatabase({ kind: "pglite", dataDir });
  const fixtures = await fill(await prepareAppDatabase(handle));
  await closeDatabase();
  const portal: Portal = {
    server: await startServer({ env: { PGLITE_DIR: dataDir } }),
    fixtures,
    counts: async () => {
      await portal.server.stop();
      const reopened = await openDatabase({ kind: "pglite", dataDir });
      try {
        return await rowCounts(reopened.db);
      } finally {
        await reopened.close();
        portal.server = await startServer({ env: { PGLITE_DIR: dataDir } });
      }
    },
    stop: async () => {
      await portal.server.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
  return portal;
}

/** Logs in through the real page and returns the Cookie header the browser would send. */
async function cookieAfter(baseUrl: string, path: string, fields: Record<string, string>): Promise<string> {
  const response = await fetch(`${baseUrl}${path}`, {
    method: "POST",
    redirect: "manual",
    headers: { Origin: baseUrl, "Content-Type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams(fields).toString(),
  });
  const cookies = response.headers.getSetCookie().map((c) => c.split(";")[0]);
  if (response.status >= 400 || cookies.length === 0) throw new Error(`${path} gave ${response.status} and no cookie`);
  return cookies.join("; ");
}

describe.each(databaseKinds())("hostile requests on %s", (kind) => {
  let portal: Portal;
  let before: Record<string, number>;
  let ctx: HostileContext;

  beforeAll(async () => {
    portal = await startPortal(kind);
    const base = portal.server.baseUrl;
    ctx = {
      ...portal.fixtures,
      citizenCookie: await cookieAfter(base, "/rastenberg/hundesteuer-anmeldung", {}),
      staffCookie: await cookieAfter(base, "/verwaltung/anmelden", { username: "sb.vgkoe", password: "demo-sb.vgkoe" }),
      adminCookie: await cookieAfter(base, "/verwaltung/anmelden", { username: "admin.vgkoe", password: "demo-admin.vgkoe" }),
      editorCookie: await cookieAfter(base, "/verwaltung/anmelden", { username: "red.lrasoe", password: "demo-red.lrasoe" }),
    };
    // Counted after the set-up's own writes (draft, sessions), before the first hostile request.
    before = await portal.counts();
  }, 180_000);
  afterAll(async () => {
    await portal?.stop();
  });

  it(`has at least 200 rows (${HOSTILE_ROWS.length})`, () => {
    expect(HOSTILE_ROWS.length).toBeGreaterThanOrEqual(200);
    expect(new Set(HOSTILE_ROWS.map((row) => row.name)).size).toBe(HOSTILE_ROWS.length);
  });

  it.each(HOSTILE_ROWS)("$name → $expect", async (row) => {
    const request = row.request(ctx);
    const answer = await send(portal.server.baseUrl, request);
    const isApi = request.path.startsWith("/api/") && request.raw === undefined;
    expect(answerProblems(answer, row.expect, isApi, request.method), `${answer.status} ${answer.body.slice(0, 300)}`).toEqual([]);
  });

  it("lets every method an address handles through, as its Allow header says", async () => {
    for (const { path, handles } of ADDRESSES) {
      const address = path.replace("{case}", ctx.caseNumber);
      const options = await send(portal.server.baseUrl, { method: "OPTIONS", path: address });
      expect(String(options.headers.allow).split(", "), address).toEqual(expect.arrayContaining([...handles, "OPTIONS"]));
      for (const method of handles) {
        // A body no handler accepts: it reaches the handler (no 405) and is refused there, so nothing is written.
        const answer = await send(portal.server.baseUrl, { method, path: address, headers: { "Content-Type": "text/plain" }, body: "x" });
        expect(answer.status, `${method} ${address}`).not.toBe(405);
        expect(answer.status, `${method} ${address}`).toBeLessThan(500);
      }
    }
  });

  it("logged no server error, and changed no table's row count", async () => {
    expect(portal.server.output()).not.toMatch(/"level":"error"|Unexpected Server Error/);
    // Refused guesses (access codes, tokens) are counted by design: that is the defence against guessing.
    const withoutGuessCounters = ({ rate_limit_buckets: _, ...counts }: Record<string, number>) => counts;
    expect(withoutGuessCounters(await portal.counts())).toEqual(withoutGuessCounters(before));
  });
});
