/**
 * CPU time by role, read from /proc: the portal's processes (the primary, the HTTP processes and
 * the outbox worker, told apart by their script), PostgreSQL's processes when the database runs on
 * this machine, and the load generator itself. Linux only; elsewhere no process is read.
 */
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";

export type CpuSnapshot = { byProcess: Map<number, { role: string; seconds: number }>; loadGeneratorSeconds: number };

const ROLE_OF_SCRIPT: Array<[string, string]> = [
  ["server/index.js", "http"],
  ["server/worker.js", "outboxWorker"],
  ["server/cluster.js", "primary"],
];

let ticksPerSecond: number | undefined;
function clockTicks(): number {
  ticksPerSecond ??= Number(execFileSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).trim()) || 100;
  return ticksPerSecond;
}

type Stat = { pid: number; command: string; parent: number; seconds: number };

/** /proc/<pid>/stat: the command sits in parentheses and may itself hold spaces and parentheses. */
function statOf(pid: number): Stat | null {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, "utf8");
    const close = text.lastIndexOf(")");
    const fields = text.slice(close + 2).split(" ");
    return {
      pid,
      command: text.slice(text.indexOf("(") + 1, close),
      parent: Number(fields[1]),
      seconds: (Number(fields[11]) + Number(fields[12])) / clockTicks(),
    };
  } catch {
    return null; // ended meanwhile
  }
}

function scriptOf(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, "utf8");
  } catch {
    return "";
  }
}

/** The CPU seconds so far of the portal started as `portalPid` and its children, and of PostgreSQL. */
export function cpuSnapshot(portalPid: number): CpuSnapshot {
  const usage = process.cpuUsage();
  const loadGeneratorSeconds = (usage.user + usage.system) / 1e6;
  const byProcess = new Map<number, { role: string; seconds: number }>();
  if (!existsSync("/proc/self/stat")) return { byProcess, loadGeneratorSeconds };
  const stats = readdirSync("/proc")
    .filter((name) => /^\d+$/.test(name))
    .map((name) => statOf(Number(name)))
    .filter((stat): stat is Stat => stat !== null);
  const parentOf = new Map(stats.map((stat) => [stat.pid, stat.parent]));
  const isPortal = (pid: number) => {
    for (let current: number | undefined = pid; current && current > 1; current = parentOf.get(current)) {
      if (current === portalPid) return true;
    }
    return false;
  };
  for (const stat of stats) {
    if (stat.command === "postgres") {
      byProcess.set(stat.pid, { role: "postgres", seconds: stat.seconds });
    } else if (isPortal(stat.pid)) {
      const script = scriptOf(stat.pid);
      const role = ROLE_OF_SCRIPT.find(([name]) => script.includes(name))?.[1] ?? "portalOther";
      byProcess.set(stat.pid, { role, seconds: stat.seconds });
    }
  }
  return { byProcess, loadGeneratorSeconds };
}

/** Milliseconds of CPU per unit of work (e.g. per submission) between two snapshots, by role. */
export function cpuPerUnitMs(before: CpuSnapshot, after: CpuSnapshot, units: number): Record<string, number> {
  const totals = new Map<string, number>();
  for (const [pid, { role, seconds }] of after.byProcess) {
    // A process started in between counts from zero; one that ended in between is not seen.
    const earlier = before.byProcess.get(pid);
    totals.set(role, (totals.get(role) ?? 0) + seconds - (earlier?.role === role ? earlier.seconds : 0));
  }
  totals.set("loadGenerator", after.loadGeneratorSeconds - before.loadGeneratorSeconds);
  const perUnit = (seconds: number) => Number(((seconds * 1000) / units).toFixed(2));
  return Object.fromEntries(
    [...totals]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([role, seconds]) => [role, perUnit(seconds)] as const)
      .filter(([, ms]) => ms > 0),
  );
}
