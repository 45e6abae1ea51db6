import { closeDatabase, databaseAvailable, isConnectivityError, markDatabaseUnavailable, prepareDatabase } from "./db.server";
import { env } from "./env.server";
import { outboxHandlers } from "./notifications/handlers.server";
import { startOutboxWorker } from "./outbox/outbox-worker.server";
import { startDraftCleanup } from "./drafts/draft-cleanup.server";
import { startRetentionJob } from "./cases/retention-job.server";
import { log } from "./logger.server";
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

type BackgroundTask = { stop(): Promise<void> };
const backgroundTasks: BackgroundTask[] = [];

export function registerBackgroundTask(task: BackgroundTask): void {
  backgroundTasks.push(task);
}

let outboxWorker: ReturnType<typeof startOutboxWorker> | null = null;

/** The HTTP server's start (server/index.js): database, then the background work unless OUTBOX_WORKER=off. */
export async function prepareServer(): Promise<void> {
  await prepareDatabase();
  if (env().outboxWorker) startBackgroundWork();
}

/**
 * A dedicated worker process (server/worker.js) beside HTTP servers that run with
 * OUTBOX_WORKER=off; they prepare the database, the worker only connects to it.
 */
export function prepareWorker(): void {
  startBackgroundWork();
}

function startBackgroundWork(): void {
  outboxWorker = startOutboxWorker(outboxHandlers);
  registerBackgroundTask(outboxWorker);
  // Expired drafts and their uploads: deleted at start and hourly (DRAFT_TTL_DAYS).
  registerBackgroundTask(startDraftCleanup());
  // Closed cases past their retention period: deleted at start and daily (RETENTION_DAYS_DEFAULT, ADR 021).
  registerBackgroundTask(startRetentionJob());
}

/** Called after a commit that queued outbox work, so e-mails and receipts go out at once. */
export function nudgeOutbox(): void {
  outboxWorker?.nudge();
}

export function announceListening(): void {
  const e = env();
  log.info("portal listening", { url: e.publicUrl, port: e.port });
}

export async function shutdownServer(): Promise<void> {
  await Promise.allSettled(backgroundTasks.map((task) => task.stop()));
  await closeDatabase();
  log.info("shutdown complete");
}

export function logInfo(message: string, fields?: Record<string, string>): void {
  log.info(message, fields);
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
