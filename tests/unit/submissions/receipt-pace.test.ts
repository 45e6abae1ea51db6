/** Holding submissions while receipts fall behind (ADR 045, ADR 047, ADR 054): the hold follows the receipts the worker reports due. */
import { performance } from "node:perf_hooks";
import { describe, expect, it } from "vitest";
import {
  HOLD_PER_RECEIPT_DUE_MS,
  MAX_HOLD_MS,
  noteReceiptsDue,
  outboxWorkerDraining,
  receiptPaceHoldMs,
  receiptPaceOnArrival,
  TARGET_RECEIPTS_DUE,
} from "~/server/outbox/receipt-pace.server";

/** Times long past, a minute apart: each test's reports have expired before the next test begins. */
let clock = -1_000_000_000;
const later = () => (clock += 60_000);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("the receipt pace of submissions", () => {
  it("holds nobody without a report, or while at most the target of receipts is due", () => {
    expect(receiptPaceHoldMs(later())).toBe(0);
    const at = later();
    noteReceiptsDue(TARGET_RECEIPTS_DUE, at);
    expect(receiptPaceHoldMs(at)).toBe(0);
  });

  it("holds a submission in proportion to the receipts due beyond the target, up to a ceiling", () => {
    const at = later();
    noteReceiptsDue(400, at);
    expect(receiptPaceHoldMs(at)).toBeCloseTo((400 - TARGET_RECEIPTS_DUE) * HOLD_PER_RECEIPT_DUE_MS, 6);
    const behindByThousands = later();
    noteReceiptsDue(50_000, behindByThousands);
    expect(receiptPaceHoldMs(behindByThousands)).toBe(MAX_HOLD_MS);
  });

  it("stops holding once the worker has not reported for two seconds", () => {
    const at = later();
    noteReceiptsDue(500, at);
    expect(receiptPaceHoldMs(at + 1999)).toBeGreaterThan(0);
    expect(receiptPaceHoldMs(at + 2000)).toBe(0);
  });

  it("tells the worker is draining while its last fresh report took receipts, unsmoothed", () => {
    expect(outboxWorkerDraining(later())).toBe(false);
    const at = later();
    noteReceiptsDue(3, at);
    expect(outboxWorkerDraining(at + 1999)).toBe(true);
    expect(outboxWorkerDraining(at + 2000)).toBe(false);
    // The claim that found nothing: the worker waits for a nudge, though the smoothed count is still above 0.
    noteReceiptsDue(0, at + 10);
    expect(outboxWorkerDraining(at + 10)).toBe(false);
  });

  it("smooths the reports: one claim that emptied the queue does not end the hold, a caught-up worker does", () => {
    const at = later();
    noteReceiptsDue(600, at);
    noteReceiptsDue(0, at + 50);
    const dueAfterOneLowReport = 600 * Math.exp(-50 / 250);
    expect(receiptPaceHoldMs(at + 50)).toBeCloseTo((dueAfterOneLowReport - TARGET_RECEIPTS_DUE) * HOLD_PER_RECEIPT_DUE_MS, 6);
    for (let t = at + 100; t <= at + 1000; t += 50) noteReceiptsDue(0, t);
    expect(receiptPaceHoldMs(at + 1000)).toBe(0);
  });

  it("holds an answer until the hold has passed since the submission arrived, counting the time it took to store", async () => {
    noteReceiptsDue(TARGET_RECEIPTS_DUE + 300);
    const hold = 300 * HOLD_PER_RECEIPT_DUE_MS;
    const arrived = performance.now();
    const pace = receiptPaceOnArrival(arrived);
    await sleep(hold / 3);
    const stored = performance.now();
    const held = await pace.restOfHold();
    expect(Math.abs(held - (arrived + hold - stored))).toBeLessThan(2);
    expect(performance.now() - arrived).toBeGreaterThanOrEqual(hold - 1);
  });

  it("answers at once a submission that took longer to store than its hold", async () => {
    noteReceiptsDue(TARGET_RECEIPTS_DUE + 100);
    const hold = receiptPaceHoldMs();
    expect(hold).toBeGreaterThan(0);
    const pace = receiptPaceOnArrival();
    await sleep(hold + 5);
    const before = performance.now();
    expect(await pace.restOfHold()).toBe(0);
    expect(performance.now() - before).toBeLessThan(5);
  });
});
