import cluster from "node:cluster";
import { closeDatabase, databaseAvailable, isConnectivityError, markDatabaseUnavailable, prepareDatabase } from "./db.server";
import { env, type Env } from "./env.server";
import { outboxHandlers } from "./notifications/handlers.server";
import { startOutboxWorker, type ClaimReport } from "./outbox/outbox-worker.server";
import { noteReceiptsDue, outboxWorkerDraining } from "./outbox/receipt-pace.server";
import { startDraftCleanup } from "./drafts/draft-cleanup.server";
import { startRetentionJob } from "./cases/retention-job.server";
import { log } from "./logger.server";
import { closeMailTransport } from "./mail/mailer.server";
import { errorDetails, isClientError } from "./ops/error-details.server";

/** What the HTTP server (server/index.js) needs before it listens. Parsing env here fails fast. */
export function serverConfig() {
  const e = env();
  return {
    nodeEnv: e.nodeEnv,
    port: e.port,
    host: e.host,
    bodyLimitBytes: e.bodyLimitBytes,
    uploadLimitBytes: e.uploadLimitBytes,
    trustProxy: e.nodeEnv === "production" ? "loopback" : false,
  };
}

/**
 * The processes of one portal (server/cluster.js, ADR 036, ADR 050): WEB_CONCURRENCY HTTP processes
 * sharing the port. On PostgreSQL the outbox runs in a dedicated worker process beside them (unless
 * OUTBOX_WORKER=off says it runs elsewhere) and the HTTP processes leave it alone. The embedded
 * PGlite belongs to one process, which serves pages and delivers the outbox in between.
 */
export function processModel(e: Env = env()): { httpProcesses: number; outboxWorkerProcess: boolean } {
  return { httpProcesses: e.webConcurrency, outboxWorkerProcess: e.databaseUrl !== null && e.outboxWorker };
}

type BackgroundTask = { stop(): Promise<void> };
const backgroundTasks: BackgroundTask[] = [];

export function registerBackgroundTask(task: BackgroundTask): void {
  backgroundTasks.push(task);
}

let outboxWorker: ReturnType<typeof startOutboxWorker> | null = null;

/** The HTTP server's start (server/index.js): database, then the background work unless OUTBOX_WORKER=off. */
export async function prepareServer(): Promise<void> {
  await prepareDatabase();
  if (env().outboxWorker) {
    startBackgroundWork(noteReceiptsDue);
    return;
  }
  // The worker's pace, relayed by the cluster's primary: submissions wait while receipts fall behind.
  process.on("message", (message: { type?: string; receiptsDue?: unknown } | null) => {
    if (message?.type === OUTBOX_PACE && typeof message.receiptsDue === "number") noteReceiptsDue(message.receiptsDue);
  });
}

/**
 * A dedicated worker process (server/worker.js) beside HTTP servers that run with
 * OUTBOX_WORKER=off; they prepare the database, the worker only connects to it.
 */
export function prepareWorker(): void {
  startBackgroundWork(reportPaceToCluster);
  process.on("message", (message: { type?: string } | null) => {
    if (message?.type === OUTBOX_NUDGE) outboxWorker?.nudge();
  });
}

function startBackgroundWork(onClaim: ClaimReport): void {
  outboxWorker = startOutboxWorker(outboxHandlers, { onClaim });
  registerBackgroundTask(outboxWorker);
  // Expired drafts and their uploads: deleted at start and hourly (DRAFT_TTL_DAYS).
  registerBackgroundTask(startDraftCleanup());
  // Closed cases past their retention period: deleted at start and daily (RETENTION_DAYS_DEFAULT, ADR 021).
  registerBackgroundTask(startRetentionJob());
}

/** The message an HTTP process of a cluster sends (through the primary) to the outbox worker process. */
export const OUTBOX_NUDGE = "bp:outbox-nudge";
/** The message the outbox worker process sends after each claim; the primary relays it to the HTTP processes. */
export const OUTBOX_PACE = "bp:outbox-pace";

function reportPaceToCluster(receiptsDue: number): void {
  // Ignoring a failed send: the primary is going away, and with it the processes it would tell.
  if (cluster.isWorker && process.send && process.connected)
    process.send({ type: OUTBOX_PACE, receiptsDue }, undefined, undefined, () => {});
}

/** A worker busy with a burst needs no nudge per submission: one per interval wakes an idle one. */
const NUDGE_INTERVAL_MS = 20;
let lastNudgeSent = 0;

/**
 * Called after a commit that queued outbox work, so e-mails and receipts go out at once. A worker
 * that reported taking receipts claims again without a nudge: during a burst the relay through the
 * primary, three processes woken for each message, stays quiet.
 */
export function nudgeOutbox(): void {
  if (outboxWorker) {
    outboxWorker.nudge();
    return;
  }
  const now = Date.now();
  if (cluster.isWorker && process.send && now - lastNudgeSent >= NUDGE_INTERVAL_MS && !outboxWorkerDraining()) {
    lastNudgeSent = now;
    process.send({ type: OUTBOX_NUDGE });
  }
}

export function announceListening(): void {
  const e = env();
  log.info("portal listening", { url: e.publicUrl, port: e.port });
}

export async function shutdownServer(): Promise<void> {
  await Promise.allSettled(backgroundTasks.map((task) => task.stop()));
  closeMailTransport();
  await closeDatabase();
  log.info("shutdown complete");
}

export function logInfo(message: string, fields?: Record<string, string>): void {
  log.info(message, fields);
}

export function logWarn(message: string, fields?: Record<string, string>): void {
  log.warn(message, fields);
}

export { databaseAvailable };

/**
 * Remix's handleError (render errors, unmatched routes): trips the outage breaker on connectivity
 * errors and logs the rest; a 404 for an unknown path is no error, the access log has it.
 */
export function reportRequestError(error: unknown, request: Request): void {
  if (request.signal.aborted || isClientError(error)) return;
  if (isConnectivityError(error)) {
    markDatabaseUnavailable();
    return;
  }
  log.error("request failed", { requestId: request.headers.get("x-request-id"), ...errorDetails(error) });
}
