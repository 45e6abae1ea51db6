/**
 * Accepted submissions per second through the HTTP API, latency at 32 concurrent clients, and
 * how quickly the outbox worker turns them into stored receipts. Runs against PostgreSQL when
 * DATABASE_URL is set (a fresh database beside it), else against PGlite.
 */
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "drizzle-orm";
import { createTestDatabase, type TestDatabase } from "../tests/support/databases";
import { payloadFixture, withInlineFiles } from "../tests/support/payloads";
import { startServer } from "../tests/support/server";
import { percentile } from "./stats";

const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 32);
const TOTAL = Number(process.env.BENCH_SUBMISSIONS ?? 3000);

const rows = async <T>(database: TestDatabase, query: ReturnType<typeof sql>) =>
  ((await database.handle.db.execute(query)) as unknown as { rows: T[] }).rows;

/** Waits (up to two minutes) until every case has its receipt. Only PostgreSQL can be read from here. */
async function waitForReceipts(database: TestDatabase | null): Promise<void> {
  if (!database) return;
  const started = performance.now();
  const pending = async () =>
    (await rows<{ n: number }>(database, sql`select count(*)::int as n from cases where receipt_pdf is null`))[0]!.n;
  while ((await pending()) > 0 && performance.now() - started < 120_000) await new Promise((r) => setTimeout(r, 100));
}

/** The time from each submission since `since` to its stored receipt. */
async function receiptLag(database: TestDatabase, since: Date) {
  const started = performance.now();
  await waitForReceipts(database);
  const [lag] = await rows<{ p50: number; p99: number; max: number; missing: number }>(
    database,
    sql`
    select percentile_cont(0.5) within group (order by extract(epoch from delivered_at - created_at)) as p50,
           percentile_cont(0.99) within group (order by extract(epoch from delivered_at - created_at)) as p99,
           max(extract(epoch from delivered_at - created_at)) as max,
           (select count(*)::int from cases where receipt_pdf is null) as missing
    from outbox where kind = 'receipt' and created_at >= ${since.toISOString()}::timestamptz`,
  );
  return {
    casesWithoutReceipt: lag!.missing,
    receiptLagP50Seconds: Number(Number(lag!.p50).toFixed(2)),
    receiptLagP99Seconds: Number(Number(lag!.p99).toFixed(2)),
    receiptLagMaxSeconds: Number(Number(lag!.max).toFixed(2)),
    backlogAfterLoadSeconds: Number(((performance.now() - started) / 1000).toFixed(1)),
  };
}

export async function run() {
  const database: TestDatabase | null = process.env.DATABASE_URL ? await createTestDatabase("postgres") : null;
  // E-mails go to .eml files (no SMTP_URL). On a RAM disk where there is one: production sends
  // over SMTP, and thousands of small files on this machine's disk would measure the disk.
  const mailDir = mkdtempSync(join(existsSync("/dev/shm") ? "/dev/shm" : tmpdir(), "bp-bench-mail-"));
  const server = await startServer({
    databaseUrl: database?.url ?? undefined,
    env: { SUBMISSION_RATE_LIMIT: "1000000", LOG_LEVEL: "error", MAIL_DIR: mailDir },
  });
  try {
    const fixture = payloadFixture("hundesteuer-anmeldung").valid[0];
    const bodyFor = () => {
      const { data, attachments } = withInlineFiles(fixture);
      return JSON.stringify({
        service: "hundesteuer-anmeldung",
        municipality: "16068042",
        data,
        attachments,
        idempotencyKey: crypto.randomUUID(),
      });
    };
    const submit = async (body: string) => {
      const started = performance.now();
      const response = await fetch(`${server.baseUrl}/api/v1/submissions`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body,
      });
      await response.arrayBuffer();
      if (response.status !== 201) throw new Error(`status ${response.status}`);
      return performance.now() - started;
    };

    // All clients at once, until every request has its own answer time.
    const load = async (bodies: string[]) => {
      const latencies: number[] = [];
      let next = 0;
      await Promise.all(
        Array.from({ length: CLIENTS }, async () => {
          while (next < bodies.length) latencies.push(await submit(bodies[next++]!));
        }),
      );
      return latencies;
    };
    // Warm-up at full concurrency: JIT, every pooled connection with its prepared statements, caches.
    await load(Array.from({ length: 10 * CLIENTS }, bodyFor));
    await waitForReceipts(database);

    const bodies = Array.from({ length: TOTAL }, bodyFor);
    const since = new Date();
    const started = performance.now();
    const latencies = await load(bodies);
    const seconds = (performance.now() - started) / 1000;

    // Receipts come from the outbox worker: wait until every case has one, then read how long
    // each took from its submission (the outbox entry's creation) to being stored.
    const receipts = database ? await receiptLag(database, since) : null;

    // A citizen alone: one submission at a time, each waiting for its receipt.
    const aloneSince = new Date();
    for (let i = 0; i < 20; i++) {
      await submit(bodyFor());
      await waitForReceipts(database);
    }
    const alone = database ? await receiptLag(database, aloneSince) : null;

    const figures = {
      database: database ? "postgres" : "pglite",
      receiptsFrom: "the outbox worker in the app process",
      mail: `.eml files in ${mailDir}`,
      submissions: TOTAL,
      clients: CLIENTS,
      submissionsPerSecond: Math.round(TOTAL / seconds),
      p50Ms: Number(percentile(latencies, 50).toFixed(1)),
      p99Ms: Number(percentile(latencies, 99).toFixed(1)),
      ...(receipts ?? { receipts: "stored by the server's own PGlite; not readable from here" }),
      ...(alone ? { receiptLagOneAtATimeMaxSeconds: alone.receiptLagMaxSeconds } : {}),
    };
    console.log("submissions (HTTP API, 32 clients):", figures);
    return figures;
  } finally {
    await server.stop();
    await database?.drop();
    rmSync(mailDir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await run();
