import { simpleParser } from "mailparser";
import { and, eq, sql } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { outbox } from "../../../db/schema";
import { usePreparedDatabase } from "../../support/prepared-database";
import { dogTaxRequest } from "../../support/api-submission";
import { startSmtpSink } from "../../support/smtp-sink";

const sink = await startSmtpSink();
process.env.SMTP_URL = sink.url;
const { submitApplication } = await import("~/server/submissions/submit.server");
const { processOutboxOnce } = await import("~/server/outbox/outbox-worker.server");
const { outboxHandlers } = await import("~/server/notifications/handlers.server");
const { closeMailTransport } = await import("~/server/mail/mailer.server");

const SUBMISSIONS = 12;

describe("mail over a real SMTP server", () => {
  const database = usePreparedDatabase("pglite");
  afterAll(async () => {
    closeMailTransport();
    await sink.close();
  });

  it("delivers every notice of a burst over a few reused connections", async () => {
    const caseNumbers: string[] = [];
    for (let i = 0; i < SUBMISSIONS; i++) {
      const result = await submitApplication(dogTaxRequest());
      if (!result.ok) throw new Error(JSON.stringify(result));
      caseNumbers.push(result.case.caseNumber);
    }
    while ((await processOutboxOnce(outboxHandlers)) > 0) {
      // until every entry is delivered
    }

    const entries = await database.handle.db.select().from(outbox);
    const mails = entries.filter((entry) => entry.kind !== "receipt");
    expect(mails.length).toBe(2 * SUBMISSIONS);
    expect(entries.every((entry) => entry.deliveredAt !== null && entry.lastError === null)).toBe(true);
    const citizen = "lukasz.nowak@example.org"; // the fixture applicant's address
    expect(sink.received.filter((mail) => mail.to.includes(citizen)).length).toBe(SUBMISSIONS);
    // The authority learns of every case once, in notices that list the cases which arrived together.
    const notices = await Promise.all(sink.received.filter((mail) => !mail.to.includes(citizen)).map((mail) => simpleParser(mail.raw)));
    expect(notices.length).toBeLessThan(SUBMISSIONS);
    expect(notices.flatMap((notice) => notice.text?.match(/^\S+-\d{4}-\d{6}(?=:)/gm) ?? []).sort()).toEqual([...caseNumbers].sort());
    expect(sink.received.every((mail) => /^Subject: /m.test(mail.raw))).toBe(true);
    // A pool of four connections, each carrying several messages, not one connection per message.
    expect(sink.connections()).toBeGreaterThan(0);
    expect(sink.connections()).toBeLessThanOrEqual(4);
  });

  it("sends a message again under its first Message-ID, and gives every message its own", async () => {
    const result = await submitApplication(dogTaxRequest());
    if (!result.ok) throw new Error(JSON.stringify(result));
    const deliverAll = async () => {
      while ((await processOutboxOnce(outboxHandlers)) > 0) {
        // until every entry is delivered
      }
    };
    await deliverAll();
    // The relay took the confirmation, but the worker could not mark it delivered: it is sent again.
    const confirmation = and(eq(outbox.kind, "citizen-confirmation"), sql`${outbox.payload}->>'caseId' = ${result.case.caseId}`);
    await database.handle.db
      .update(outbox)
      .set({ deliveredAt: null, availableAt: new Date(Date.now() - 1000) })
      .where(confirmation);
    await deliverAll();

    const parsed = await Promise.all(sink.received.map((mail) => simpleParser(mail.raw)));
    const citizenCopies = parsed.filter(
      (mail) =>
        mail.subject?.includes(result.case.caseNumber) && [mail.to ?? []].flat().some((to) => to.text.includes("lukasz.nowak@example.org")),
    );
    expect(citizenCopies).toHaveLength(2);
    expect(citizenCopies[0]!.messageId).toBe(citizenCopies[1]!.messageId);
    expect(citizenCopies[0]!.messageId).toMatch(/^<[0-9a-f]{32}@[^@>]+>$/);
    // Apart from that repetition, no two messages share an id.
    const ids = parsed.map((mail) => mail.messageId);
    expect(new Set(ids).size).toBe(ids.length - 1);
  });
});
