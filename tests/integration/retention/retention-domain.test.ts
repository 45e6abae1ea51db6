/**
 * Retention on every database (ADR 021): with the clock moved past the period, the daily job
 * deletes a closed case with its files, receipt, history and outbox entries and leaves an audit
 * entry without personal data; a held case, an open case and a case still within its period stay.
 */
import { and, eq, inArray, sql } from "drizzle-orm";
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { attachments, auditLog, caseEvents, caseReplies, cases, outbox, serviceVersions, staffUsers } from "../../../db/schema";
import type { CaseActor } from "~/server/cases/case-actor";
import { setLegalHold } from "~/server/cases/legal-hold.server";
import { deleteExpiredCases, RETENTION_AUDIT_ACTION } from "~/server/cases/retention-job.server";
import { transitionCase } from "~/server/cases/transitions.server";
import { byAccessCode } from "~/server/citizen-cases/citizen-access";
import { replyToQuery } from "~/server/citizen-cases/reply.server";
import { withdrawApplication } from "~/server/citizen-cases/withdraw.server";
import { accessCodeFor } from "~/server/submissions/access-code.server";
import { sampleFile } from "../../support/payloads";
import { clerkOf, createCaseFor, type FixtureCase } from "../../support/case-fixtures";
import { databaseKinds } from "../../support/databases";
import { usePreparedDatabase } from "../../support/prepared-database";

const KOELLEDA = "vg-koelleda";
const LANDRATSAMT = "lra-16068";
const DOG_TAX_DAYS = 30;
const DEFAULT_DAYS = 365;
const DAY_MS = 86_400_000;

describe.each(databaseKinds())("retention on %s", (kind) => {
  const database = usePreparedDatabase(kind);
  const actors = new Map<string, CaseActor>();

  beforeAll(async () => {
    for (const authorityId of [KOELLEDA, LANDRATSAMT]) {
      const [user] = await database.handle.db
        .select()
        .from(staffUsers)
        .where(eq(staffUsers.username, clerkOf(authorityId).username));
      actors.set(authorityId, { kind: "staff", id: user.id, name: user.displayName, authorityId });
    }
    // The dog-tax service sets its own period; the housing benefit keeps the portal default.
    await database.handle.db
      .update(serviceVersions)
      .set({ definition: sql`${serviceVersions.definition} || ${JSON.stringify({ retentionDays: DOG_TAX_DAYS })}::jsonb` })
      .where(eq(serviceVersions.serviceId, "hundesteuer-anmeldung"));
  }, 120_000);

  async function close(c: FixtureCase, to: "abgeschlossen" | "abgelehnt") {
    const actor = actors.get(c.authorityId)!;
    const base = { authorityId: c.authorityId, caseNumber: c.caseNumber, actor };
    expect(await transitionCase({ ...base, to: "in_bearbeitung", revision: 1 })).toMatchObject({ ok: true });
    expect(
      await transitionCase({ ...base, to, revision: 2, message: "Ihr Antrag ist entschieden. Der Bescheid kommt per Post." }),
    ).toMatchObject({
      ok: true,
    });
  }

  const exists = async (caseId: string) =>
    (await database.handle.db.select({ id: cases.id }).from(cases).where(eq(cases.id, caseId))).length === 1;
  const countWhere = async (table: typeof attachments | typeof caseEvents, caseId: string) =>
    (
      await database.handle.db
        .select({ n: sql<number>`count(*)::int` })
        .from(table)
        .where(eq(table.caseId, caseId))
    )[0]!.n;
  const outboxFor = async (caseId: string) =>
    (
      await database.handle.db
        .select()
        .from(outbox)
        .where(sql`${outbox.payload}->>'caseId' = ${caseId}`)
    ).length;

  it("deletes closed cases past their period with files, receipt and outbox entries; keeps held, open and recent ones", async () => {
    const closed = await createCaseFor(KOELLEDA);
    const held = await createCaseFor(KOELLEDA, { variant: 1 });
    const open = await createCaseFor(KOELLEDA, { variant: 2 });
    const withinDefault = await createCaseFor(LANDRATSAMT);
    await close(closed, "abgeschlossen");
    await close(held, "abgelehnt");
    await close(withinDefault, "abgeschlossen");
    expect(
      await transitionCase({
        authorityId: KOELLEDA,
        caseNumber: open.caseNumber,
        to: "in_bearbeitung",
        revision: 1,
        actor: actors.get(KOELLEDA)!,
      }),
    ).toMatchObject({ ok: true });
    expect(await setLegalHold({ authorityId: KOELLEDA, caseNumber: held.caseNumber, hold: true, actor: actors.get(KOELLEDA)! })).toEqual({
      ok: true,
      changed: true,
    });

    const [before] = await database.handle.db.select().from(cases).where(eq(cases.id, closed.caseId));
    expect(before.receiptPdf).not.toBeNull();
    expect(closed.attachmentIds.length).toBeGreaterThan(0);
    expect(await countWhere(attachments, closed.caseId)).toBe(closed.attachmentIds.length);
    expect(await outboxFor(closed.caseId)).toBeGreaterThan(0);

    // The day before the dog-tax period ends nothing goes.
    const start = Date.now();
    expect(await deleteExpiredCases(new Date(start + (DOG_TAX_DAYS - 1) * DAY_MS), DEFAULT_DAYS)).toEqual({ deleted: 0 });

    // Two processes running the job at once delete and audit the case exactly once.
    const later = new Date(start + (DOG_TAX_DAYS + 10) * DAY_MS);
    const runs = await Promise.all([deleteExpiredCases(later, DEFAULT_DAYS), deleteExpiredCases(later, DEFAULT_DAYS)]);
    expect(runs.map((r) => r.deleted).sort()).toEqual([0, 1]);

    expect(await exists(closed.caseId)).toBe(false);
    expect(await countWhere(attachments, closed.caseId)).toBe(0);
    expect(await countWhere(caseEvents, closed.caseId)).toBe(0);
    expect(await outboxFor(closed.caseId)).toBe(0);
    expect(await database.handle.db.select().from(attachments).where(inArray(attachments.id, closed.attachmentIds))).toEqual([]);

    const audit = await database.handle.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, RETENTION_AUDIT_ACTION), eq(auditLog.target, `case:${closed.caseNumber}`)));
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actorId: null, authorityId: KOELLEDA });
    expect(audit[0]!.details).toMatchObject({
      serviceId: "hundesteuer-anmeldung",
      retentionDays: DOG_TAX_DAYS,
      rule: "definition",
      attachments: closed.attachmentIds.length,
      receipt: true,
    });
    const details = audit[0]!.details as Record<string, unknown>;
    expect(Object.keys(details).sort()).toEqual([
      "attachments",
      "closedAt",
      "dueAt",
      "receipt",
      "retentionDays",
      "rule",
      "serviceId",
      "serviceVersion",
    ]);
    const serialized = JSON.stringify(audit[0]);
    expect(serialized).not.toContain(before.applicantName);
    if (before.applicantEmail) expect(serialized).not.toContain(before.applicantEmail);
    for (const value of stringsIn(before.data)) if (value.length > 3) expect(serialized).not.toContain(value);

    for (const kept of [held, open, withinDefault]) {
      expect(await exists(kept.caseId)).toBe(true);
      expect(await countWhere(attachments, kept.caseId)).toBe(kept.attachmentIds.length);
    }
    const [openRow] = await database.handle.db.select().from(cases).where(eq(cases.id, open.caseId));
    expect(openRow).toMatchObject({ status: "in_bearbeitung", revision: 2 });

    // Past the portal default: the housing-benefit case goes by the default rule; held and open cases still stay.
    const muchLater = new Date(start + (DEFAULT_DAYS + 1) * DAY_MS);
    expect(await deleteExpiredCases(muchLater, DEFAULT_DAYS)).toEqual({ deleted: 1 });
    expect(await exists(withinDefault.caseId)).toBe(false);
    const [defaultAudit] = await database.handle.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.target, `case:${withinDefault.caseNumber}`));
    expect(defaultAudit!.details).toMatchObject({ rule: "default", retentionDays: DEFAULT_DAYS, serviceId: "wohngeld-mietzuschuss" });
    expect(await exists(held.caseId)).toBe(true);
    expect(await exists(open.caseId)).toBe(true);

    // Once the hold is lifted, the held case goes at the next run.
    expect(await setLegalHold({ authorityId: KOELLEDA, caseNumber: held.caseNumber, hold: false, actor: actors.get(KOELLEDA)! })).toEqual({
      ok: true,
      changed: true,
    });
    expect(await deleteExpiredCases(muchLater, DEFAULT_DAYS)).toEqual({ deleted: 1 });
    expect(await exists(held.caseId)).toBe(false);
    const holdTrail = await database.handle.db
      .select({ action: auditLog.action })
      .from(auditLog)
      .where(eq(auditLog.target, `case:${held.caseNumber}`))
      .orderBy(auditLog.id);
    expect(holdTrail.map((a) => a.action)).toEqual(["case.legal-hold.set", "case.legal-hold.lifted", RETENTION_AUDIT_ACTION]);
    expect(await exists(open.caseId)).toBe(true);
  }, 120_000);

  it("deletes a withdrawn case with the citizen's replies and their files after its period (ADR 033)", async () => {
    const c = await createCaseFor(KOELLEDA, { variant: 3 });
    const base = { authorityId: KOELLEDA, caseNumber: c.caseNumber, actor: actors.get(KOELLEDA)! };
    expect(await transitionCase({ ...base, to: "in_bearbeitung" })).toMatchObject({ ok: true });
    expect(await transitionCase({ ...base, to: "rueckfrage", message: "Bitte den Nachweis senden." })).toMatchObject({ ok: true });
    const access = byAccessCode(c.caseNumber, accessCodeFor(c.caseId));
    const pdf = sampleFile("application/pdf");
    const reply = await replyToQuery({
      access,
      token: randomUUID(),
      message: "Anbei.",
      files: [{ name: "dateien", filename: "n.pdf", declaredType: "application/pdf", bytes: pdf, size: pdf.byteLength, tooLarge: false }],
      client: "retention",
      lang: "de",
    });
    expect(reply).toMatchObject({ ok: true });
    expect(await withdrawApplication({ access, reason: "Erledigt.", client: "retention" })).toMatchObject({ ok: true });

    const start = Date.now();
    expect(await deleteExpiredCases(new Date(start + (DOG_TAX_DAYS - 1) * DAY_MS), DEFAULT_DAYS)).toEqual({ deleted: 0 });
    expect(await exists(c.caseId)).toBe(true);
    expect(await deleteExpiredCases(new Date(start + (DOG_TAX_DAYS + 1) * DAY_MS), DEFAULT_DAYS)).toEqual({ deleted: 1 });
    expect(await exists(c.caseId)).toBe(false);
    expect(await database.handle.db.select().from(caseReplies).where(eq(caseReplies.caseId, c.caseId))).toEqual([]);
    expect(await countWhere(attachments, c.caseId)).toBe(0);
  }, 120_000);

  it("refuses a hold on another authority's case", async () => {
    const foreign = await createCaseFor(LANDRATSAMT, { variant: 1 });
    expect(
      await setLegalHold({ authorityId: KOELLEDA, caseNumber: foreign.caseNumber, hold: true, actor: actors.get(KOELLEDA)! }),
    ).toMatchObject({
      ok: false,
      kind: "not-found",
    });
    const [row] = await database.handle.db.select({ legalHoldAt: cases.legalHoldAt }).from(cases).where(eq(cases.id, foreign.caseId));
    expect(row!.legalHoldAt).toBeNull();
  });
});

function stringsIn(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.flatMap(stringsIn);
  if (value && typeof value === "object") return Object.values(value).flatMap(stringsIn);
  return [];
}
