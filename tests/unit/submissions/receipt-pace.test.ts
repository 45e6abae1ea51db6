/** Holding submissions while receipts fall behind (ADR 045): the hold follows the worker's reported lag. */
import { performance } from "node:perf_hooks";
import { describe, expect, it } from "vitest";
import {
  awaitReceiptPace,
  HOLD_PER_LAG_MS,
  MAX_HOLD_MS,
  noteReceiptWait,
  receiptPaceHoldMs,
  TARGET_LAG_MS,
} from "~/server/outbox/receipt-pace.server";

/** Times long past, a minute apart: each test's reports have expired before the next test begins. */
let clock = -1_000_000_000;
const later = () => (clock += 60_000);

describe("the receipt pace of submissions", () => {
  it("holds nobody without a report, or while receipts are at most the target behind", () => {
    expect(receiptPaceHoldMs(later())).toBe(0);
    const at = later();
    noteReceiptWait(TARGET_LAG_MS, at);
    expect(receiptPaceHoldMs(at)).toBe(0);
  });

  it("holds a submission in proportion to the lag beyond the target, up to a ceiling", () => {
    const at = later();
    noteReceiptWait(3000, at);
    expect(receiptPaceHoldMs(at)).toBeCloseTo((3000 - TARGET_LAG_MS) * HOLD_PER_LAG_MS, 6);
    const behindByMinutes = later();
    noteReceiptWait(180_000, behindByMinutes);
    expect(receiptPaceHoldMs(behindByMinutes)).toBe(MAX_HOLD_MS);
  });

  it("stops holding once the worker has not reported for two seconds", () => {
    const at = later();
    noteReceiptWait(5000, at);
    expect(receiptPaceHoldMs(at + 1999)).toBeGreaterThan(0);
    expect(receiptPaceHoldMs(at + 2000)).toBe(0);
  });

  it("smooths the reports: one claim that caught fresh receipts does not end the hold, a caught-up worker does", () => {
    const at = later();
    noteReceiptWait(3000, at);
    noteReceiptWait(0, at + 50);
    const lagAfterOneLowReport = 3000 * Math.exp(-50 / 250);
    expect(receiptPaceHoldMs(at + 50)).toBeCloseTo((lagAfterOneLowReport - TARGET_LAG_MS) * HOLD_PER_LAG_MS, 6);
    for (let t = at + 100; t <= at + 1000; t += 50) noteReceiptWait(0, t);
    expect(receiptPaceHoldMs(at + 1000)).toBe(0);
  });

  it("waits as long as the hold says and tells how long", async () => {
    noteReceiptWait(TARGET_LAG_MS + 1000);
    const expected = 1000 * HOLD_PER_LAG_MS;
    const started = performance.now();
    const held = await awaitReceiptPace();
    expect(held).toBeCloseTo(expected, 0);
    expect(performance.now() - started).toBeGreaterThanOrEqual(expected - 2);
  });
});
