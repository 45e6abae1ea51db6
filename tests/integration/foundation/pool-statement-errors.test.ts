import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { openDatabase } from "../../../db/client";
import { keepConnectionsAfterStatementErrors } from "../../../db/statement-errors-keep-connections";
import { proxiedDatabaseUrl } from "../../support/tcp-proxy";

// The pool's behaviour against a real server: the embedded PGlite has no pool.
describe.skipIf(!process.env.DATABASE_URL)("the PostgreSQL pool after a failed statement or a broken connection", () => {
  let pool: pg.Pool;
  const backend = async () => (await pool.query<{ pid: number }>("select pg_backend_pid() as pid")).rows[0]!.pid;

  beforeAll(() => {
    pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 1 });
    keepConnectionsAfterStatementErrors(pool);
  });
  afterAll(() => pool.end());

  it("keeps a connection the server answered with an ERROR, and ends one that broke", async () => {
    const first = await backend();
    await expect(pool.query("select 1 / 0")).rejects.toMatchObject({ code: "22012", severity: "ERROR" });
    await expect(pool.query("select $1::int", ["keine Zahl"])).rejects.toMatchObject({ code: "22P02" });
    expect(await backend()).toBe(first);

    // The server ends this connection (FATAL): the pool must not hand it out again.
    await expect(pool.query("select pg_terminate_backend(pg_backend_pid())")).rejects.toBeTruthy();
    const next = await backend();
    expect(next).not.toBe(first);
    expect((await pool.query<{ one: number }>("select 1 as one")).rows[0]!.one).toBe(1);
  });

  /** Starts a five-second query through a proxy, cuts the link under it: the query must fail, and `check` must pass once the link is back. */
  async function cutUnder(run: (url: string) => { query: Promise<unknown>; check: () => Promise<void>; end: () => Promise<void> }) {
    const { proxy, url } = await proxiedDatabaseUrl(process.env.DATABASE_URL!);
    const { query, check, end } = run(url);
    try {
      await new Promise((resolve) => setTimeout(resolve, 200));
      await proxy.cut();
      await expect(query).rejects.toBeTruthy();
      await proxy.restore();
      await check();
    } finally {
      await end();
      await proxy.close();
    }
  }

  it("answers a query whose connection breaks with its error, and the process goes on", async () => {
    await cutUnder((url) => {
      const broken = new pg.Pool({ connectionString: url, max: 1 });
      keepConnectionsAfterStatementErrors(broken);
      return {
        query: broken.query("select pg_sleep(5)"),
        check: async () => expect((await broken.query<{ one: number }>("select 1 as one")).rows[0]!.one).toBe(1),
        end: () => broken.end(),
      };
    });
  });

  it("refuses a transaction whose connection breaks, and the process goes on", async () => {
    await cutUnder((url) => {
      const opened = openDatabase({ kind: "postgres", url, poolSize: 1 });
      return {
        query: opened.then((handle) => handle.db.transaction((tx) => tx.execute(sql`select pg_sleep(5)`))),
        check: async () => {
          const answer = (await (await opened).db.execute(sql`select 1 as one`)) as unknown as { rows: Array<{ one: number }> };
          expect(answer.rows[0]!.one).toBe(1);
        },
        end: async () => (await opened).close(),
      };
    });
  });
});
