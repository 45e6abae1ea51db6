import { describeError, log } from "./logger.server";

export interface PeriodicJob {
  /** Stops the schedule and waits for a pass that is running. */
  stop(): Promise<void>;
}

/**
 * A background task for lifecycle.server.ts: one pass now, then every `intervalMs`. A pass never
 * overlaps the previous one, and a failed pass is logged and tried again at the next tick.
 */
export function startPeriodicJob(name: string, intervalMs: number, pass: () => Promise<void>): PeriodicJob {
  let running: Promise<void> | null = null;
  const tick = () => {
    running ??= pass()
      .catch((error: unknown) => log.warn(`${name} failed`, describeError(error)))
      .finally(() => {
        running = null;
      });
  };
  tick();
  const timer = setInterval(tick, intervalMs);
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
