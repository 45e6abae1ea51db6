/**
 * Accepted submissions per second through the HTTP API, latency at 32 concurrent clients, and
 * how quickly the outbox worker turns them into stored receipts: the burst's backlog and the time
 * it takes to drain after the burst ends (target: within 10 s of a 60 s burst). The server runs
 * as `npm start` runs it (server/cluster.js): on PostgreSQL WEB_CONCURRENCY HTTP processes (default:
 * the cores) and a dedicated outbox worker. Runs against PostgreSQL when DATABASE_URL is set (a
 * fresh database beside it), else against PGlite (one process). While receipts fall behind, the
 * portal holds new submissions briefly (ADR 045): the share held and the mean hold are reported.
 * On PostgreSQL it also reports the CPU a submission costs each kind of process, its receipt and
 * e-mails included, read from /proc.
 *
 * BENCH_SUBMISSIONS (default 3000) sets the burst by count; BENCH_BURST_SECONDS=60 by time instead.
 */
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { Agent, request as httpRequest } from "node:http";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "drizzle-orm";
import { createTestDatabase, type TestDatabase } from "../tests/support/databases";
import { payloadFixture, withInlineFiles } from "../tests/support/payloads";
import { metricValue } from "../tests/support/metrics-text";
import { startServer } from "../tests/support/server";
import { startSmtpSink } from "../tests/support/smtp-sink";
import { parseEnv } from "../app/server/env.server";
import { processModel } from "../app/server/lifecycle.server";
import { cpuPerUnitMs, cpuSnapshot } from "./support/process-cpu";
import { percentile } from "./stats";

const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 32);
const TOTAL = Number(process.env.BENCH_SUBMISSIONS ?? 3000);
const BURST_SECONDS = process.env.BENCH_BURST_SECONDS ? Number(process.env.BENCH_BURST_SECONDS) : null;

const rows = async <T>(database: TestDatabase, query: ReturnType<typeof sql>) =>
  ((await database.handle.db.execute(query)) as unknown as { rows: T[] }).rows;

/** Waits (up to two minutes) until every case has its receipt. Only PostgreSQL can be read from here. */
async function waitForReceipts(database: TestDatabase | null): Promise<void> {
  if (!database) return;
  const started = performance.now();
  const pending = async () =>
    (await rows<{ n: number }>(database, sql`select count(*)::int as n from cases where receipt_pdf is null`))[0]!.n;
  while ((await pending()) > 0 && performance.now() - started < 300_000) await new Promise((r) => setTimeout(r, 100));
}

/** The time from each submission since `since` to its stored receipt. */
async function receiptLag(database: TestDatabase, since: Date) {
  const started = performance.now();
  const [{ backlog }] = await rows<{ backlog: number }>(
    database,
    sql`select count(*)::int as backlog from cases where receipt_pdf is null`,
  );
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
  const drainSeconds = (performance.now() - started) / 1000;
  return {
    receiptBacklogAtBurstEnd: backlog,
    casesWithoutReceipt: lag!.missing,
    receiptLagP50Seconds: Number(Number(lag!.p50).toFixed(2)),
    receiptLagP99Seconds: Number(Number(lag!.p99).toFixed(2)),
    receiptLagMaxSeconds: Number(Number(lag!.max).toFixed(2)),
    receiptBacklogDrainSeconds: Number(drainSeconds.toFixed(1)),
    // The worker's own pace, with the HTTP processes idle: what it could keep up with in a burst.
    receiptsPerSecondDraining: backlog > 0 ? Math.round(backlog / drainSeconds) : null,
  };
}

/** Submissions held so far because receipts were behind (ADR 045), summed over the HTTP processes. */
async function paceHolds(baseUrl: string): Promise<{ count: number; seconds: number }> {
  const metrics = await (await fetch(`${baseUrl}/metrics`)).text();
  return {
    count: metricValue(metrics, "bp_submission_pace_holds_total"),
    seconds: metricValue(metrics, "bp_submission_pace_hold_seconds_total"),
  };
}

/** What server/cluster.js starts on the benchmark's database, read as it reads it (ADR 036, ADR 050). */
function processesOf(database: TestDatabase | null): string {
  const { httpProcesses, outboxWorkerProcess } = processModel(parseEnv({ ...process.env, DATABASE_URL: database?.url ?? undefined }));
  return outboxWorkerProcess ? `${httpProcesses} HTTP + 1 outbox worker` : "1 (HTTP and outbox worker in one process)";
}

/**
 * Where the CPU of a submission goes, its receipt and e-mails included (burst and drain), by
 * process role; and the rate the machine's cores allow when every receipt keeps pace: the cores
 * divided by the portal's and PostgreSQL's CPU per submission, with the load generator elsewhere.
 */
function cpuFigures(perSubmission: Record<string, number>) {
  const serverMs = Object.entries(perSubmission)
    .filter(([role]) => role !== "loadGenerator")
    .reduce((sum, [, ms]) => sum + ms, 0);
  return {
    cpuPerSubmissionMs: perSubmission,
    ...(perSubmission.postgres ? { coresAllowSubmissionsPerSecond: Math.round((availableParallelism() * 1000) / serverMs) } : {}),
  };
}

export async function run() {
  const database: TestDatabase | null = process.env.DATABASE_URL ? await createTestDatabase("postgres") : null;
  // E-mails go to .eml files (no SMTP_URL), on a RAM disk where there is one: thousands of small
  // files on this machine's disk would measure the disk. BENCH_MAIL=smtp sends them as production
  // does, over SMTP, to a relay in this process (its CPU then shares the cores too).
  const mailDir = mkdtempSync(join(existsSync("/dev/shm") ? "/dev/shm" : tmpdir(), "bp-bench-mail-"));
  const relay = process.env.BENCH_MAIL === "smtp" ? await startSmtpSink() : null;
  const server = await startServer({
    cluster: true,
    databaseUrl: database?.url ?? undefined,
    env: { SUBMISSION_RATE_LIMIT: "1000000", LOG_LEVEL: "error", MAIL_DIR: mailDir, ...(relay ? { SMTP_URL: relay.url } : {}) },
  });
  // node:http on kept-alive connections rather than fetch: the load generator shares the two
  // cores with the server, and fetch's streams cost it about twice the CPU per request.
  const agent = new Agent({ keepAlive: true, maxSockets: CLIENTS });
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
    const url = new URL("/api/v1/submissions", server.baseUrl);
    const submit = (body: string) =>
      new Promise<number>((resolve, reject) => {
        const started = performance.now();
        const request = httpRequest(url, { method: "POST", agent, headers: { "content-type": "application/json" } }, (response) => {
          response.resume();
          response.on("error", reject);
          response.on("end", () =>
            response.statusCode === 201 ? resolve(performance.now() - started) : reject(new Error(`status ${response.statusCode}`)),
          );
        });
        request.on("error", reject);
        request.end(body);
      });

    // All clients at once, until every body is sent (or, with a deadline, until it passes).
    const load = async (bodies: string[], deadline = Infinity) => {
      const latencies: number[] = [];
      let next = 0;
      await Promise.all(
        Array.from({ length: CLIENTS }, async () => {
          while (next < bodies.length && performance.now() < deadline) latencies.push(await submit(bodies[next++]!));
        }),
      );
      return latencies;
    };
    // Warm-up at full concurrency: JIT, every pooled connection with its prepared statements, caches.
    await load(Array.from({ length: 10 * CLIENTS }, bodyFor));
    await waitForReceipts(database);

    // A timed burst: bodies for up to 600 submissions/s, made before the clock starts.
    const bodies = Array.from({ length: BURST_SECONDS ? BURST_SECONDS * 600 : TOTAL }, bodyFor);
    const since = new Date();
    const holdsBefore = await paceHolds(server.baseUrl);
    const cpuBefore = cpuSnapshot(server.pid);
    const started = performance.now();
    const latencies = await load(bodies, BURST_SECONDS ? started + BURST_SECONDS * 1000 : Infinity);
    const seconds = (performance.now() - started) / 1000;
    const holdsAfter = await paceHolds(server.baseUrl);
    const held = holdsAfter.count - holdsBefore.count;

    // Receipts come from the outbox worker: wait until every case has one, then read how long
    // each took from its submission (the outbox entry's creation) to being stored.
    const receipts = database ? await receiptLag(database, since) : null;
    const cpu = database ? cpuFigures(cpuPerUnitMs(cpuBefore, cpuSnapshot(server.pid), latencies.length)) : null;

    // A citizen alone: one submission at a time, each waiting for its receipt.
    const aloneSince = new Date();
    for (let i = 0; i < 20; i++) {
      await submit(bodyFor());
      await waitForReceipts(database);
    }
    const alone = database ? await receiptLag(database, aloneSince) : null;

    const figures = {
      database: database ? "postgres" : "pglite",
      processes: processesOf(database),
      burstSeconds: Number(seconds.toFixed(1)),
      mail: relay
        ? `SMTP to a local relay, ${relay.received.length} messages over ${relay.connections()} connections`
        : `.eml files in ${mailDir}`,
      submissions: latencies.length,
      clients: CLIENTS,
      submissionsPerSecond: Math.round(latencies.length / seconds),
      p50Ms: Number(percentile(latencies, 50).toFixed(1)),
      p99Ms: Number(percentile(latencies, 99).toFixed(1)),
      // Answers held after storing because receipts were behind (ADR 054), and for how long on average.
      heldForReceiptsPercent: Number(((100 * held) / latencies.length).toFixed(1)),
      meanHoldMs: held > 0 ? Number(((1000 * (holdsAfter.seconds - holdsBefore.seconds)) / held).toFixed(1)) : 0,
      ...(receipts ?? { receipts: "stored by the server's own PGlite; not readable from here" }),
      ...(alone ? { receiptLagOneAtATimeMaxSeconds: alone.receiptLagMaxSeconds } : {}),
      ...cpu,
    };
    console.log("submissions (HTTP API, 32 clients):", figures);
    return figures;
  } finally {
    agent.destroy();
    await server.stop();
    await relay?.close();
    await database?.drop();
    rmSync(mailDir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await run();
