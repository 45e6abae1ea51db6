import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, databaseKinds, type TestDatabase } from "../../support/databases";
import { payloadFixture, withInlineFiles } from "../../support/payloads";
import { extractPdf } from "../../support/pdf-text";
import { startServer, type RunningServer } from "../../support/server";

const dogTax = payloadFixture("hundesteuer-anmeldung");

describe.each(databaseKinds())("submission API on %s", (kind) => {
  let server: RunningServer;
  let database: TestDatabase | null = null;
  beforeAll(async () => {
    if (kind === "postgres") database = await createTestDatabase("postgres");
    server = await startServer({ databaseUrl: database?.url ?? undefined, env: { SUBMISSION_RATE_LIMIT: "1000" } });
  });
  afterAll(async () => {
    await server?.stop();
    await database?.drop();
  });

  const post = (body: unknown, headers: Record<string, string> = {}) =>
    fetch(`${server.baseUrl}/api/v1/submissions`, {
      method: "POST",
      headers: { "content-type": "application/json", ...headers },
      body: typeof body === "string" ? body : JSON.stringify(body),
    });
  const envelope = (overrides: Record<string, unknown> = {}) => {
    const { data, attachments } = withInlineFiles(dogTax.valid[0]);
    return {
      service: "hundesteuer-anmeldung",
      municipality: "16068042",
      data,
      attachments,
      idempotencyKey: crypto.randomUUID(),
      ...overrides,
    };
  };

  it("lists the services of Rastenberg with the authority responsible for each", async () => {
    const services = await (await fetch(`${server.baseUrl}/api/v1/municipalities/16068042/services`)).json();
    const byId = Object.fromEntries(services.map((s: { id: string }) => [s.id, s]));
    expect(byId["hundesteuer-anmeldung"]).toMatchObject({
      version: 1,
      leikaKey: "99102013104000",
      level: "gemeinde",
      responsibleAuthority: { name: "Verwaltungsgemeinschaft Kölleda", kind: "verwaltungsgemeinschaft", ags: null },
    });
    expect(byId["wohngeld-mietzuschuss"].responsibleAuthority).toMatchObject({ name: "Landratsamt Sömmerda", kind: "landratsamt" });
  });

  it("serves a form definition with its dataSchema, and 404 for an unknown version", async () => {
    const definition = await (await fetch(`${server.baseUrl}/api/v1/services/hundesteuer-anmeldung`)).json();
    expect(definition).toMatchObject({ id: "hundesteuer-anmeldung", version: 1, dataSchema: { type: "object" } });
    expect((await fetch(`${server.baseUrl}/api/v1/services/hundesteuer-anmeldung?version=9`)).status).toBe(404);
  });

  it("says each answer's length in bytes, so that it is not sent in chunks", async () => {
    const accepted = await post(envelope());
    // The refusal's German message has quotation marks of more than one byte each.
    const refused = await post(envelope({ service: "gibt-es-nicht" }), { "accept-language": "de" });
    expect([accepted.status, refused.status]).toEqual([201, 404]);
    for (const response of [accepted, refused]) {
      const body = Buffer.from(await response.arrayBuffer());
      expect(response.headers.get("transfer-encoding")).toBeNull();
      expect(Number(response.headers.get("content-length"))).toBe(body.byteLength);
    }
  });

  it("accepts a submission, then serves its status and byte-identical receipt with the access code", async () => {
    const response = await post(envelope());
    expect(response.status).toBe(201);
    const created = await response.json();
    expect(created).toMatchObject({
      caseNumber: expect.stringMatching(/^VGKOE-\d{4}-\d{6}$/),
      accessCode: expect.stringMatching(/^[A-Z2-9]{4}(-[A-Z2-9]{4}){3}$/),
      responsibleAuthority: { name: "Verwaltungsgemeinschaft Kölleda", kind: "verwaltungsgemeinschaft", ags: null },
      receiptUrl: expect.stringContaining(`/api/v1/cases/${created.caseNumber}/receipt`),
    });
    const receiptPath = new URL(created.receiptUrl).pathname;
    const receipt = await fetch(`${server.baseUrl}${receiptPath}`, { headers: { "x-access-code": created.accessCode } });
    expect(receipt.status).toBe(200);
    expect(receipt.headers.get("content-type")).toBe("application/pdf");
    const bytes = new Uint8Array(await receipt.arrayBuffer());
    const again = new Uint8Array(
      await (await fetch(`${server.baseUrl}${receiptPath}`, { headers: { "x-access-code": created.accessCode } })).arrayBuffer(),
    );
    expect(Buffer.from(again).equals(Buffer.from(bytes))).toBe(true);
    const text = (await extractPdf(bytes)).pages.join("\n");
    expect(text).toContain(created.caseNumber);
    expect(text.replace(/\s+/g, "")).toContain(created.dataHash);

    const status = await (
      await fetch(`${server.baseUrl}/api/v1/cases/${created.caseNumber}/status`, { headers: { "x-access-code": created.accessCode } })
    ).json();
    expect(status).toEqual({
      caseNumber: created.caseNumber,
      status: "eingegangen",
      history: [{ at: created.submittedAt, status: "eingegangen" }],
    });
  });

  it("answers a wrong access code exactly like an unknown case", async () => {
    const created = await (await post(envelope())).json();
    const wrong = await fetch(`${server.baseUrl}/api/v1/cases/${created.caseNumber}/status`, {
      headers: { "x-access-code": "AAAA-AAAA-AAAA-AAAA" },
    });
    const unknown = await fetch(`${server.baseUrl}/api/v1/cases/VGKOE-1990-000001/status`, {
      headers: { "x-access-code": created.accessCode },
    });
    expect(wrong.status).toBe(404);
    expect(unknown.status).toBe(404);
    expect(await wrong.json()).toEqual(await unknown.json());
    expect((await fetch(`${server.baseUrl}/api/v1/cases/${created.caseNumber}/receipt`)).status).toBe(404);
  });

  it("replays a repeated key with 200 and refuses the key with other data with 409", async () => {
    const body = envelope();
    const first = await (await post(body)).json();
    const second = await post(body);
    expect(second.status).toBe(200);
    expect(await second.json()).toEqual(first);
    const conflict = await post({ ...body, data: { ...body.data, bereitsGehalteneHunde: 1 } });
    expect(conflict.status).toBe(409);
    expect((await conflict.json()).error.code).toBe("idempotency_conflict");
  });

  it("answers bad input with clear 4xx errors", async () => {
    const malformed = await post("{ not json");
    expect(malformed.status).toBe(400);
    expect((await malformed.json()).error.code).toBe("malformed_json");

    const invalid = await post(envelope({ data: { ...envelope().data, hunde: [] } }));
    expect(invalid.status).toBe(422);
    const body = await invalid.json();
    expect(body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ pointer: "/hunde" })]));
    expect(body.errors.every((e: { message: string }) => e.message.length > 0 && !/must /.test(e.message))).toBe(true);

    expect((await post(envelope({ service: "unbekannt" }))).status).toBe(404);
    expect((await post(envelope({ municipality: "16068999" }))).status).toBe(404);
    const shortAgs = await post(envelope({ municipality: "1606" }));
    expect(shortAgs.status).toBe(422);
    expect(await shortAgs.json()).toMatchObject({ error: { code: "invalid_request" }, errors: [{ pointer: "/municipality" }] });
    expect((await post(envelope({ idempotencyKey: "x" }))).status).toBe(422);
    expect((await post(envelope(), { "content-type": "text/plain" })).status).toBe(415);
    const huge = await post(envelope({ data: { padding: "x".repeat(1_200_000) } }));
    expect(huge.status).toBe(413);
  });

  it("refuses a file whose bytes are not what the data says", async () => {
    const body = envelope();
    body.attachments[0].content = Buffer.from("MZ\x90\x00 this is an executable").toString("base64");
    const response = await post(body);
    expect(response.status).toBe(422);
    expect((await response.json()).error.code).toBe("attachment_invalid");
  });

  it("sends the citizen's confirmation and the authority's notice through the outbox", async () => {
    const created = await (await post(envelope())).json();
    const mailDir = join(server.dataDir, "mail");
    const deadline = Date.now() + 10_000;
    let mails: string[] = [];
    while (Date.now() < deadline) {
      try {
        mails = readdirSync(mailDir).map((file) => readFileSync(join(mailDir, file), "utf8"));
      } catch {
        mails = [];
      }
      if (mails.filter((m) => m.includes(created.caseNumber)).length >= 2) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    const mine = mails.filter((m) => m.includes(created.caseNumber));
    expect(mine.some((m) => /^To: lukasz\.nowak@example\.org/m.test(m))).toBe(true);
    expect(mine.some((m) => /^To: poststelle@vgem-koelleda\.de/m.test(m))).toBe(true);
    expect(mine.join("\n")).not.toContain(created.accessCode);
  });
});
