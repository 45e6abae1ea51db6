/**
 * Prometheus metrics (prom-client). Request counters and durations are fed by the access-log hook
 * (request-log.server.ts), submissions by submit.server.ts; the database figures (outbox backlog,
 * receipt lag, pool, replication role) are read once per scrape, so a scrape costs one query.
 */
import { timingSafeEqual } from "node:crypto";
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from "prom-client";
import { sql } from "drizzle-orm";
import { databaseHandle } from "../db.server";
import { env } from "../env.server";
import { describeError, log } from "../logger.server";
import { clusterMetricsText, inCluster, offerToCluster } from "./cluster-metrics.server";

/** This process's own figures; in a cluster they are summed over all processes (ADR 036). */
const registry = new Registry();
offerToCluster(registry);
/** Figures read from the database at scrape time: the same for every process, so read once, never summed. */
const databaseRegistry = new Registry();
collectDefaultMetrics({ register: registry, prefix: "bp_" });

const requests = new Counter({
  name: "bp_http_requests_total",
  help: "HTTP requests answered, by method, route pattern and status.",
  labelNames: ["method", "route", "status"] as const,
  registers: [registry],
});

const durations = new Histogram({
  name: "bp_http_request_duration_seconds",
  help: "Time from a request's arrival to its answer being sent, by method, route pattern and status.",
  labelNames: ["method", "route", "status"] as const,
  buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
  registers: [registry],
});

const submissions = new Counter({
  name: "bp_submissions_total",
  help: "Applications submitted, by channel; replayed = the same idempotency key answered again.",
  labelNames: ["channel", "outcome"] as const,
  registers: [registry],
});

const paceHolds = new Counter({
  name: "bp_submission_pace_holds_total",
  help: "Submissions whose answer was held after they were stored because receipts were falling behind (ADR 045, ADR 054).",
  registers: [registry],
});

const paceHoldSeconds = new Counter({
  name: "bp_submission_pace_hold_seconds_total",
  help: "Time answers to submissions were held because receipts were falling behind (ADR 045, ADR 054).",
  registers: [registry],
});

const gauge = (name: string, help: string) => new Gauge({ name, help, registers: [databaseRegistry] });
const databaseUp = gauge("bp_database_up", "1 when the last scrape reached the database, else 0.");
const inRecovery = gauge("bp_database_in_recovery", "1 when the database is a standby (pg_is_in_recovery), 0 on the primary.");
const readOnly = gauge("bp_database_read_only", "1 when new transactions are read-only (standby or default_transaction_read_only).");
const outboxBacklog = gauge("bp_outbox_backlog", "Outbox entries neither delivered nor given up.");
const outboxOldest = gauge("bp_outbox_oldest_age_seconds", "Age of the oldest undelivered outbox entry (0 when none).");
const outboxFailed = gauge("bp_outbox_failed", "Outbox entries given up after the last attempt.");
const receiptsPending = gauge("bp_receipts_pending", "Submitted cases whose receipt PDF is not stored yet.");
const receiptLag = gauge("bp_receipt_lag_seconds", "Age of the oldest submitted case still without a receipt (0 when none).");

/** The connection pool of this process, read whenever the registry is (summed over a cluster's processes). */
const poolGauge = (name: string, help: string, figure: "total" | "idle" | "waiting") =>
  new Gauge({
    name,
    help,
    registers: [registry],
    async collect() {
      this.set((await databaseHandle()).poolStats?.()[figure] ?? 0);
    },
  });
poolGauge("bp_db_pool_connections", "Connections the pools hold (PostgreSQL only).", "total");
poolGauge("bp_db_pool_idle", "Idle connections in the pools.", "idle");
poolGauge("bp_db_pool_waiting", "Queries waiting for a pool connection.", "waiting");

/** Called once per answered request by the access-log hook; `route` is the pattern, never the raw path. */
export function observeRequest(entry: { method: string; route: string | null; status: number; durationMs: number }): void {
  const labels = { method: entry.method, route: entry.route ?? "(unmatched)", status: String(entry.status) };
  requests.inc(labels);
  durations.observe(labels, entry.durationMs / 1000);
}

export function countSubmission(channel: "portal" | "api", replayed: boolean): void {
  submissions.inc({ channel, outcome: replayed ? "replayed" : "accepted" });
}

export function countPaceHold(heldMs: number): void {
  paceHolds.inc();
  paceHoldSeconds.inc(heldMs / 1000);
}

type DatabaseFacts = {
  in_recovery: boolean;
  read_only: string;
  backlog: number | string;
  oldest: number | string | null;
  failed: number | string;
  receipts_pending: number | string;
  receipt_lag: number | string | null;
};

async function readDatabaseFacts(): Promise<void> {
  const handle = await databaseHandle();
  try {
    const result = await handle.db.execute(sql`
      select pg_is_in_recovery() as in_recovery, current_setting('transaction_read_only') as read_only,
        o.backlog, o.oldest, o.failed, r.receipts_pending, r.receipt_lag
      from (select count(*) filter (where delivered_at is null and failed_at is null) as backlog,
              extract(epoch from now() - min(created_at) filter (where delivered_at is null and failed_at is null))::float8 as oldest,
              count(*) filter (where failed_at is not null) as failed
            from outbox) o,
           (select count(*) as receipts_pending, extract(epoch from now() - min(submitted_at))::float8 as receipt_lag
            from cases where receipt_pdf is null) r`);
    const facts = (result as unknown as { rows: DatabaseFacts[] }).rows[0]!;
    databaseUp.set(1);
    inRecovery.set(facts.in_recovery ? 1 : 0);
    readOnly.set(facts.read_only === "on" ? 1 : 0);
    outboxBacklog.set(Number(facts.backlog));
    outboxOldest.set(Math.max(0, Number(facts.oldest ?? 0)));
    outboxFailed.set(Number(facts.failed));
    receiptsPending.set(Number(facts.receipts_pending));
    receiptLag.set(Math.max(0, Number(facts.receipt_lag ?? 0)));
  } catch (error) {
    // The scrape still answers: bp_database_up 0 is the signal, the other figures keep their last value.
    databaseUp.set(0);
    log.warn("metrics: database figures unavailable", describeError(error));
  }
}

/** The exposition text for GET /metrics. */
export async function metricsText(): Promise<{ contentType: string; body: string }> {
  await readDatabaseFacts();
  const processes = inCluster() ? await clusterMetricsText() : await registry.metrics();
  return { contentType: registry.contentType, body: `${processes.trimEnd()}\n${await databaseRegistry.metrics()}` };
}

/**
 * Who may read /metrics: with METRICS_TOKEN set, whoever sends it as a bearer token; without it,
 * only a scraper on this host (loopback, and not forwarded by a reverse proxy on this host).
 */
export function metricsAllowed(request: {
  authorization: string | undefined;
  remoteAddress: string | undefined;
  forwarded: boolean;
}): boolean {
  const token = env().metricsToken;
  if (token) {
    const offered = Buffer.from(request.authorization ?? "");
    const expected = Buffer.from(`Bearer ${token}`);
    return offered.length === expected.length && timingSafeEqual(offered, expected);
  }
  const loopback = ["127.0.0.1", "::1", "::ffff:127.0.0.1"].includes(request.remoteAddress ?? "");
  return loopback && !request.forwarded;
}
