/**
 * Scaling out: HTTP servers with OUTBOX_WORKER=off and a dedicated worker (server/worker.js) on
 * the same PostgreSQL database. PGlite belongs to one process, so this runs on PostgreSQL only.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../../support/databases";
import { payloadFixture, withInlineFiles } from "../../support/payloads";
import { startServer, startWorker, type RunningServer } from "../../support/server";

describe.skipIf(!process.env.DATABASE_URL)("a dedicated worker beside an HTTP server with OUTBOX_WORKER=off", () => {
  let database: TestDatabase;
  let server: RunningServer;
  beforeAll(async () => {
    database = await createTestDatabase("postgres");
    server = await startServer({ databaseUrl: database.url!, env: { OUTBOX_WORKER: "off" } });
  });
  afterAll(async () => {
    await server?.stop();
    await database?.drop();
  });

  const pendingOutbox = async () =>
    (
      (await database.handle.db.execute(sql`select count(*)::int as n from outbox where delivered_at is null`)) as unknown as {
        rows: Array<{ n: number }>;
      }
    ).rows[0]!.n;

  it("leaves the outbox to the worker, which stores the receipt and sends both e-mails, then stops cleanly", async () => {
    const { data, attachments } = withInlineFiles(payloadFixture("hundesteuer-anmeldung").valid[0]);
    const response = await fetch(`${server.baseUrl}/api/v1/submissions`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        service: "hundesteuer-anmeldung",
        municipality: "16068042",
        data,
        attachments,
        idempotencyKey: crypto.randomUUID(),
      }),
    });
    expect(response.status).toBe(201);
    const { caseNumber } = (await response.json()) as { caseNumber: string };
    // The HTTP server delivers nothing itself: receipt, confirmation and authority notice wait.
    expect(await pendingOutbox()).toBe(3);

    const worker = startWorker({ databaseUrl: database.url! });
    const mails = () => {
      try {
        return readdirSync(worker.mailDir).map((file) => readFileSync(join(worker.mailDir, file), "utf8"));
      } catch {
        return [];
      }
    };
    try {
      await expect.poll(pendingOutbox, { timeout: 30_000, interval: 100 }).toBe(0);
      const [stored] = (
        (await database.handle.db.execute(sql`select receipt_pdf from cases where case_number = ${caseNumber}`)) as unknown as {
          rows: Array<{ receipt_pdf: Uint8Array | null }>;
        }
      ).rows;
      expect(Buffer.from(stored!.receipt_pdf!).subarray(0, 5).toString()).toBe("%PDF-");
      expect(mails().filter((mail) => mail.includes(caseNumber))).toHaveLength(2);
    } finally {
      expect(await worker.stop()).toBe(0);
    }
    expect(worker.output()).not.toMatch(/error/i);
  });
});
