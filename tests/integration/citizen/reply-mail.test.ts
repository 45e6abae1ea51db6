/**
 * The e-mails of the return channel (ADR 033), delivered by the real outbox worker into the mail
 * folder: the authority learns that a reply arrived (without its text), the citizen gets the
 * confirmation of a withdrawal.
 */
import { randomUUID } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { authorities, cases } from "../../../db/schema";
import { createTestDatabase, type TestDatabase } from "../../support/databases";
import { useMailFolder } from "../../support/mail-folder";

const mailDir = useMailFolder("bp-reply-mail-");
const { createCaseFor, prepareAppDatabase } = await import("../../support/case-fixtures");
const { transitionCase } = await import("~/server/cases/transitions.server");
const { byAccessCode } = await import("~/server/citizen-cases/citizen-access");
const { replyToQuery } = await import("~/server/citizen-cases/reply.server");
const { withdrawApplication } = await import("~/server/citizen-cases/withdraw.server");
const { accessCodeFor } = await import("~/server/submissions/access-code.server");
const { processOutboxOnce } = await import("~/server/outbox/outbox-worker.server");
const { outboxHandlers } = await import("~/server/notifications/handlers.server");

const KOELLEDA = "vg-koelleda";
const clerk = { kind: "staff", id: "test", name: "Test", authorityId: KOELLEDA } as const;

describe("e-mails of replies and withdrawals", () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase("pglite");
    await prepareAppDatabase(database.handle);
    await database.handle.db.update(authorities).set({ email: "poststelle@vg-koelleda.example" }).where(eq(authorities.id, KOELLEDA));
  }, 120_000);
  afterAll(() => database.drop());

  /** Delivers what is due and returns the e-mails written by this round. */
  const deliver = async () => {
    const before = new Set(readdirSync(mailDir));
    await processOutboxOnce(outboxHandlers);
    return readdirSync(mailDir)
      .filter((name) => !before.has(name))
      .map((name) => readFileSync(join(mailDir, name), "utf8").replace(/=\r?\n/g, ""));
  };

  it("tells the authority that a reply arrived, without the reply's text", async () => {
    const c = await createCaseFor(KOELLEDA);
    await transitionCase({ authorityId: KOELLEDA, caseNumber: c.caseNumber, to: "in_bearbeitung", actor: clerk });
    await transitionCase({ authorityId: KOELLEDA, caseNumber: c.caseNumber, to: "rueckfrage", message: "Bitte Nachweis.", actor: clerk });
    await deliver();
    const secret = `Meine Versicherungsnummer ist ${randomUUID()}`;
    const result = await replyToQuery({
      access: byAccessCode(c.caseNumber, accessCodeFor(c.caseId)),
      token: randomUUID(),
      message: secret,
      files: [],
      client: "mail",
      lang: "de",
    });
    expect(result.ok).toBe(true);
    const mails = await deliver();
    const notice = mails.find((mail) => mail.includes("To: poststelle@vg-koelleda.example"));
    expect(notice).toBeDefined();
    expect(notice).toContain(c.caseNumber);
    expect(notice).toContain(`/verwaltung/vorgaenge/${c.caseNumber}`);
    expect(notice).not.toContain(secret);
  });

  it("confirms a withdrawal to the applicant's address", async () => {
    const c = await createCaseFor(KOELLEDA);
    const [row] = await database.handle.db.select({ email: cases.applicantEmail }).from(cases).where(eq(cases.id, c.caseId));
    expect(row!.email).toBeTruthy();
    await deliver();
    expect(
      await withdrawApplication({ access: byAccessCode(c.caseNumber, accessCodeFor(c.caseId)), reason: "", client: "mail" }),
    ).toMatchObject({
      ok: true,
    });
    const mails = await deliver();
    expect(mails).toHaveLength(1);
    expect(mails[0]).toContain(`To: ${row!.email}`);
    expect(mails[0]).toContain(c.caseNumber);
    expect(mails[0]).toMatch(/zur(ü|=C3=BC)ckgezogen/);
  });
});
