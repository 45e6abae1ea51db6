/**
 * Three sites (scripts/ops/ha-lab.sh): 32 clients submit for 60 s; half-way the primary's whole
 * site is lost (link down, every process killed). Then a planned switchover under load. Checks:
 * every acknowledged submission stored exactly once under its number, retried keys kept their
 * case, case numbers without gaps, every receipt made. Prints RPO, RTO and the switchover's gap.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runAsync, tryRun } from "./support/commands";
import { startLoad, type Ack } from "./support/load";
import { casesWithoutReceipt, verifyCases } from "./support/verify";

const LAB = "scripts/ops/ha-lab.sh";
const SITES = [1, 2, 3];
const CLIENTS = Number(process.env.HA_CLIENTS ?? 32);
const LOAD_SECONDS = Number(process.env.HA_LOAD_SECONDS ?? 60);
const address = (site: number) => `10.217.0.1${site}`;
const portal = (site: number) => `http://${address(site)}:3000`;
const databaseUrl = (site: number) => `postgres://postgres@${address(site)}:5000/postgres`;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function primarySite(among: number[]): Promise<number | null> {
  for (const site of among) {
    try {
      if ((await fetch(`http://${address(site)}:8008/primary`, { signal: AbortSignal.timeout(1000) })).status === 200) return site;
    } catch {
      // a site that is gone
    }
  }
  return null;
}

async function syncStandby(among: number[]): Promise<number | null> {
  for (const site of among) {
    try {
      const cluster = (await (await fetch(`http://${address(site)}:8008/cluster`, { signal: AbortSignal.timeout(1000) })).json()) as {
        members: Array<{ name: string; role: string; state: string }>;
      };
      const sync = cluster.members.find((m) => m.role === "sync_standby" && ["running", "streaming"].includes(m.state));
      if (sync) return Number(sync.name.slice(1));
    } catch {
      // try the next site
    }
  }
  return null;
}

async function waitFor<T>(what: string, probe: () => Promise<T | null>, timeoutMs: number): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== null) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(500);
  }
}

/** The longest time without an acknowledgement between `from` and `to`. */
function longestAckGap(acks: Ack[], from: number, to: number): number {
  const times = [from, ...acks.map((a) => a.ackedAt).filter((t) => t > from && t < to), to].sort((a, b) => a - b);
  return Math.max(...times.slice(1).map((t, i) => t - times[i]!));
}

describe("three sites: failover under load and a planned switchover", () => {
  const root = mkdtempSync(join(tmpdir(), "bp-ha-lab-"));
  let alive = [...SITES];

  beforeAll(async () => {
    tryRun(LAB, ["down", root]);
    const started = performance.now();
    console.log((await runAsync(LAB, ["up", root])).trim());
    console.log((await runAsync(LAB, ["portals", root])).trim());
    console.log(`ha: topology and portals up in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  });
  afterAll(() => {
    tryRun(LAB, ["down", root]);
    if (!process.env.HA_KEEP) rmSync(root, { recursive: true, force: true });
  });

  it("loses no acknowledged submission when the primary's site is lost, and recovers within 30 s", async () => {
    const load = startLoad(() => alive.map(portal), CLIENTS);
    await sleep((LOAD_SECONDS * 1000) / 2);
    const victim = (await primarySite(alive))!;
    expect(victim).not.toBeNull();
    const ackedBeforeKill = load.acks.length;
    const killedAt = Date.now();
    await runAsync(LAB, ["kill-site", root, String(victim)]);
    // Requests sent before the kill completed may have been stored by the old primary in time.
    const killDoneAt = Date.now();
    alive = alive.filter((site) => site !== victim);
    await sleep((LOAD_SECONDS * 1000) / 2);
    const result = await load.stop(60_000);

    const firstAfter = result.acks.filter((a) => a.attemptStartedAt > killDoneAt).sort((a, b) => a.ackedAt - b.ackedAt)[0];
    const rtoSeconds = firstAfter ? (firstAfter.ackedAt - killedAt) / 1000 : Infinity;
    const gapSeconds = longestAckGap(result.acks, killedAt, killedAt + 30_000) / 1000;
    const newPrimary = await waitFor("a new primary", () => primarySite(alive), 30_000);
    const verdict = await verifyCases(databaseUrl(newPrimary), result.acks);
    const retried = result.acks.filter((a) => a.attempts > 1).length;
    console.log(
      `ha failover: site ${victim} (primary) lost after ${ackedBeforeKill} acknowledged submissions; new primary at site ${newPrimary}\n` +
        `ha failover: ${result.acks.length} acknowledged (${retried} after retries: ${JSON.stringify(result.retries)}), ${verdict.cases} cases stored\n` +
        `ha failover: RPO ${verdict.lost.length} acknowledged submissions lost; RTO ${rtoSeconds.toFixed(1)} s (kill → first acknowledged submission sent after it); ` +
        `longest time without an acknowledgement ${gapSeconds.toFixed(1)} s (kill took ${((killDoneAt - killedAt) / 1000).toFixed(1)} s; ` +
        `target RTO ≤ 30 s: ${rtoSeconds <= 30 ? "met" : "missed"})`,
    );
    expect(result.refusals).toEqual([]);
    expect(result.unacknowledged).toEqual([]);
    expect(verdict.lost).toEqual([]);
    expect(verdict.wrongNumber).toEqual([]);
    expect(verdict.unacknowledgedRows).toBe(0);
    expect(verdict.gaps).toEqual([]);
    expect(rtoSeconds).toBeLessThanOrEqual(30);

    const receiptsStarted = Date.now();
    await waitFor("every receipt", async () => ((await casesWithoutReceipt(databaseUrl(newPrimary))) === 0 ? true : null), 180_000);
    console.log(`ha failover: every receipt made ${((Date.now() - receiptsStarted) / 1000).toFixed(1)} s after the load ended`);
  });

  it("switches over under load with no error left for clients that retry", async () => {
    const leader = await waitFor("a primary", () => primarySite(alive), 30_000);
    const candidate = await waitFor("a synchronous standby", () => syncStandby(alive), 60_000);
    const before = (await verifyCases(databaseUrl(leader), [])).cases;
    const load = startLoad(() => alive.map(portal), CLIENTS);
    await sleep(8000);
    // As the runbook says: a checkpoint first, so the old primary's shutdown checkpoint is short.
    const admin = new pg.Client({ connectionString: databaseUrl(leader) });
    await admin.connect();
    await admin.query("checkpoint");
    await admin.end();
    const switchedAt = Date.now();
    await runAsync("patronictl", [
      "-c",
      join(root, `s${leader}`, "patroni.yml"),
      "switchover",
      "--leader",
      `s${leader}`,
      "--candidate",
      `s${candidate}`,
      "--force",
    ]);
    const commandSeconds = (Date.now() - switchedAt) / 1000;
    await sleep(10_000);
    const loadEndsAt = Date.now();
    const result = await load.stop(30_000);

    // Anywhere from the command to the end of the load: patronictl returns only after the switch.
    const gapSeconds = longestAckGap(result.acks, switchedAt, loadEndsAt) / 1000;
    const firstAfter = result.acks.filter((a) => a.attemptStartedAt > switchedAt).sort((a, b) => a.ackedAt - b.ackedAt)[0];
    const newPrimary = await waitFor("the new primary", () => primarySite(alive), 30_000);
    const verdict = await verifyCases(databaseUrl(newPrimary), result.acks);
    console.log(
      `ha switchover: s${leader} → s${candidate} (patronictl returned after ${commandSeconds.toFixed(1)} s); ${result.acks.length} acknowledged, ` +
        `retries ${JSON.stringify(result.retries)}\n` +
        `ha switchover: longest time without an acknowledgement ${gapSeconds.toFixed(1)} s (target ≤ 5 s: ${gapSeconds <= 5 ? "met" : "missed"}); ` +
        `errors left to retrying clients ${result.unacknowledged.length + result.refusals.length}`,
    );
    expect(newPrimary).toBe(candidate);
    expect(result.refusals).toEqual([]);
    expect(result.unacknowledged).toEqual([]);
    expect(verdict.lost).toEqual([]);
    expect(verdict.wrongNumber).toEqual([]);
    expect(verdict.unacknowledgedRows).toBe(before);
    expect(verdict.gaps).toEqual([]);
    expect(firstAfter).toBeDefined();
    // The target is 5 s (about 2 s measured); the bound leaves room for a machine busy with other work.
    expect(gapSeconds).toBeLessThanOrEqual(15);
    await waitFor("every receipt", async () => ((await casesWithoutReceipt(databaseUrl(newPrimary))) === 0 ? true : null), 180_000);
  });
});
