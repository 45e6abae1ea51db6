/**
 * The process model of `npm start` (server/cluster.js, ADR 036, ADR 050): WEB_CONCURRENCY HTTP
 * processes on one port plus a dedicated outbox worker on PostgreSQL; one process on PGlite whatever
 * is asked.
 */
import { execFileSync } from "node:child_process";
import { request } from "node:http";
import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../../support/databases";
import { postSubmission } from "../../support/api-submission";
import { metricValue } from "../../support/metrics-text";
import { startServer } from "../../support/server";

/** The portal's Node processes started by `pid` (a process may also run esbuild, which is no portal process). */
const childrenOf = (pid: number): number[] => {
  try {
    return execFileSync("ps", ["--ppid", String(pid), "-o", "pid=,comm="], { encoding: "utf8" })
      .split("\n")
      .map((line) => line.trim().split(/\s+/))
      .filter(([, command]) => command === "node")
      .map(([child]) => Number(child));
  } catch {
    return []; // ps exits 1 when there is none
  }
};
const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

const receiptsPending = async (database: TestDatabase) =>
  (
    (await database.handle.db.execute(sql`select count(*)::int as n from cases where receipt_pdf is null`)) as unknown as {
      rows: Array<{ n: number }>;
    }
  ).rows[0]!.n;

type PortalProcesses = { server: Awaited<ReturnType<typeof startServer>>; database: TestDatabase; processes: Set<number> };

/**
 * Runs `check` on `npm start`'s processes with `httpProcesses` HTTP processes on a fresh
 * PostgreSQL database, once they and the outbox worker run; then stops them, and checks that they
 * stopped cleanly and that every process `check` saw has ended.
 */
async function onPortalProcesses(httpProcesses: number, check: (portal: PortalProcesses) => Promise<void>) {
  const database = await createTestDatabase("postgres");
  const server = await startServer({ cluster: true, databaseUrl: database.url!, env: { WEB_CONCURRENCY: String(httpProcesses) } });
  const processes = new Set<number>();
  try {
    await expect.poll(() => childrenOf(server.pid).length, { timeout: 20_000, interval: 100 }).toBe(httpProcesses + 1);
    childrenOf(server.pid).forEach((pid) => processes.add(pid));
    await check({ server, database, processes });
  } finally {
    await server.stop();
    await database.drop();
  }
  expect(server.exitCode(), server.output()).toBe(0);
  expect([...processes].filter(alive)).toEqual([]);
  return server;
}

/** A GET on a connection of its own, so the kernel may hand it to any HTTP process. */
const getFresh = (url: string): Promise<number> =>
  new Promise((resolve, reject) => {
    request(url, { agent: false }, (response) => {
      response.resume();
      response.on("end", () => resolve(response.statusCode ?? 0));
    })
      .on("error", reject)
      .end();
  });

const requestsCounted = (metrics: string, route: string): number =>
  metrics
    .split("\n")
    .filter((line) => line.startsWith("bp_http_requests_total{") && line.includes(`route="${route}"`))
    .reduce((sum, line) => sum + Number(line.split(" ").at(-1)), 0);

describe("the portal's processes", () => {
  it("run as one process on PGlite, even when WEB_CONCURRENCY asks for more", async () => {
    const server = await startServer({ cluster: true, env: { WEB_CONCURRENCY: "3" } });
    try {
      expect(childrenOf(server.pid)).toEqual([]);
      expect((await fetch(`${server.baseUrl}/healthz/ready`)).status).toBe(200);
    } finally {
      await server.stop();
    }
    expect(server.exitCode()).toBe(0);
  }, 60_000);

  it.skipIf(!process.env.DATABASE_URL)(
    "run one HTTP process with the outbox worker beside it on PostgreSQL when one is asked for, and stop together",
    async () => {
      await onPortalProcesses(1, async ({ server, database }) => {
        // The HTTP process leaves the receipt to the worker process beside it.
        expect((await postSubmission(server.baseUrl)).status).toBe(201);
        await expect.poll(() => receiptsPending(database), { timeout: 5_000, interval: 50 }).toBe(0);
      });
    },
    60_000,
  );

  it.skipIf(!process.env.DATABASE_URL)(
    "start N HTTP processes and an outbox worker on PostgreSQL, count requests over all of them, hold submissions while receipts are behind, replace one that dies and stop together",
    async () => {
      const server = await onPortalProcesses(2, async ({ server, database, processes }) => {
        // Fresh connections are spread over both HTTP processes; /metrics counts every one of them.
        const statuses = await Promise.all(Array.from({ length: 20 }, () => getFresh(`${server.baseUrl}/healthz/live`)));
        expect(statuses.every((status) => status === 200)).toBe(true);
        const metrics = await (await fetch(`${server.baseUrl}/metrics`)).text();
        expect(requestsCounted(metrics, "/healthz/live"), metrics).toBe(20);
        expect(metrics.match(/^bp_outbox_backlog /gm)).toHaveLength(1);

        // The HTTP processes leave the receipt to the outbox worker process.
        const response = await postSubmission(server.baseUrl);
        expect(response.status).toBe(201);
        await expect.poll(() => receiptsPending(database), { timeout: 5_000, interval: 50 }).toBe(0);

        // Receipts far behind (ADR 045): the worker's report reaches the HTTP processes through the
        // primary, and they hold new submissions, which are still accepted. The entries are a
        // backlog of 5 s for the case above, whose receipt is stored already.
        await database.handle.db.execute(sql`
          insert into outbox (kind, payload, available_at)
          select 'receipt', jsonb_build_object('caseId', (select id from cases limit 1)), now() - interval '5 seconds'
          from generate_series(1, 20000)`);
        const holdsCounted = async () =>
          metricValue(await (await fetch(`${server.baseUrl}/metrics`)).text(), "bp_submission_pace_holds_total");
        await expect
          .poll(
            async () => {
              expect((await postSubmission(server.baseUrl)).status).toBe(201);
              return holdsCounted();
            },
            { timeout: 20_000, interval: 10 },
          )
          .toBeGreaterThan(0);

        // A process that dies is replaced.
        process.kill([...processes][0]!, "SIGKILL");
        await expect.poll(() => childrenOf(server.pid).filter((pid) => !processes.has(pid)).length, { timeout: 20_000 }).toBe(1);
        const replaced = childrenOf(server.pid);
        expect(replaced).toHaveLength(3);
        replaced.forEach((pid) => processes.add(pid));
        await expect.poll(() => getFresh(`${server.baseUrl}/healthz/ready`), { timeout: 20_000 }).toBe(200);
      });
      expect(server.output()).toContain("a process ended unexpectedly; starting a new one");
      expect(server.output()).not.toMatch(/"level":"error"/);
    },
    60_000,
  );
});
