/**
 * Receipts keep pace with submissions (ADR 045, ADR 047). After each claim the outbox worker
 * reports how many receipts are due and not yet taken. While more than TARGET_RECEIPTS_DUE are,
 * each new submission is answered a little later, in proportion to the receipts beyond the
 * target: it is stored at once, and its answer waits for the rest of its hold (ADR 054). Clients
 * that send one submission after another then send fewer, and under a burst the count settles
 * where the portal accepts submissions as fast as their receipts are made: the CPU the HTTP
 * processes leave goes to the worker and the database, and receipts stay about a second behind,
 * not minutes.
 *
 * The count, not the age of the receipts, drives the hold: it grows the moment submissions
 * arrive faster than receipts are made. Their age says so only once those receipts are claimed,
 * seconds later, and holds that follow it swing back and forth (ADR 047).
 *
 * Failing open is the rule: a worker that stops reporting (stopped, restarted, run elsewhere)
 * holds nobody, and no submission waits longer than MAX_HOLD_MS.
 */
import { performance } from "node:perf_hooks";

/** Up to this many receipts due hold nobody: about a quarter of a second of a 2-core machine's work. */
export const TARGET_RECEIPTS_DUE = 100;
/** Each receipt due beyond the target holds a new submission this long. */
export const HOLD_PER_RECEIPT_DUE_MS = 0.3;
/** The longest a submission is held. */
export const MAX_HOLD_MS = 1000;
/** A report older than this is not trusted: the worker may be gone. */
const REPORT_FRESH_MS = 2000;
/**
 * Reports are smoothed over about this long: each claim takes up to a batch of receipts off the
 * count, and holds that jump with every claim would spread the submissions' latency.
 */
const SMOOTHING_MS = 250;

let pace = { receiptsDue: 0, at: -Infinity };
/** The worker's last report as it came, unsmoothed. */
let lastReport = { receiptsDue: 0, at: -Infinity };

/** Takes the worker's report: from the worker in this process, or relayed by the cluster's primary. */
export function noteReceiptsDue(receiptsDue: number, now = performance.now()): void {
  const fresh = now - pace.at < REPORT_FRESH_MS;
  const weight = fresh ? 1 - Math.exp(-(now - pace.at) / SMOOTHING_MS) : 1;
  pace = { receiptsDue: pace.receiptsDue + weight * (receiptsDue - pace.receiptsDue), at: now };
  lastReport = { receiptsDue, at: now };
}

/**
 * Whether the worker is working off a backlog: its last claim, reported moments ago, took
 * receipts. A claim that takes entries is always followed by another, which finds whatever was
 * committed meanwhile; a claim that found nothing reports 0 and the worker waits for a nudge.
 */
export function outboxWorkerDraining(now = performance.now()): boolean {
  return lastReport.receiptsDue > 0 && now - lastReport.at < REPORT_FRESH_MS;
}

/** How long a submission arriving now is held: 0 while receipts keep pace. */
export function receiptPaceHoldMs(now = performance.now()): number {
  if (now - pace.at >= REPORT_FRESH_MS) return 0;
  return Math.min(MAX_HOLD_MS, Math.max(0, (pace.receiptsDue - TARGET_RECEIPTS_DUE) * HOLD_PER_RECEIPT_DUE_MS));
}

/**
 * The hold of a submission arriving now (ADR 054): its answer waits until the hold that
 * receiptPaceHoldMs gives now has passed, so the time spent storing it counts towards the hold,
 * and one that took longer is answered at once. `restOfHold` waits what is left of it and
 * returns the ms it waited.
 */
export function receiptPaceOnArrival(now = performance.now()): { restOfHold(): Promise<number> } {
  const until = now + receiptPaceHoldMs(now);
  return {
    async restOfHold() {
      const rest = until - performance.now();
      if (rest <= 0) return 0;
      await new Promise((resolve) => setTimeout(resolve, rest));
      return rest;
    },
  };
}
