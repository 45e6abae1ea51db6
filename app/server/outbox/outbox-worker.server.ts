import { and, eq, sql } from "drizzle-orm";
import { outbox } from "../../../db/schema";
import { db } from "../db.server";
import { describeError, log } from "../logger.server";

export type OutboxHandler = (payload: Record<string, unknown>, entryId: number) => Promise<void>;

export const MAX_ATTEMPTS = 10;
const LEASE_SECONDS = 120;
const BATCH = 20;

/** Exponential backoff: 5 s, 10 s, 20 s … capped at one hour. */
export function retryDelaySeconds(attempts: number): number {
  return Math.min(5 * 2 ** Math.max(0, attempts - 1), 3600);
}

/**
 * Claims due entries (skipping rows another process holds) and leases them, so an entry
 * whose process dies mid-delivery is retried after the lease, never lost.
 */
async function claimBatch() {
  const database = await db();
  return database.transaction(async (tx) => {
    const due = await tx.execute(
      sql`select id from ${outbox} where delivered_at is null and failed_at is null and available_at <= now()
          order by id limit ${BATCH} for update skip locked`,
    );
    const ids = (due as unknown as { rows: Array<{ id: number | string }> }).rows.map((r) => Number(r.id));
    if (ids.length === 0) return [];
    return tx
      .update(outbox)
      .set({ attempts: sql`${outbox.attempts} + 1`, availableAt: sql`now() + make_interval(secs => ${LEASE_SECONDS})` })
      .where(sql`${outbox.id} in (${sql.join(ids.map((id) => sql`${id}`), sql`, `)})`)
      .returning();
  });
}

/** Entries of one batch are delivered a few at a time: mail and database round trips overlap. */
const CONCURRENCY = 4;

export async function processOutboxOnce(handlers: Record<string, OutboxHandler>): Promise<number> {
  const batch = await claimBatch();
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(CONCURRENCY, batch.length) }, async () => {
      while (next < batch.length) await deliver(batch[next++], handlers);
    }),
  );
  return batch.length;
}

async function deliver(entry: typeof outbox.$inferSelect, handlers: Record<string, OutboxHandler>): Promise<void> {
  const database = await db();
  {
    const handler = handlers[entry.kind];
    try {
      if (!handler) throw new Error(`no handler for ${entry.kind}`);
      await handler(entry.payload as Record<string, unknown>, entry.id);
      await database.update(outbox).set({ deliveredAt: new Date(), lastError: null }).where(eq(outbox.id, entry.id));
    } catch (error) {
      const giveUp = entry.attempts >= MAX_ATTEMPTS;
      const message = error instanceof Error ? error.message.slice(0, 500) : String(error);
      await database
        .update(outbox)
        .set({
          lastError: message,
          ...(giveUp ? { failedAt: new Date() } : { availableAt: new Date(Date.now() + retryDelaySeconds(entry.attempts) * 1000) }),
        })
        .where(and(eq(outbox.id, entry.id)));
      log.warn(giveUp ? "outbox entry failed for good" : "outbox entry will be retried", {
        kind: entry.kind,
        entry: entry.id,
        attempts: entry.attempts,
        ...describeError(error),
      });
    }
  }
}

/** The in-process worker: polls, and can be nudged right after a commit that queued work. */
export function startOutboxWorker(handlers: Record<string, OutboxHandler>, pollMs = 1000) {
  let stopped = false;
  let running: Promise<void> | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;

  const run = async () => {
    timer = null;
    try {
      while (!stopped && (await processOutboxOnce(handlers)) > 0) {
        // keep draining while there is work
      }
    } catch (error) {
      log.warn("outbox poll failed", describeError(error));
    }
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
