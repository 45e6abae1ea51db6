/**
 * Liveness and readiness under a real PostgreSQL outage (the link cut in a TCP proxy) and with a
 * read-only database, as a standby or a demoted primary leaves it. PGlite runs in-process and has
 * neither a link to cut nor a standby, so this runs on PostgreSQL only.
 */
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../../support/databases";
import { postSubmission } from "../../support/api-submission";
import { parsePrometheusText, sampleValue } from "../../support/prometheus-text";
import { startServer, type RunningServer } from "../../support/server";
import { proxiedDatabaseUrl, type TcpProxy } from "../../support/tcp-proxy";

describe.skipIf(!process.env.DATABASE_URL)("/healthz/live and /healthz/ready (PostgreSQL; skipped without DATABASE_URL)", () => {
  let database: TestDatabase;
  let proxy: TcpProxy;
  let server: RunningServer;
  let databaseName: string;

  beforeAll(async () => {
    database = await createTestDatabase("postgres");
    databaseName = new URL(database.url!).pathname.slice(1);
    const proxied = await proxiedDatabaseUrl(database.url!);
    proxy = proxied.proxy;
    server = await startServer({ databaseUrl: proxied.url, env: { SUBMISSION_RATE_LIMIT: "1000" } });
  });
  afterAll(async () => {
    await server?.stop();
    await proxy?.close();
    await database?.drop();
  });

  const status = async (path: string) => {
    const response = await fetch(`${server.baseUrl}${path}`);
    return { status: response.status, body: (await response.json()) as Record<string, string> };
  };
  const readyBecomes = (expected: number) =>
    expect.poll(async () => (await status("/healthz/ready")).status, { timeout: 20_000, interval: 200 }).toBe(expected);

  /** As superuser, on the server directly: sets the database's default and drops its sessions so the pool reconnects. */
  async function setReadOnly(on: boolean) {
    const admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await admin.connect();
    try {
      await admin.query(`alter database ${databaseName} set default_transaction_read_only = ${on ? "on" : "off"}`);
      await admin.query(`select pg_terminate_backend(pid) from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()`, [
        databaseName,
      ]);
    } finally {
      await admin.end();
    }
  }

  it("is ready, then not ready while the link is cut (alive all the while), then ready again", async () => {
    expect(await status("/healthz/ready")).toEqual({ status: 200, body: { status: "ready", database: "primary" } });
    expect((await status("/healthz/live")).status).toBe(200);

    await proxy.cut();
    const during = await status("/healthz/ready");
    expect(during.status).toBe(503);
    expect(during.body.reason).toMatch(/^database unreachable/);
    expect(await status("/healthz/live")).toEqual({ status: 200, body: { status: "ok" } });
    // The old probe keeps its meaning for its existing users.
    expect((await status("/healthz")).status).toBe(503);

    await proxy.restore();
    await readyBecomes(200);
  });

  it("is not ready while the database takes no writes; a submission then answers 503 with Retry-After", async () => {
    await setReadOnly(true);
    try {
      await expect
        .poll(async () => (await status("/healthz/ready")).body.reason, { timeout: 20_000, interval: 200 })
        .toBe("database is read-only");
      expect((await status("/healthz/live")).status).toBe(200);
      const scrape = parsePrometheusText(await (await fetch(`${server.baseUrl}/metrics`)).text());
      expect(sampleValue(scrape, "bp_database_read_only")).toBe(1);

      const submission = await postSubmission(server.baseUrl);
      expect(submission.status).toBe(503);
      expect(submission.headers.get("retry-after")).toBe("30");
      expect(((await submission.json()) as { error: { code: string } }).error.code).toBe("service_unavailable");
    } finally {
      await setReadOnly(false);
    }
    await readyBecomes(200);
    expect(server.output()).not.toMatch(/"level":"error"/);
  });
});
