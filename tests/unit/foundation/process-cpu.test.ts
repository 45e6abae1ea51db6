import { spawn } from "node:child_process";
import { once } from "node:events";
import { describe, expect, it } from "vitest";
import { cpuPerUnitMs, cpuSnapshot, type CpuSnapshot } from "../../../bench/support/process-cpu";

const snapshot = (entries: Array<[number, string, number]>, loadGeneratorSeconds: number): CpuSnapshot => ({
  byProcess: new Map(entries.map(([pid, role, seconds]) => [pid, { role, seconds }])),
  loadGeneratorSeconds,
});

describe("CPU by process role (the submissions bench)", () => {
  it("sums what each role's processes used in between, per unit of work", () => {
    const before = snapshot(
      [
        [10, "http", 1],
        [11, "http", 2],
        [20, "outboxWorker", 5],
        [30, "postgres", 7],
      ],
      3,
    );
    const after = snapshot(
      [
        [10, "http", 2],
        [11, "http", 4],
        [20, "outboxWorker", 8],
        [30, "postgres", 7],
        // A connection opened during the burst counts from zero.
        [31, "postgres", 2],
      ],
      3.5,
    );
    expect(cpuPerUnitMs(before, after, 1000)).toEqual({ http: 3, loadGenerator: 0.5, outboxWorker: 3, postgres: 2 });
  });

  it.skipIf(process.platform !== "linux")("reads the CPU a child of the portal's process used from /proc", async () => {
    // Busy for up to 20 s; killed as soon as it was seen to use a tenth of a second.
    const busy = spawn(process.execPath, ["-e", "const end = Date.now() + 20000; while (Date.now() < end);"]);
    const before = cpuSnapshot(process.pid);
    await once(busy, "spawn");
    try {
      expect(cpuSnapshot(process.pid).byProcess.get(busy.pid!)?.role).toBe("portalOther");
      // The child's own figure: this process, the portal's stand-in, is counted as well.
      const childSeconds = (snapshot: CpuSnapshot) => snapshot.byProcess.get(busy.pid!)?.seconds ?? 0;
      let used = 0;
      while (used <= 0.1 && busy.exitCode === null) {
        await new Promise((resolve) => setTimeout(resolve, 50));
        used = childSeconds(cpuSnapshot(process.pid)) - childSeconds(before);
      }
      expect(used).toBeGreaterThan(0.1);
    } finally {
      busy.kill();
    }
  });
});
