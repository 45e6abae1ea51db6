/**
 * Point-in-time restore with pgBackRest: a case is deleted by mistake; the cluster is restored
 * (scripts/ops/pitr-restore.sh) to the moment before the deletion and the case is there again,
 * while what happened after that moment is not.
 */
import { join } from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort, startServer, type RunningServer } from "../support/server";
import { createArchivedCluster, STANZA, type ArchivedCluster } from "./support/archived-cluster";
import { asPostgres, PG_BIN, run, tryRun } from "./support/commands";
import { submitDogTax } from "../support/api-submission";

async function query<T>(url: string, text: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(text, values)).rows as T[];
  } finally {
    await client.end();
  }
}

describe("point-in-time restore with pgBackRest", () => {
  let cluster: ArchivedCluster;
  let server: RunningServer | null = null;
  let restoredDir = "";

  beforeAll(async () => {
    cluster = createArchivedCluster(await freePort());
  });
  afterAll(async () => {
    await server?.stop();
    if (restoredDir) tryRun("runuser", ["-u", "postgres", "--", `${PG_BIN}/pg_ctl`, "-D", restoredDir, "-m", "immediate", "-w", "stop"]);
    cluster?.remove();
  });

  it("restores to a moment before a deliberate deletion and finds the deleted case", async () => {
    server = await startServer({ databaseUrl: cluster.url, env: { SUBMISSION_RATE_LIMIT: "1000" } });
    const before = [await submitDogTax(server.baseUrl), await submitDogTax(server.baseUrl)];
    const started = performance.now();
    cluster.backup("full");
    const backupSeconds = (performance.now() - started) / 1000;
    // pgBackRest keeps a backup's stop time in whole seconds and needs it before the target.
    await new Promise((resolve) => setTimeout(resolve, 1100));

    // Only in the WAL archive, not in the base backup.
    const deleted = await submitDogTax(server.baseUrl);
    const [{ data_hash: deletedHash }] = await query<{ data_hash: string }>(
      cluster.url,
      "select data_hash from cases where case_number = $1",
      [deleted],
    );
    const [{ target }] = await query<{ target: string }>(cluster.url, "select clock_timestamp()::text as target");
    await new Promise((resolve) => setTimeout(resolve, 1100));
    await query(
      cluster.url,
      `with gone as (select id from cases where case_number = $1),
         e as (delete from case_events where case_id in (select id from gone)),
         a as (delete from attachments where case_id in (select id from gone))
       delete from cases where id in (select id from gone)`,
      [deleted],
    );
    const after = await submitDogTax(server.baseUrl);
    expect(await query(cluster.url, "select 1 from cases where case_number = $1", [deleted])).toEqual([]);

    // Every WAL segment up to now is archived before the "loss".
    asPostgres("pgbackrest", [`--config=${cluster.config}`, `--stanza=${STANZA}`, "--log-level-console=warn", "check"]);
    await server.stop();
    server = null;
    cluster.stop();

    restoredDir = join(cluster.root, "restored");
    const port = await freePort();
    const restoreStarted = performance.now();
    run("scripts/ops/pitr-restore.sh", [
      "--stanza",
      STANZA,
      "--config",
      cluster.config,
      "--target",
      target,
      "--pg-data",
      restoredDir,
      "--port",
      String(port),
      "--start",
    ]);
    const restoreSeconds = (performance.now() - restoreStarted) / 1000;
    const restored = `postgres://postgres@127.0.0.1:${port}/postgres`;

    const cases = await query<{ case_number: string; data_hash: string }>(restored, "select case_number, data_hash from cases");
    const numbers = cases.map((c) => c.case_number);
    expect(numbers).toEqual(expect.arrayContaining([...before, deleted]));
    expect(cases.find((c) => c.case_number === deleted)?.data_hash).toBe(deletedHash);
    expect(numbers).not.toContain(after);
    expect(
      await query(restored, "select 1 from case_events where case_id = (select id from cases where case_number = $1)", [deleted]),
    ).toHaveLength(1);
    console.log(`pitr: full backup ${backupSeconds.toFixed(1)} s, restore to ${target} and promote ${restoreSeconds.toFixed(1)} s`);
  });
});
