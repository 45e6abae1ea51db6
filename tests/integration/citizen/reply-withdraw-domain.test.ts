/**
 * Answering a Rückfrage and withdrawing an application in the domain modules, on every database
 * (ADR 033): who may, when, what is stored (all or nothing), idempotency, the rate limit, and the
 * reply's receipt read back from the PDF.
 */
import { createHash, randomUUID } from "node:crypto";
import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { attachments, caseEvents, caseReplies, cases, outbox, rateLimitBuckets, staffUsers } from "../../../db/schema";
import type { CaseActor } from "~/server/cases/case-actor";
import { findCase } from "~/server/cases/case-record.server";
import { buildCaseExport } from "~/server/cases/case-export.server";
import { transitionCase } from "~/server/cases/transitions.server";
import { byAccessCode } from "~/server/citizen-cases/citizen-access";
import { CITIZEN_WRITE_LIMIT } from "~/server/citizen-cases/rate-limit.server";
import { replyReceipt } from "~/server/citizen-cases/reply-receipt.server";
import { replyHash } from "~/server/citizen-cases/reply-rules";
import { replyToQuery } from "~/server/citizen-cases/reply.server";
import { withdrawApplication } from "~/server/citizen-cases/withdraw.server";
import { accessCodeFor } from "~/server/submissions/access-code.server";
import type { UploadedFile } from "~/server/uploads/multipart.server";
import { createCaseFor, prepareAppDatabase, type FixtureCase } from "../../support/case-fixtures";
import { createTestDatabase, databaseKinds, type TestDatabase } from "../../support/databases";
import { sampleFile } from "../../support/payloads";
import { readTaggedPdf, flatten } from "../../support/pdf-structure";
import { extractPdf, normalizeSpace } from "../../support/pdf-text";

const KOELLEDA = "vg-koelleda";

const upload = (bytes: Uint8Array, filename = "nachweis.pdf", extra: Partial<UploadedFile> = {}): UploadedFile => ({
  name: "dateien",
  filename,
  declaredType: "application/pdf",
  bytes,
  size: bytes.byteLength,
  tooLarge: false,
  ...extra,
});

describe.each(databaseKinds())("replies and withdrawals on %s", (kind) => {
  let database: TestDatabase;
  let clerk: CaseActor;
  beforeAll(async () => {
    database = await createTestDatabase(kind);
    await prepareAppDatabase(database.handle);
    const [user] = await database.handle.db.select().from(staffUsers).where(eq(staffUsers.username, "sb.vgkoe"));
    clerk = { kind: "staff", id: user.id, name: user.displayName, authorityId: KOELLEDA };
  }, 120_000);
  afterAll(async () => {
    await database?.drop();
  });
  // Each test is its own client; the rate limit is tested on its own.
  beforeEach(async () => {
    await database.handle.db.delete(rateLimitBuckets);
  });

  const access = (c: FixtureCase, code = accessCodeFor(c.caseId)) => byAccessCode(c.caseNumber, code);
  const move = async (c: FixtureCase, to: string, message?: string) => {
    const result = await transitionCase({ authorityId: KOELLEDA, caseNumber: c.caseNumber, to, message, actor: clerk });
    expect(result.ok, JSON.stringify(result)).toBe(true);
  };
  const caseInQuery = async () => {
    const c = await createCaseFor(KOELLEDA);
    await move(c, "in_bearbeitung");
    await move(c, "rueckfrage", "Bitte senden Sie den Nachweis der Haftpflichtversicherung.");
    return c;
  };
  const reply = (
    c: FixtureCase,
    input: { token?: string; message?: string; files?: UploadedFile[]; code?: string; client?: string } = {},
  ) =>
    replyToQuery({
      access: access(c, input.code),
      token: input.token ?? randomUUID(),
      message: input.message ?? "Anbei der Nachweis.",
      files: input.files ?? [],
      client: input.client ?? `client-${randomUUID()}`,
      lang: "de",
    });
  const stored = async (caseId: string) => ({
    replies: await database.handle.db.select().from(caseReplies).where(eq(caseReplies.caseId, caseId)),
    files: await database.handle.db
      .select()
      .from(attachments)
      .where(and(eq(attachments.caseId, caseId), sql`${attachments.replyId} is not null`)),
    events: await database.handle.db.select().from(caseEvents).where(eq(caseEvents.caseId, caseId)).orderBy(caseEvents.id),
    row: (await database.handle.db.select().from(cases).where(eq(cases.id, caseId)))[0]!,
  });

  it("takes a reply with a PDF: the case is back in progress, history, inbox marker, e-mail and export say so", async () => {
    const c = await caseInQuery();
    const pdf = sampleFile("application/pdf");
    const result = await reply(c, { files: [upload(pdf, "Versicherung.pdf")] });
    expect(result).toMatchObject({ ok: true, caseNumber: c.caseNumber, repeated: false });
    if (!result.ok) return;

    const after = await stored(c.caseId);
    expect(after.row).toMatchObject({ status: "in_bearbeitung" });
    expect(after.row.replyUnreadSince).not.toBeNull();
    expect(after.replies).toHaveLength(1);
    expect(after.files).toMatchObject([
      { name: "Versicherung.pdf", mediaType: "application/pdf", size: pdf.byteLength, replyId: result.replyId },
    ]);
    const last = after.events.at(-1)!;
    expect(last).toMatchObject({ kind: "transition", actorKind: "citizen", fromStatus: "rueckfrage", toStatus: "in_bearbeitung" });
    expect(after.replies[0]).toMatchObject({ eventId: last.id, message: "Anbei der Nachweis." });
    const fileSha = createHash("sha256").update(pdf).digest("hex");
    expect(result.sha256).toBe(
      replyHash(c.caseNumber, "Anbei der Nachweis.", [{ name: "Versicherung.pdf", size: pdf.byteLength, sha256: fileSha }]),
    );
    const notices = await database.handle.db
      .select()
      .from(outbox)
      .where(and(eq(outbox.kind, "reply-notice"), sql`${outbox.payload}->>'caseId' = ${c.caseId}`));
    expect(notices).toHaveLength(1);

    const record = (await findCase(KOELLEDA, c.caseNumber))!;
    // The application's own files and the reply's are kept apart.
    expect(record.attachments.map((a) => a.id)).not.toContain(after.files[0]!.id);
    const exported = buildCaseExport(record, null);
    expect(exported.replies).toEqual([
      {
        at: expect.any(String),
        message: "Anbei der Nachweis.",
        sha256: result.sha256,
        attachments: [
          { id: after.files[0]!.id, name: "Versicherung.pdf", mediaType: "application/pdf", size: pdf.byteLength, sha256: fileSha },
        ],
      },
    ]);
  });

  it("prints the reply's hash, case number and files on a tagged receipt, and serves the same bytes again", async () => {
    const c = await caseInQuery();
    const pdf = sampleFile("application/pdf");
    const result = await reply(c, { message: "Zweite Zeile\nfolgt hier.", files: [upload(pdf, "Beleg.pdf")] });
    if (!result.ok) throw new Error(result.message);
    const receipt = await replyReceipt(access(c), result.replyId);
    expect(receipt?.caseNumber).toBe(c.caseNumber);
    const text = normalizeSpace((await extractPdf(receipt!.pdf)).pages.join("\n"));
    expect(text).toContain(c.caseNumber);
    expect(text).toContain(result.sha256);
    expect(text).toContain("Beleg.pdf");
    expect(text).toContain(createHash("sha256").update(pdf).digest("hex"));
    expect(text).toContain("Bestätigung Ihrer Antwort");
    // The hash on the receipt is the hash of what was sent, recomputed from the stored reply.
    const [row] = await database.handle.db.select().from(caseReplies).where(eq(caseReplies.id, result.replyId));
    expect(
      replyHash(c.caseNumber, row!.message, [
        { name: "Beleg.pdf", size: pdf.byteLength, sha256: createHash("sha256").update(pdf).digest("hex") },
      ]),
    ).toBe(result.sha256);

    const tagged = await readTaggedPdf(receipt!.pdf);
    expect(tagged.lang).toBe("de-DE");
    expect(tagged.marked).toBe(true);
    const roles = flatten(tagged.root).map((e) => e.role);
    expect(roles).toContain("H1");
    expect(roles.filter((r) => r === "H2").length).toBeGreaterThanOrEqual(3);
    expect(tagged.pages.flatMap((p) => p.unmarkedOperators)).toEqual([]);

    const again = await replyReceipt(access(c), result.replyId);
    expect(Buffer.from(again!.pdf).equals(Buffer.from(receipt!.pdf))).toBe(true);
    // Another case's code does not open this reply's receipt.
    const other = await createCaseFor(KOELLEDA);
    expect(await replyReceipt(byAccessCode(c.caseNumber, accessCodeFor(other.caseId)), result.replyId)).toBeNull();
  });

  it("accepts a reply only while a Rückfrage is open", async () => {
    const c = await createCaseFor(KOELLEDA);
    expect(await reply(c)).toMatchObject({ ok: false, kind: "conflict", code: "no_open_query" });
    await move(c, "in_bearbeitung");
    expect(await reply(c)).toMatchObject({ ok: false, kind: "conflict", code: "no_open_query" });
    const after = await stored(c.caseId);
    expect(after.replies).toHaveLength(0);
    expect(after.row.status).toBe("in_bearbeitung");
  });

  it("refuses a wrong access code, another case's code and an account that owns nothing, storing nothing", async () => {
    const c = await caseInQuery();
    const other = await caseInQuery();
    for (const code of ["ABCD-EFGH-JKLM-NPQR", accessCodeFor(other.caseId), ""]) {
      expect(await reply(c, { code })).toMatchObject({ ok: false, kind: "not-found" });
      expect(await withdrawApplication({ access: access(c, code), reason: "", client: "x" })).toMatchObject({
        ok: false,
        kind: "not-found",
      });
    }
    const owner = await replyToQuery({
      access: { kind: "owner", caseNumber: c.caseNumber, ownerId: "someone" },
      token: randomUUID(),
      message: "Hallo",
      files: [],
      client: "y",
      lang: "de",
    });
    expect(owner).toMatchObject({ ok: false, kind: "not-found" });
    const after = await stored(c.caseId);
    expect(after.replies).toHaveLength(0);
    expect(after.row.status).toBe("rueckfrage");
  });

  it("refuses empty, too long, too many, too large and disguised files with their own messages, storing nothing", async () => {
    const c = await caseInQuery();
    expect(await reply(c, { message: "  " })).toMatchObject({ ok: false, kind: "invalid", code: "reply_empty" });
    expect(await reply(c, { message: "x".repeat(5001) })).toMatchObject({ ok: false, kind: "invalid", code: "message_too_long" });
    const eleven = Array.from({ length: 11 }, (_, i) => upload(sampleFile("application/pdf"), `f${i}.pdf`));
    expect(await reply(c, { files: eleven })).toMatchObject({ ok: false, code: "too_many_files" });
    const tooLarge = await reply(c, { files: [upload(new Uint8Array(0), "riesig.pdf", { size: 11 * 1024 * 1024, tooLarge: true })] });
    expect(tooLarge).toMatchObject({ ok: false, kind: "too-large", code: "file_too_large" });
    // An executable named .pdf: the bytes decide. Together with a good file, the good one is not kept either.
    const exe = new Uint8Array([0x4d, 0x5a, 0x90, 0x00, ...Buffer.from("not a pdf")]);
    const disguised = await reply(c, { files: [upload(sampleFile("application/pdf"), "ok.pdf"), upload(exe, "rechnung.pdf")] });
    expect(disguised).toMatchObject({ ok: false, kind: "invalid", code: "file_refused" });
    expect(disguised.ok ? "" : disguised.message).toContain("rechnung.pdf");
    expect(await reply(c, { token: "not-a-token" })).toMatchObject({ ok: false, kind: "malformed" });
    const after = await stored(c.caseId);
    expect(after.replies).toHaveLength(0);
    expect(after.files).toHaveLength(0);
    expect(after.row.status).toBe("rueckfrage");
  });

  it("makes a double submit of one form one reply, also when both arrive at once", async () => {
    const c = await caseInQuery();
    const token = randomUUID();
    const files = [upload(sampleFile("application/pdf"))];
    const [first, second] = await Promise.all([reply(c, { token, files }), reply(c, { token, files })]);
    expect(first.ok && second.ok).toBe(true);
    if (!first.ok || !second.ok) return;
    expect(first.replyId).toBe(second.replyId);
    expect([first.repeated, second.repeated].sort()).toEqual([false, true]);
    const after = await stored(c.caseId);
    expect(after.replies).toHaveLength(1);
    expect(after.files).toHaveLength(1);
    expect(after.events.filter((e) => e.actorKind === "citizen")).toHaveLength(1);
    // A new form (new token) after the case moved on is refused: no Rückfrage is open.
    expect(await reply(c)).toMatchObject({ ok: false, code: "no_open_query" });
  });

  it("limits replies and withdrawals per client address", async () => {
    const c = await caseInQuery();
    const client = `limit-${randomUUID()}`;
    for (let i = 0; i < CITIZEN_WRITE_LIMIT.limit; i++) {
      expect(await reply(c, { client, message: "" })).toMatchObject({ ok: false, code: "reply_empty" });
    }
    const limited = await reply(c, { client });
    expect(limited).toMatchObject({ ok: false, kind: "rate-limited" });
    expect(limited.ok ? 0 : (limited.retryAfterSeconds ?? 0)).toBeGreaterThan(0);
    expect(await withdrawApplication({ access: access(c), reason: "", client })).toMatchObject({ ok: false, kind: "rate-limited" });
    expect((await stored(c.caseId)).row.status).toBe("rueckfrage");
  });

  it("withdraws an undecided case with the reason in the history, once, and queues the citizen's confirmation", async () => {
    const c = await caseInQuery();
    const result = await withdrawApplication({ access: access(c), reason: "Hund ist umgezogen.", client: "w1" });
    expect(result).toEqual({ ok: true, caseNumber: c.caseNumber });
    const after = await stored(c.caseId);
    expect(after.row.status).toBe("zurueckgezogen");
    expect(after.events.at(-1)).toMatchObject({
      kind: "transition",
      actorKind: "citizen",
      fromStatus: "rueckfrage",
      toStatus: "zurueckgezogen",
      note: "Hund ist umgezogen.",
    });
    const mails = await database.handle.db
      .select()
      .from(outbox)
      .where(and(eq(outbox.kind, "withdrawal-confirmation"), sql`${outbox.payload}->>'caseId' = ${c.caseId}`));
    expect(mails).toHaveLength(1);
    expect(await withdrawApplication({ access: access(c), reason: "", client: "w1" })).toMatchObject({
      ok: false,
      kind: "conflict",
      code: "already_withdrawn",
    });
    // Withdrawn is final for the clerk too.
    const clerkMove = await transitionCase({ authorityId: KOELLEDA, caseNumber: c.caseNumber, to: "in_bearbeitung", actor: clerk });
    expect(clerkMove).toMatchObject({ ok: false, code: "illegal_transition" });
    expect((await stored(c.caseId)).events.filter((e) => e.toStatus === "zurueckgezogen")).toHaveLength(1);
  });

  it("withdraws a case just received, refuses a decided one, and never lets a clerk withdraw", async () => {
    const fresh = await createCaseFor(KOELLEDA);
    expect(await withdrawApplication({ access: access(fresh), reason: undefined, client: "w2" })).toMatchObject({ ok: true });
    expect((await stored(fresh.caseId)).events.at(-1)).toMatchObject({ fromStatus: "eingegangen", toStatus: "zurueckgezogen", note: null });

    const decided = await createCaseFor(KOELLEDA);
    await move(decided, "in_bearbeitung");
    await move(decided, "abgelehnt", "Der Hund ist bereits angemeldet.");
    expect(await withdrawApplication({ access: access(decided), reason: "", client: "w2" })).toMatchObject({
      ok: false,
      kind: "conflict",
      code: "already_decided",
    });
    expect((await stored(decided.caseId)).row.status).toBe("abgelehnt");

    const open = await createCaseFor(KOELLEDA);
    const byClerk = await transitionCase({ authorityId: KOELLEDA, caseNumber: open.caseNumber, to: "zurueckgezogen", actor: clerk });
    expect(byClerk).toMatchObject({ ok: false, kind: "invalid", code: "illegal_transition" });
    expect(byClerk.ok ? "" : byClerk.message).toContain("nur die antragstellende Person");
    expect(await withdrawApplication({ access: access(open), reason: "x".repeat(5001), client: "w2" })).toMatchObject({
      ok: false,
      code: "reason_too_long",
    });
    expect((await stored(open.caseId)).row.status).toBe("eingegangen");
  });
});
