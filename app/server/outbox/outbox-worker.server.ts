import { eq, inArray, sql } from "drizzle-orm";
import { jsonColumn } from "../../../db/client";
import { outbox } from "../../../db/schema";
import { db } from "../db.server";
import { env } from "../env.server";
import { describeError, log } from "../logger.server";

/** An entry as the worker hands it to a handler. */
export type OutboxEntry = { id: number; kind: string; payload: Record<string, unknown>; attempts: number; createdAt: Date };

/** Delivers one entry; throws to have it retried. */
export type OutboxHandler = (entry: OutboxEntry) => Promise<void>;

/**
 * What names the message an entry sends, the same on every attempt: a retried e-mail carries the
 * Message-ID of the first, so a mailbox that got both shows one. The creation time keeps it apart
 * from an entry of the same number in another database.
 */
export const messageKeyOf = (entry: Pick<OutboxEntry, "id" | "createdAt">) => `${entry.id}-${entry.createdAt.getTime()}`;

/**
 * Delivers the claimed entries of one kind together, e.g. with one query for all of them.
 * Returns why entries failed, by entry id; the others count as delivered.
 */
export type OutboxBatchHandler = (entries: OutboxEntry[]) => Promise<Map<number, unknown>>;

export type OutboxHandlers = Record<string, OutboxHandler | { batch: OutboxBatchHandler }>;

export const MAX_ATTEMPTS = 10;
/** Entries per claim: a burst of submissions is worked off in few round trips. */
const BATCH = 60;
/** Messages of one batch go out a few at a time. */
const CONCURRENCY = 4;
/**
 * Batches a worker has in flight at once: while one renders receipts (CPU), the other's claim and
 * stores travel to the database. Each claims its own rows (skip locked), under the same lease.
 */
const BATCHES_IN_FLIGHT = 2;

/** Exponential backoff: 5 s, 10 s, 20 s … capped at one hour. */
export function retryDelaySeconds(attempts: number): number {
  return Math.min(5 * 2 ** Math.max(0, attempts - 1), 3600);
}

/** An entry the worker may take now: not delivered, not failed, and neither leased nor waiting for a retry. */
const DUE_NOW = sql`delivered_at is null and failed_at is null and available_at <= now()`;

/**
 * Claims due entries (skipping rows another process holds) and leases them in one statement,
 * so an entry whose process dies mid-delivery is retried after the lease, never lost. Also tells
 * how many receipts were due and not yet taken, this claim's included: how far the worker is
 * behind the submissions (ADR 047). A claim that found nothing due tells 0.
 */
async function claimBatch(): Promise<{ entries: OutboxEntry[]; receiptsDue: number }> {
  const claimed = await (
    await db()
  ).execute(sql`
    with due as (
      select id from ${outbox} where ${DUE_NOW}
      order by id limit ${BATCH} for update skip locked)
    update ${outbox} set attempts = attempts + 1, available_at = now() + make_interval(secs => ${env().outboxLeaseSeconds})
    from due where ${outbox.id} = due.id
    returning ${outbox.id} as id, kind, payload, attempts, ${outbox.createdAt} as created_at,
      (select count(*) from ${outbox} where kind = 'receipt' and ${DUE_NOW})::int as receipts_due`);
  const rows = (
    claimed as unknown as {
      rows: Array<{
        id: number | string;
        kind: string;
        payload: unknown;
        attempts: number;
        created_at: Date | string;
        receipts_due: number | string;
      }>;
    }
  ).rows;
  const entries = rows
    .map((row) => ({
      id: Number(row.id),
      kind: row.kind,
      payload: jsonColumn(row.payload as Record<string, unknown> | string),
      attempts: Number(row.attempts),
      createdAt: new Date(row.created_at),
    }))
    .sort((a, b) => a.id - b.id);
  return { entries, receiptsDue: rows.length > 0 ? Number(rows[0]!.receipts_due) : 0 };
}

/**
 * Delivers each item (an entry, or a message about several) with `deliver`, a few at a time
 * (mail and database round trips overlap); returns why items failed, by their id. For batch
 * handlers that send one message per item.
 */
export async function deliverEach<Item extends { id: number }>(
  items: Item[],
  deliver: (item: Item) => Promise<void>,
): Promise<Map<number, unknown>> {
  const failures = new Map<number, unknown>();
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(CONCURRENCY, items.length) }, async () => {
      while (next < items.length) {
        const item = items[next++]!;
        try {
          await deliver(item);
        } catch (error) {
          failures.set(item.id, error);
        }
      }
    }),
  );
  return failures;
}

async function deliverKind(kind: string, entries: OutboxEntry[], handlers: OutboxHandlers): Promise<Map<number, unknown>> {
  const handler = handlers[kind];
  try {
    if (!handler) throw new Error(`no handler for ${kind}`);
    return typeof handler === "function" ? await deliverEach(entries, handler) : await handler.batch(entries);
  } catch (error) {
    return new Map(entries.map((entry) => [entry.id, error]));
  }
}

/** What the worker tells after a claim: how many receipts were due and not yet taken, 0 when nothing was due. */
export type ClaimReport = (receiptsDue: number) => void;

export async function processOutboxOnce(handlers: OutboxHandlers, onClaim?: ClaimReport): Promise<number> {
  const { entries: batch, receiptsDue } = await claimBatch();
  onClaim?.(receiptsDue);
  if (batch.length === 0) return 0;
  const kinds = new Map<string, OutboxEntry[]>();
  for (const entry of batch) kinds.set(entry.kind, [...(kinds.get(entry.kind) ?? []), entry]);
  const failures = new Map<number, unknown>();
  for (const result of await Promise.all([...kinds].map(([kind, entries]) => deliverKind(kind, entries, handlers)))) {
    result.forEach((error, id) => failures.set(id, error));
  }
  const database = await db();
  const delivered = batch.filter((entry) => !failures.has(entry.id)).map((entry) => entry.id);
  if (delivered.length > 0) {
    await database.update(outbox).set({ deliveredAt: new Date(), lastError: null }).where(inArray(outbox.id, delivered));
  }
  for (const entry of batch) {
    if (failures.has(entry.id)) await recordFailure(entry, failures.get(entry.id));
  }
  return batch.length;
}

async function recordFailure(entry: OutboxEntry, error: unknown): Promise<void> {
  const giveUp = entry.attempts >= MAX_ATTEMPTS;
  const message = error instanceof Error ? error.message.slice(0, 500) : String(error);
  await (
    await db()
  )
    .update(outbox)
    .set({
      lastError: message,
      ...(giveUp ? { failedAt: new Date() } : { availableAt: new Date(Date.now() + retryDelaySeconds(entry.attempts) * 1000) }),
    })
    .where(eq(outbox.id, entry.id));
  log.warn(giveUp ? "outbox entry failed for good" : "outbox entry will be retried", {
    kind: entry.kind,
    entry: entry.id,
    attempts: entry.attempts,
    ...describeError(error),
  });
}

/** The in-process worker: polls, and can be nudged right after a commit that queued work. */
export function startOutboxWorker(handlers: OutboxHandlers, { pollMs = 1000, onClaim }: { pollMs?: number; onClaim?: ClaimReport } = {}) {
  let stopped = false;
  let running: Promise<void> | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;

  const run = async () => {
    timer = null;
    // Each pass claims one batch; false once there was nothing to claim (or the database failed).
    const pass = async () => {
      try {
        return !stopped && (await processOutboxOnce(handlers, onClaim)) > 0;
      } catch (error) {
        log.warn("outbox poll failed", describeError(error));
        return false;
      }
    };
    const drain = async () => {
      while (await pass()) {
        // keep draining while there is work
      }
    };
    // An idle poll costs one claim; only found work brings more batches in flight.
    if (await pass()) await Promise.all(Array.from({ length: BATCHES_IN_FLIGHT }, drain));
    if (!stopped) timer = setTimeout(tick, pollMs);
  };
  const tick = () => {
    if (running || stopped) return;
    running = run().finally(() => (running = null));
  };
  tick();
  return {
    nudge() {
      if (timer) {
        clearTimeout(timer);
        tick();
      }
    },
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running;
    },
  };
}
