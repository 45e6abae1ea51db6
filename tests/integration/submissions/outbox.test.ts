import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { cases, outbox } from "../../../db/schema";
import { freePort } from "../../support/server";
import { usePreparedDatabase } from "../../support/prepared-database";
import { dogTaxRequest } from "../../support/api-submission";

// An SMTP server that is not there: a port nobody listens on.
process.env.SMTP_URL = `smtp://127.0.0.1:${await freePort()}`;
const { submitApplication } = await import("~/server/submissions/submit.server");
const { processOutboxOnce, retryDelaySeconds } = await import("~/server/outbox/outbox-worker.server");
const { outboxHandlers } = await import("~/server/notifications/handlers.server");

describe("outbox with a failing SMTP server", () => {
  const database = usePreparedDatabase("pglite");

  it("never loses or blocks a submission, delivers what it can and retries mail with backoff", async () => {
    const result = await submitApplication(dogTaxRequest());
    if (!result.ok) throw new Error(JSON.stringify(result));

    const before = Date.now();
    await processOutboxOnce(outboxHandlers);
    const entries = await database.handle.db.select().from(outbox);
    const byKind = Object.fromEntries(entries.map((e) => [e.kind, e]));
    expect(byKind.receipt.deliveredAt).not.toBeNull();
    for (const kind of ["citizen-confirmation", "authority-notice"]) {
      expect(byKind[kind]).toMatchObject({ attempts: 1, deliveredAt: null, failedAt: null });
      expect(byKind[kind].lastError).toBeTruthy();
      expect(byKind[kind].availableAt.getTime()).toBeGreaterThanOrEqual(before + retryDelaySeconds(1) * 1000 - 50);
    }
    const [stored] = await database.handle.db.select({ pdf: cases.receiptPdf }).from(cases).where(eq(cases.id, result.case.caseId));
    expect(stored.pdf?.byteLength).toBeGreaterThan(1000);
  });

  it("backs off exponentially up to an hour", () => {
    expect([1, 2, 3, 4].map(retryDelaySeconds)).toEqual([5, 10, 20, 40]);
    expect(retryDelaySeconds(30)).toBe(3600);
  });
});
