/**
 * Request bodies at the edge of the API, over HTTP: strict types against the documented schema
 * (the `"revision": "1"` regression), JSON the portal cannot store exactly, and text limits that
 * count characters as the document's maxLength does. Nothing refused changes anything.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { StaffServer } from "../../support/case-fixtures";
import { databaseKinds } from "../../support/databases";
import { payloadFixture, withInlineFiles } from "../../support/payloads";
import { startContractServer, type ContractFixtures } from "./support";

type Refusal = { error: { code: string; message: string }; errors?: Array<{ pointer: string; message: string }> };
type CaseExport = { case: { status: string; revision: number }; history: unknown[] };

describe.each(databaseKinds())("request bodies at the API's edge on %s", (kind) => {
  let staff: StaffServer<ContractFixtures>;
  let base: string;

  beforeAll(async () => {
    staff = await startContractServer(kind);
    base = staff.server.baseUrl;
  }, 180_000);
  afterAll(async () => {
    await staff?.stop();
  });

  const caseApi = (path: string, init: { method?: string; body?: string } = {}) =>
    fetch(`${base}/api/v1${path}`, {
      method: init.method ?? "GET",
      headers: {
        Authorization: `Bearer ${staff.fixtures.clerk}`,
        ...(init.body !== undefined ? { "Content-Type": "application/json" } : {}),
      },
      body: init.body,
    });
  /** The case as the API exports it, without the moment of the export. */
  const exported = async (caseNumber: string) => {
    const { exportedAt: _moment, ...rest } = (await (await caseApi(`/cases/${caseNumber}`)).json()) as CaseExport & { exportedAt: string };
    return rest;
  };
  const transition = (caseNumber: string, body: string) => caseApi(`/cases/${caseNumber}/transitions`, { method: "POST", body });
  const submit = (body: string) =>
    fetch(`${base}/api/v1/submissions`, { method: "POST", headers: { "Content-Type": "application/json" }, body });
  const caseCount = async () => {
    let count = 0;
    let cursor: string | null = null;
    do {
      const page = (await (await caseApi(`/cases?limit=100${cursor ? `&cursor=${cursor}` : ""}`)).json()) as {
        items: unknown[];
        nextCursor: string | null;
      };
      count += page.items.length;
      cursor = page.nextCursor;
    } while (cursor);
    return count;
  };

  it('refuses "revision": "1" (a string) with 422 naming /revision, and changes nothing', async () => {
    const caseNumber = staff.fixtures.caseNumbers[0];
    const before = await exported(caseNumber);
    const response = await transition(caseNumber, JSON.stringify({ to: "in_bearbeitung", revision: String(before.case.revision) }));
    expect(response.status).toBe(422);
    const body = (await response.json()) as Refusal;
    expect(body.error.code).toBe("invalid_request");
    expect(body.error.message).toContain("/revision");
    expect(body.errors).toEqual([{ pointer: "/revision", message: "muss sein: integer" }]);
    expect(await exported(caseNumber)).toEqual(before);
    // The same change with a number goes through.
    const accepted = await transition(caseNumber, JSON.stringify({ to: "in_bearbeitung", revision: before.case.revision }));
    expect(accepted.status).toBe(200);
    expect(await accepted.json()).toEqual({ caseNumber, status: "in_bearbeitung", revision: before.case.revision + 1 });
  });

  it("names every problem of a body by pointer: unknown property, wrong status, wrong type of note", async () => {
    const response = await transition(staff.fixtures.caseNumbers[1], JSON.stringify({ to: "offen", note: 5, stauts: "x" }));
    expect(response.status).toBe(422);
    const pointers = ((await response.json()) as Refusal).errors?.map((e) => e.pointer).sort();
    expect(pointers).toEqual(["/note", "/stauts", "/to"]);
  });

  it("counts a note in characters: 3,000 emoji are accepted, 5,001 refused as 5,001 characters", async () => {
    const caseNumber = staff.fixtures.caseNumbers[1];
    const before = await exported(caseNumber);
    const tooLong = await transition(caseNumber, JSON.stringify({ to: "in_bearbeitung", note: "😀".repeat(5001) }));
    expect(tooLong.status).toBe(422);
    expect(((await tooLong.json()) as Refusal).errors).toEqual([{ pointer: "/note", message: "darf nicht länger als 5000 Zeichen sein" }]);
    expect(await exported(caseNumber)).toEqual(before);
    const emoji = await transition(caseNumber, JSON.stringify({ to: "in_bearbeitung", note: "😀".repeat(3000) }));
    expect(emoji.status).toBe(200);
  });

  it.each([
    ["1e400", '{"to":"in_bearbeitung","revision":1e400}', "/revision"],
    ["1e308", '{"to":"in_bearbeitung","revision":1e308}', "/revision"],
    ["2^53+1", '{"to":"in_bearbeitung","revision":9007199254740993}', "/revision"],
  ])("refuses %s in a transition with 422 unsupported_json naming the pointer, and changes nothing", async (_label, body, pointer) => {
    const caseNumber = staff.fixtures.caseNumbers[2];
    const before = await exported(caseNumber);
    const response = await transition(caseNumber, body);
    expect(response.status).toBe(422);
    const refusal = (await response.json()) as Refusal;
    expect(refusal.error.code).toBe("unsupported_json");
    expect(refusal.errors?.[0].pointer).toBe(pointer);
    expect(await exported(caseNumber)).toEqual(before);
  });

  // Text the database cannot store and absurd nesting are refused at the JSON reader of every
  // API; the code says which limit was hit.
  it.each([
    ["a lone surrogate", '{"to":"in_bearbeitung","note":"\\ud800"}'],
    ["U+0000", '{"to":"in_bearbeitung","note":"a\\u0000"}'],
    ["50,000 nested arrays", `{"to":"in_bearbeitung","note":${"[".repeat(50_000)}${"]".repeat(50_000)}}`],
    ["20,000 nested objects", `{"to":"in_bearbeitung","note":${'{"a":'.repeat(20_000)}1${"}".repeat(20_000)}}`],
  ])("refuses %s in a transition with a 4xx that says so, and changes nothing", async (_label, body) => {
    const caseNumber = staff.fixtures.caseNumbers[2];
    const before = await exported(caseNumber);
    const response = await transition(caseNumber, body);
    expect([400, 422]).toContain(response.status);
    const refusal = (await response.json()) as Refusal;
    expect(refusal.error.code).toMatch(/^(unsupported_json|unstorable_text|too_deeply_nested)$/);
    expect(refusal.error.message.length).toBeGreaterThan(20);
    expect(await exported(caseNumber)).toEqual(before);
  });

  it("checks the submission envelope against the document and stores no case for a refused one", async () => {
    const { data, attachments } = withInlineFiles(payloadFixture("hundesteuer-anmeldung").valid[0]);
    const envelope = { service: "hundesteuer-anmeldung", municipality: "16068042", data, attachments, idempotencyKey: crypto.randomUUID() };
    const before = await caseCount();
    const cases: Array<[Record<string, unknown> | string, string, string]> = [
      [{ ...envelope, version: "1" }, "invalid_request", "/version"],
      [{ ...envelope, version: 1000000 }, "invalid_request", "/version"],
      [{ ...envelope, service: "Hundesteuer Anmeldung" }, "invalid_request", "/service"],
      [{ ...envelope, attachments: [{ ...attachments[0], content: "das ist kein Base64!" }] }, "invalid_request", "/attachments/0/content"],
      [{ ...envelope, extra: true }, "invalid_request", "/extra"],
      [JSON.stringify(envelope).replace('"municipality"', '"version":1e308,"municipality"'), "unsupported_json", "/version"],
      [JSON.stringify(envelope).replace('"municipality"', '"version":9007199254740993,"municipality"'), "unsupported_json", "/version"],
    ];
    for (const [body, code, pointer] of cases) {
      const response = await submit(typeof body === "string" ? body : JSON.stringify(body));
      expect(response.status, pointer).toBe(422);
      const refusal = (await response.json()) as Refusal;
      expect(refusal.error.code, pointer).toBe(code);
      expect(
        refusal.errors?.map((e) => e.pointer),
        code,
      ).toContain(pointer);
    }
    expect(await caseCount()).toBe(before);
    expect((await submit(JSON.stringify(envelope))).status).toBe(201);
  });

  it("answers a version outside 1–999999 with the documented 400", async () => {
    for (const version of ["0", "1000000", "1e400", "eins"]) {
      const response = await fetch(`${base}/api/v1/services/hundesteuer-anmeldung?version=${version}`);
      expect(response.status, version).toBe(400);
      expect(((await response.json()) as Refusal).error.code).toBe("invalid_version");
    }
  });
});
