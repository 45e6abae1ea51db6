import { and, eq, sql } from "drizzle-orm";
import { describe, expect, it, vi } from "vitest";
import { createHash } from "node:crypto";
import { attachments, caseCounters, cases, drafts, serviceOfferings } from "../../../db/schema";
import { parsePointer, setAt } from "~/engine/json-pointer";
import { attachmentRefs } from "~/server/submissions/applicant";
import source from "../../../db/seed/authorities.json";
import { describeAnswers } from "~/engine/describe-answers";
import { responsibleAuthority } from "~/server/routing/routing.server";
import { publishedService } from "~/server/services/service-versions.server";
import { caseForAccessCode, citizenStatus } from "~/server/submissions/case-access.server";
import { receiptOf } from "~/server/submissions/receipt-store.server";
import { submitApplication, type SubmissionRequest, type SubmissionResult } from "~/server/submissions/submit.server";
import { COUNTER_TURNS_AT_ONCE, waitingForTurn } from "~/server/submissions/counter-turns.server";
import { databaseKinds, type TestDatabase } from "../../support/databases";
import { usePreparedDatabase } from "../../support/prepared-database";
import { apiSubmissionRequest } from "../../support/api-submission";
import { payloadFixture, sampleFile, withInlineFiles } from "../../support/payloads";
import { extractPdf } from "../../support/pdf-text";

const municipalitiesOf = source.regions.flatMap((region) => region.municipalities.map((m) => ({ ...m, countyAgs: `${m.county}000` })));
const RASTENBERG = "16068042";
const dogTax = payloadFixture("hundesteuer-anmeldung");

let keyCounter = 0;
const uniqueKey = () => `test-${Date.now()}-${++keyCounter}-${Math.random().toString(36).slice(2)}`;

function dogTaxRequest(overrides: Partial<SubmissionRequest> = {}): SubmissionRequest {
  return apiSubmissionRequest(dogTax.valid[0], {
    serviceId: "hundesteuer-anmeldung",
    municipalityAgs: RASTENBERG,
    idempotencyKey: uniqueKey(),
    ...overrides,
  });
}

describe.each(databaseKinds())("submissions on %s", (kind) => {
  const database = usePreparedDatabase(kind);

  it("routes every seeded municipality at both levels to the expected authority", async () => {
    for (const m of municipalitiesOf) {
      const municipal = await responsibleAuthority(database.handle.db, {
        serviceId: "hundesteuer-anmeldung",
        level: "gemeinde",
        municipalityAgs: m.ags,
      });
      expect(municipal?.authority.id, m.name).toBe(m.association ?? `gemeinde-${m.ags}`);
      const county = await responsibleAuthority(database.handle.db, {
        serviceId: "wohngeld-mietzuschuss",
        level: "kreis",
        municipalityAgs: m.ags,
      });
      expect(county?.authority.id, m.name).toBe(`lra-${m.county}`);
    }
  });

  it.each([
    ["Rastenberg", "16068042", "hundesteuer-anmeldung", "Verwaltungsgemeinschaft Kölleda"],
    ["Sömmerda", "16068051", "hundesteuer-anmeldung", "Stadt Sömmerda"],
    ["Witterda", "16068061", "hundesteuer-anmeldung", "Gemeinde Elxleben (erfüllende Gemeinde für Witterda)"],
    ["Rastenberg", "16068042", "wohngeld-mietzuschuss", "Landratsamt Sömmerda"],
    ["Görsbach", "16062008", "wohngeld-mietzuschuss", "Landratsamt Nordhausen"],
  ])("%s + %s → the named authority", async (_name, ags, serviceId, authorityName) => {
    const service = await publishedService(serviceId);
    const routed = await responsibleAuthority(database.handle.db, { serviceId, level: service!.level, municipalityAgs: ags });
    expect(routed?.authority.name).toBe(authorityName);
  });

  it("accepts every valid fixture payload of every built-in form, routed and numbered", async () => {
    for (const formId of [
      "hundesteuer-anmeldung",
      "kita-bedarfsanmeldung",
      "gewerbeanmeldung",
      "sondernutzung-verkehrsflaeche",
      "wohngeld-mietzuschuss",
    ]) {
      for (const payload of payloadFixture(formId).valid) {
        const result = await submitApplication(
          apiSubmissionRequest(payload, { serviceId: formId, municipalityAgs: "16068051", idempotencyKey: uniqueKey() }),
        );
        expect(result.ok ? "ok" : JSON.stringify(result), formId).toBe("ok");
        if (!result.ok) continue;
        const prefix = formId === "wohngeld-mietzuschuss" ? "LRASOE" : "STSOE";
        expect(result.case.caseNumber).toMatch(new RegExp(`^${prefix}-\\d{4}-\\d{6}$`));
      }
    }
  });

  it("refuses invalid data with pointers and German messages, and stores nothing", async () => {
    const before = await countCases(database);
    const request = dogTaxRequest();
    const data = structuredClone(request.data) as { halter: { anschrift: { plz: string } } };
    data.halter.anschrift.plz = "9962";
    const result = await submitApplication({ ...request, data });
    expect(result.ok).toBe(false);
    if (result.ok || result.code !== "invalid_data" || !result.errors) throw new Error("expected invalid_data");
    expect(result.errors.map((e) => e.pointer)).toContain("/halter/anschrift/plz");
    expect(result.errors[0].message).toMatch(/[äöüß]|Bitte|muss|Postleitzahl/);
    expect(await countCases(database)).toBe(before);
  });

  it("answers 404 for an unknown service, an unknown municipality and a service not offered there", async () => {
    expect(await submitApplication(dogTaxRequest({ serviceId: "gibt-es-nicht" }))).toMatchObject({
      ok: false,
      kind: "not-found",
      code: "service_not_found",
    });
    expect(await submitApplication(dogTaxRequest({ municipalityAgs: "16068999" }))).toMatchObject({
      ok: false,
      kind: "not-found",
      code: "municipality_not_found",
    });
    await database.handle.db
      .delete(serviceOfferings)
      .where(and(eq(serviceOfferings.serviceId, "hundesteuer-anmeldung"), eq(serviceOfferings.municipalityAgs, "16068001")));
    expect(await submitApplication(dogTaxRequest({ municipalityAgs: "16068001" }))).toMatchObject({
      ok: false,
      kind: "not-found",
      code: "service_not_offered",
    });
  });

  it("returns the same case for a repeated key and payload, and 409 for the same key with other data", async () => {
    const request = dogTaxRequest();
    const first = await submitApplication(request);
    const again = await submitApplication(request);
    if (!first.ok || !again.ok) throw new Error("submission failed");
    expect(again.case).toMatchObject({ caseNumber: first.case.caseNumber, accessCode: first.case.accessCode, replayed: true });
    const changed = structuredClone(request.data) as { hunde: Array<{ name: string }> };
    changed.hunde[0].name = "Bello";
    expect(await submitApplication({ ...request, data: changed })).toMatchObject({
      ok: false,
      kind: "conflict",
      code: "idempotency_conflict",
    });
  });

  it("gives 200 concurrent submissions to one authority 200 distinct, gap-free numbers", async () => {
    const results = await Promise.all(Array.from({ length: 200 }, () => submitApplication(dogTaxRequest({ municipalityAgs: "16068041" }))));
    const numbers = results.map((r) => (r.ok ? r.case.caseNumber : "failed"));
    expect(numbers).not.toContain("failed");
    const sequences = numbers
      .filter((n) => n.startsWith("VGKOE-"))
      .map((n) => Number(n.split("-")[2]))
      .sort((a, b) => a - b);
    expect(new Set(sequences).size).toBe(200);
    await expectGapFreeNumbers(database, "vg-koelleda");
  });

  it("makes exactly one case from 200 concurrent retries of one idempotency key", async () => {
    const request = dogTaxRequest({ municipalityAgs: "16068019" });
    const results = await Promise.all(Array.from({ length: 200 }, () => submitApplication(request)));
    const numbers = new Set(results.map((r) => (r.ok ? r.case.caseNumber : `failed ${JSON.stringify(r)}`)));
    expect([...numbers]).toHaveLength(1);
    const stored = await database.handle.db.select({ id: cases.id }).from(cases).where(eq(cases.idempotencyKey, request.idempotencyKey));
    expect(stored).toHaveLength(1);
  });

  it("lets the access code open the case and status; a wrong code tells nothing", async () => {
    const result = await submitApplication(dogTaxRequest());
    if (!result.ok) throw new Error("submission failed");
    const opened = await caseForAccessCode(result.case.caseNumber, result.case.accessCode.toLowerCase().replace(/-/g, " "));
    expect(opened?.caseNumber).toBe(result.case.caseNumber);
    expect(await caseForAccessCode(result.case.caseNumber, "AAAA-BBBB-CCCC-DDDD")).toBeNull();
    expect(await caseForAccessCode("VGKOE-1999-000001", result.case.accessCode)).toBeNull();
    const status = await citizenStatus(opened!.id);
    expect(status).toMatchObject({ caseNumber: result.case.caseNumber, status: "eingegangen", history: [{ status: "eingegangen" }] });
  });

  it("renders a receipt that holds the case number, every answer, the names and the data hash — always the same bytes", async () => {
    const result = await submitApplication(dogTaxRequest());
    if (!result.ok) throw new Error("submission failed");
    const pdf = await receiptOf(result.case.caseId);
    const again = await receiptOf(result.case.caseId);
    expect(Buffer.from(again).equals(Buffer.from(pdf))).toBe(true);
    const text = (await extractPdf(pdf)).pages.join("\n");
    const flat = text.replace(/\s+/g, "");
    expect(text).toContain(result.case.caseNumber);
    expect(text).toContain("Łukasz");
    expect(text).toContain("Nowak-Ščerba");
    expect(flat).toContain(result.case.dataHash);
    const service = await publishedService("hundesteuer-anmeldung");
    const [row] = await database.handle.db.select({ data: cases.data }).from(cases).where(eq(cases.id, result.case.caseId));
    for (const section of describeAnswers(service!.runtime, row.data as Record<string, unknown>)) {
      for (const answer of section.rows) expect(flat, answer.label).toContain(answer.value.replace(/\s+/g, ""));
    }
  });

  it("stores the receipt and the uploads compressed with LZ4 where the server has it, pglz where not", async () => {
    const result = await submitApplication(dogTaxRequest());
    if (!result.ok) throw new Error("submission failed");
    const pdf = await receiptOf(result.case.caseId);
    const rows = async <T>(query: ReturnType<typeof sql>) => ((await database.handle.db.execute(query)) as unknown as { rows: T[] }).rows;
    const [server] = await rows<{ lz4: boolean }>(
      sql`select 'lz4' = any(enumvals) as lz4 from pg_settings where name = 'default_toast_compression'`,
    );
    const expected = server!.lz4 ? "lz4" : "pglz";
    if (kind === "postgres") expect(expected).toBe("lz4");
    const [stored] = await rows<{ method: string; pdf: Buffer }>(
      sql`select pg_column_compression(receipt_pdf) as method, receipt_pdf as pdf from cases where id = ${result.case.caseId}::uuid`,
    );
    expect(stored!.method).toBe(expected);
    expect(Buffer.from(stored!.pdf).equals(Buffer.from(pdf))).toBe(true);
    // A value only lands compressed when it is large enough to be moved out of its row.
    const upload = Buffer.alloc(64 * 1024, "Nachweis ");
    await database.handle.db.execute(sql`update attachments set content = ${upload}::bytea where case_id = ${result.case.caseId}::uuid`);
    const [attachment] = await rows<{ method: string | null }>(
      sql`select pg_column_compression(content) as method from attachments where case_id = ${result.case.caseId}::uuid`,
    );
    expect(attachment!.method).toBe(expected);
  });

  it("stores hostile strings verbatim and still renders the receipt", async () => {
    const request = dogTaxRequest();
    const data = structuredClone(request.data) as { hunde: Array<{ name: string; farbe: string }> };
    data.hunde[0].name = "<script>alert(1)</script>\u202Egnp.exe";
    data.hunde[0].farbe = "\u0007braun";
    const withNul = structuredClone(data);
    withNul.hunde[0].farbe = "braun\u0000";
    expect(await submitApplication({ ...request, data: withNul })).toMatchObject({
      ok: false,
      kind: "invalid",
      errors: [{ pointer: "/hunde/0/farbe", message: "Die Angabe enthält ein unzulässiges Steuerzeichen." }],
    });
    const result = await submitApplication({ ...request, data });
    if (!result.ok) throw new Error(JSON.stringify(result));
    const [row] = await database.handle.db.select({ data: cases.data }).from(cases).where(eq(cases.id, result.case.caseId));
    expect((row.data as typeof data).hunde[0].name).toBe("<script>alert(1)</script>\u202Egnp.exe");
    const text = (await extractPdf(await receiptOf(result.case.caseId))).pages.join("\n");
    expect(text).toContain("<script>alert(1)</script>");
    expect(text).not.toContain("\u202E");
  });

  it("takes the draft's uploads as the case's attachments, and refuses a reference to an upload that is not the draft's", async () => {
    const { data } = withInlineFiles(dogTax.valid[0]);
    const [ref] = attachmentRefs(data);
    const draftId = await insertDogTaxDraft(database, RASTENBERG);
    const content = sampleFile("application/pdf");
    const stored = { ...ref, size: content.byteLength, sha256: createHash("sha256").update(content).digest("hex") };
    const withUpload = setAt(data, parsePointer(ref.pointer), {
      id: stored.id,
      name: stored.name,
      mediaType: stored.mediaType,
      size: stored.size,
      sha256: stored.sha256,
    });
    const portal = (draft: string) => ({
      ...dogTaxRequest(),
      data: withUpload,
      inlineAttachments: [],
      channel: "portal" as const,
      draftId: draft,
    });

    expect(await submitApplication(portal(draftId))).toMatchObject({ ok: false, kind: "invalid", code: "attachment_missing" });
    await database.handle.db.insert(attachments).values({
      id: stored.id,
      pointer: ref.pointer,
      name: stored.name,
      mediaType: stored.mediaType,
      size: stored.size,
      sha256: stored.sha256,
      draftId,
      content,
    });
    expect(await submitApplication(portal(crypto.randomUUID()))).toMatchObject({ ok: false, kind: "invalid", code: "attachment_missing" });
    const result = await submitApplication(portal(draftId));
    if (!result.ok) throw new Error(JSON.stringify(result));
    const [linked] = await database.handle.db.select().from(attachments).where(eq(attachments.id, stored.id));
    expect(linked).toMatchObject({ caseId: result.case.caseId, draftId: null });
  });

  it("stores submissions that wait for the counter together, and a repeated key among them costs the others nothing", async () => {
    const soemmerda = "16068051";
    const repeated = dogTaxRequest({ municipalityAgs: soemmerda });
    const first = await submitApplication(repeated);
    if (!first.ok) throw new Error("submission failed");
    const authorityId = first.case.authority.id;
    const others = Array.from({ length: 40 }, () => dogTaxRequest({ municipalityAgs: soemmerda }));
    const changed = structuredClone(repeated.data) as { hunde: Array<{ name: string }> };
    changed.hunde[0].name = "Bello";
    const requests = [...others.slice(0, 20), repeated, { ...repeated, data: changed }, ...others.slice(20)];

    // While the counter is locked, the first statements wait in the database and the rest in line for a turn.
    const results = await submittedWhileCounterLocked(database, authorityId, requests);

    expect(await results[20]).toMatchObject({ ok: true, case: { caseNumber: first.case.caseNumber, replayed: true } });
    expect(await results[21]).toMatchObject({ ok: false, code: "idempotency_conflict" });
    const stored = await Promise.all([...results.slice(0, 20), ...results.slice(22)]);
    expect(stored.filter((r) => !r.ok || r.case.replayed)).toEqual([]);
    await expectGapFreeNumbers(database, authorityId);
    // Cases stored by one statement share its timestamp: the three turns that waited in the
    // database, and the rest in one or two more.
    const statements = new Set(stored.map((r) => (r.ok ? r.case.submittedAt.getTime() : 0)));
    expect(statements.size).toBeLessThanOrEqual(COUNTER_TURNS_AT_ONCE + 2);
  });

  it("links each draft's uploads and stores each API file in a shared statement; an upload that is not the draft's refuses only its own submission", async () => {
    const municipalityAgs = "16068051";
    const { data } = withInlineFiles(dogTax.valid[0]);
    const [ref] = attachmentRefs(data);
    const withDraftUpload = async () => {
      const draftId = await insertDogTaxDraft(database, municipalityAgs);
      const content = sampleFile("application/pdf");
      const upload = {
        ...ref,
        id: crypto.randomUUID(),
        size: content.byteLength,
        sha256: createHash("sha256").update(content).digest("hex"),
      };
      await database.handle.db.insert(attachments).values({ ...upload, draftId, content });
      const { id, name, mediaType, size, sha256 } = upload;
      const request: SubmissionRequest = {
        ...dogTaxRequest({ municipalityAgs }),
        data: setAt(data, parsePointer(ref.pointer), { id, name, mediaType, size, sha256 }),
        inlineAttachments: [],
        channel: "portal",
        draftId,
      };
      return { request, uploadId: id };
    };
    const portal = await Promise.all(Array.from({ length: 6 }, withDraftUpload));
    const notTheDraftsUpload = { ...portal[5]!.request, draftId: portal[4]!.request.draftId };
    const api = Array.from({ length: 6 }, () => dogTaxRequest({ municipalityAgs }));
    const requests = [...api.slice(0, 3), ...portal.slice(0, 5).map((p) => p.request), notTheDraftsUpload, ...api.slice(3)];
    // One stored first: its routing and form are remembered, so the others reach the line for a turn without the database.
    expect(await submitApplication(dogTaxRequest({ municipalityAgs }))).toMatchObject({ ok: true });

    const results = await submittedWhileCounterLocked(database, "gemeinde-16068051", requests);

    expect(await results[8]).toMatchObject({ ok: false, code: "attachment_missing" });
    const stored = await Promise.all([...results.slice(0, 8), ...results.slice(9)]);
    const caseIds = stored.map((r) => (r.ok ? r.case.caseId : JSON.stringify(r)));
    for (const [i, { uploadId }] of portal.slice(0, 5).entries()) {
      const [linked] = await database.handle.db.select().from(attachments).where(eq(attachments.id, uploadId));
      expect(linked).toMatchObject({ caseId: caseIds[3 + i], draftId: null });
    }
    const [notLinked] = await database.handle.db.select().from(attachments).where(eq(attachments.id, portal[5]!.uploadId));
    expect(notLinked).toMatchObject({ caseId: null, draftId: portal[5]!.request.draftId });
    for (const [i, request] of api.entries()) {
      const files = await database.handle.db
        .select()
        .from(attachments)
        .where(eq(attachments.caseId, caseIds[i < 3 ? i : i + 5]!));
      expect(files.map((file) => Buffer.from(file.content).toString())).toEqual(
        request.inlineAttachments!.map((file) => Buffer.from(file.content).toString()),
      );
    }
    await expectGapFreeNumbers(database, "gemeinde-16068051");
  });

  it("leaves nothing behind when the transaction fails after the number was drawn", async () => {
    const before = await countCases(database);
    const [counterBefore] = await database.handle.db.select().from(caseCounters).where(eq(caseCounters.authorityId, "vg-koelleda"));
    await database.handle.db.execute(sql`alter table outbox rename to outbox_unavailable`);
    try {
      await expect(submitApplication(dogTaxRequest())).rejects.toThrow();
    } finally {
      await database.handle.db.execute(sql`alter table outbox_unavailable rename to outbox`);
    }
    expect(await countCases(database)).toBe(before);
    const [counterAfter] = await database.handle.db.select().from(caseCounters).where(eq(caseCounters.authorityId, "vg-koelleda"));
    expect(counterAfter.lastValue).toBe(counterBefore.lastValue);
  });
});

/**
 * Submits `requests` while another transaction holds the authority's counter row, and releases it
 * once the first turns' statements wait for the lock and every other submission waits in line for
 * a turn. Answers the submissions' results, to be awaited. The requests' routing and form must be
 * remembered from a submission before (ADR 051), or they would wait for the database instead.
 */
async function submittedWhileCounterLocked(
  database: Pick<TestDatabase, "handle">,
  authorityId: string,
  requests: SubmissionRequest[],
): Promise<Array<Promise<SubmissionResult>>> {
  let submitted: Array<Promise<SubmissionResult>> = [];
  await database.handle.db.transaction(async (tx) => {
    await tx.select().from(caseCounters).where(eq(caseCounters.authorityId, authorityId)).for("update");
    submitted = requests.map((request) => submitApplication(request));
    const counter = { database: database.handle.db, authorityId };
    await vi.waitFor(() => expect(waitingForTurn(counter)).toBe(requests.length - COUNTER_TURNS_AT_ONCE), { timeout: 10_000, interval: 5 });
  });
  return submitted;
}

/** Every number the authority's counter has drawn belongs to exactly one case. */
async function expectGapFreeNumbers(database: Pick<TestDatabase, "handle">, authorityId: string): Promise<void> {
  const [counter] = await database.handle.db.select().from(caseCounters).where(eq(caseCounters.authorityId, authorityId));
  const all = await database.handle.db.select({ n: cases.caseNumber }).from(cases).where(eq(cases.authorityId, authorityId));
  expect(all.map((c) => Number(c.n.split("-")[2])).sort((a, b) => a - b)).toEqual(
    Array.from({ length: counter.lastValue }, (_, i) => i + 1),
  );
}

async function insertDogTaxDraft(database: Pick<TestDatabase, "handle">, municipalityAgs: string): Promise<string> {
  const draftId = crypto.randomUUID();
  await database.handle.db.insert(drafts).values({
    id: draftId,
    tokenHash: crypto.randomUUID(),
    serviceId: "hundesteuer-anmeldung",
    serviceVersion: 1,
    municipalityAgs,
    snapshot: {},
    expiresAt: new Date(Date.now() + 86_400_000),
  });
  return draftId;
}

async function countCases(database: Pick<TestDatabase, "handle">): Promise<number> {
  const result = await database.handle.db.execute(sql`select count(*)::int as n from cases`);
  return (result as unknown as { rows: Array<{ n: number }> }).rows[0].n;
}
