/**
 * Two dedicated workers (as at two sites) on one PostgreSQL database: the SKIP LOCKED lease hands
 * every outbox entry to exactly one of them, so no receipt is made twice and no e-mail goes out twice.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../../support/databases";
import { submitDogTax } from "../../support/api-submission";
import { startServer, startWorker, type RunningServer } from "../../support/server";

const CASES = 40;

describe.skipIf(!process.env.DATABASE_URL)("two dedicated workers on one database (PostgreSQL; skipped without DATABASE_URL)", () => {
  let database: TestDatabase;
  let server: RunningServer;
  beforeAll(async () => {
    database = await createTestDatabase("postgres");
    server = await startServer({ databaseUrl: database.url!, env: { OUTBOX_WORKER: "off", SUBMISSION_RATE_LIMIT: "1000" } });
  });
  afterAll(async () => {
    await server?.stop();
    await database?.drop();
  });

  const rows = async <T>(query: ReturnType<typeof sql>) => ((await database.handle.db.execute(query)) as unknown as { rows: T[] }).rows;

  it("delivers every entry exactly once between them", async () => {
    const caseNumbers: string[] = [];
    for (let i = 0; i < CASES; i++) caseNumbers.push(await submitDogTax(server.baseUrl));
    const pending = async () => (await rows<{ n: number }>(sql`select count(*)::int as n from outbox where delivered_at is null`))[0]!.n;
    expect(await pending()).toBe(CASES * 3);

    const workers = [startWorker({ databaseUrl: database.url! }), startWorker({ databaseUrl: database.url! })];
    let allMails: string[];
    try {
      await expect.poll(pending, { timeout: 90_000, interval: 200 }).toBe(0);
      // Read before stop(): it removes a worker's folders.
      allMails = workers.flatMap((worker) =>
        (existsSync(worker.mailDir) ? readdirSync(worker.mailDir) : []).map((file) => readFileSync(join(worker.mailDir, file), "utf8")),
      );
    } finally {
      for (const worker of workers) expect(await worker.stop()).toBe(0);
    }
    // Each entry was claimed once: a second claim would have raised its attempts.
    expect(await rows(sql`select id from outbox where attempts <> 1 or failed_at is not null`)).toEqual([]);
    expect((await rows<{ n: number }>(sql`select count(*)::int as n from cases where receipt_pdf is null`))[0]!.n).toBe(0);
    // The confirmation to the citizen and the notice to the authority name each case once, from one worker or the other.
    for (const caseNumber of caseNumbers) expect(allMails.filter((mail) => mail.includes(caseNumber))).toHaveLength(2);
    const notices = allMails.filter((mail) => !mail.includes("lukasz.nowak@example.org")); // the fixture applicant's address
    expect(allMails.length - notices.length).toBe(CASES);
    // The cases were waiting together: each worker's batch listed its cases in one notice.
    expect(notices.length).toBeLessThan(CASES);
  });
});
