import { afterEach, describe, expect, it, vi } from "vitest";
import { startPeriodicJob } from "~/server/periodic-job.server";

describe("periodic background jobs", () => {
  afterEach(() => vi.useRealTimers());

  it("runs at once and then on schedule, never two passes at a time, and goes on after a failed pass", async () => {
    vi.useFakeTimers();
    let started = 0;
    let finish: (() => void) | undefined;
    const job = startPeriodicJob("test job", 1000, () => {
      started++;
      if (started === 2) return Promise.reject(new Error("database gone for a moment"));
      return new Promise<void>((resolve) => (finish = resolve));
    });
    expect(started).toBe(1);
    await vi.advanceTimersByTimeAsync(3000);
    expect(started).toBe(1); // the first pass still runs: no overlap
    finish!();
    await vi.advanceTimersByTimeAsync(1000);
    expect(started).toBe(2); // this one fails …
    await vi.advanceTimersByTimeAsync(1000);
    expect(started).toBe(3); // … and the schedule goes on
    let stopped = false;
    const stopping = job.stop().then(() => (stopped = true));
    await vi.advanceTimersByTimeAsync(0);
    expect(stopped).toBe(false); // stop waits for the running pass
    finish!();
    await stopping;
    await vi.advanceTimersByTimeAsync(5000);
    expect(started).toBe(3);
  });
});
