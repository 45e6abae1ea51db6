/**
 * Receipts keep pace with submissions (ADR 045). After each claim the outbox worker reports how
 * long the receipts it claimed had been due. While that lag is above TARGET_LAG_MS, each new
 * submission waits a little before it is stored, in proportion to the lag beyond the target.
 * Under a burst the lag then settles where the portal accepts submissions as fast as their
 * receipts are made: the CPU the HTTP processes leave goes to the worker and the database, and
 * receipts stay seconds, not minutes, behind.
 *
 * Failing open is the rule: a worker that stops reporting (stopped, restarted, run elsewhere)
 * holds nobody, and no submission waits longer than MAX_HOLD_MS.
 */
import { performance } from "node:perf_hooks";

/** Receipts due for up to this long hold nobody. */
export const TARGET_LAG_MS = 500;
/** Each millisecond of lag beyond the target holds a new submission this long. */
export const HOLD_PER_LAG_MS = 0.1;
/** The longest a submission is held. */
export const MAX_HOLD_MS = 1000;
/** A report older than this is not trusted: the worker may be gone. */
const REPORT_FRESH_MS = 2000;
/**
 * Reports are smoothed over about this long: one claim's lag depends on the batch it caught, and
 * holds that jump with every claim would spread the submissions' latency.
 */
const SMOOTHING_MS = 250;

let pace = { lagMs: 0, at: -Infinity };

/** Takes the worker's report: from the worker in this process, or relayed by the cluster's primary. */
export function noteReceiptWait(receiptWaitMs: number, now = performance.now()): void {
  const fresh = now - pace.at < REPORT_FRESH_MS;
  const weight = fresh ? 1 - Math.exp(-(now - pace.at) / SMOOTHING_MS) : 1;
  pace = { lagMs: pace.lagMs + weight * (receiptWaitMs - pace.lagMs), at: now };
}

/** How long a submission arriving now is held: 0 while receipts keep pace. */
export function receiptPaceHoldMs(now = performance.now()): number {
  if (now - pace.at >= REPORT_FRESH_MS) return 0;
  return Math.min(MAX_HOLD_MS, Math.max(0, (pace.lagMs - TARGET_LAG_MS) * HOLD_PER_LAG_MS));
}

/** Holds a submission as long as receiptPaceHoldMs says; returns the ms it was held. */
export async function awaitReceiptPace(): Promise<number> {
  const hold = receiptPaceHoldMs();
  if (hold > 0) await new Promise((resolve) => setTimeout(resolve, hold));
  return hold;
}
