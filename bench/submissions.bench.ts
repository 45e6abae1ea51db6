/**
 * Accepted submissions per second through the HTTP API, latency at 32 concurrent clients, and
 * how quickly the outbox worker turns them into stored receipts. Runs against PostgreSQL when
 * DATABASE_URL is set (a fresh database beside it), else against PGlite.
 */
import { sql } from "drizzle-orm";
import { createTestDatabase, type TestDatabase } from "../tests/support/databases";
import { payloadFixture, withInlineFiles } from "../tests/support/payloads";
import { startServer } from "../tests/support/server";
import { percentile } from "./stats";

const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 32);
const TOTAL = Number(process.env.BENCH_SUBMISSIONS ?? 3000);

export async function run() {
  const database: TestDatabase | null = process.env.DATABASE_URL ? await createTestDatabase("postgres") : null;
  const server = await startServer({
    databaseUrl: database?.url ?? undefined,
    env: { SUBMISSION_RATE_LIMIT: "1000000", LOG_LEVEL: "error" },
  });
  try {
    const fixture = payloadFixture("hundesteuer-anmeldung").valid[0];
    const bodyFor = () => {
      const { data, attachments } = withInlineFiles(fixture);
      return JSON.stringify({ service: "hundesteuer-anmeldung", municipality: "16068042", data, attachments, idempotencyKey: crypto.randomUUID() });
    };
    const submit = async (body: string) => {
      const started = performance.now();
      const response = await fetch(`${server.baseUrl}/api/v1/submissions`, { method: "POST", headers: { "content-type": "application/json" }, body });
      await response.arrayBuffer();
      if (response.status !== 201) throw new Error(`status ${response.status}`);
      return performance.now() - started;
    };

    for (let i = 0; i < 100; i++) await submit(bodyFor()); // warm-up: JIT, caches, connection pool
    const bodies = Array.from({ length: TOTAL }, bodyFor);
    const latencies: number[] = [];
    let next = 0;
    const started = performance.now();
    await Promise.all(
      Array.from({ length: CLIENTS }, async () => {
        while (next < bodies.length) latencies.push(await submit(bodies[next++]));
      }),
    );
    const seconds = (performance.now() - started) / 1000;

    // Receipts come from the outbox worker; measure until every case has one.
    const receiptsStarted = performance.now();
    const checker = database ?? (await createTestDatabase("pglite"));
    const pendingReceipts = async () => {
      if (!database) return 0; // the PGlite server's database lives in its own process; checked over HTTP below
      const result = await checker.handle.db.execute(sql`select count(*)::int as n from cases where receipt_pdf is null`);
      return (result as unknown as { rows: Array<{ n: number }> }).rows[0].n;
    };
    while ((await pendingReceipts()) > 0 && performance.now() - receiptsStarted < 120_000) await new Promise((r) => setTimeout(r, 100));
    const receiptSeconds = (performance.now() - receiptsStarted) / 1000;
    if (!database) await checker.drop();

    const figures = {
      database: database ? "postgres" : "pglite",
      submissions: TOTAL,
      clients: CLIENTS,
      submissionsPerSecond: Math.round(TOTAL / seconds),
      p50Ms: Number(percentile(latencies, 50).toFixed(1)),
      p99Ms: Number(percentile(latencies, 99).toFixed(1)),
      allReceiptsStoredWithinSeconds: database ? Number((seconds + receiptSeconds).toFixed(1)) : null,
      receiptBacklogAfterLoadSeconds: database ? Number(receiptSeconds.toFixed(1)) : null,
    };
    console.log("submissions (HTTP API, 32 clients):", figures);
    return figures;
  } finally {
    await server.stop();
    await database?.drop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await run();
