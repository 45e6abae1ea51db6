/**
 * The API's error messages come from the text catalogue: German by default, English when the
 * request's Accept-Language prefers it; the error code is the same in both. Every row is a real
 * refusal of the running portal, compared with the catalogue's text for that language.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { request as httpRequest } from "node:http";
import { translate, type Lang, type MessageKey, type TextValues } from "~/lib/i18n/translate";
import type { StaffServer } from "../../support/case-fixtures";
import { databaseKinds } from "../../support/databases";
import { payloadFixture, withInlineFiles } from "../../support/payloads";
import { CLERK_CLIENT_NAME, startContractServer, type ContractFixtures } from "./support";

type Refusal = { error: { code: string; message: string }; errors?: Array<{ pointer: string; message: string }> };
/** What the rows' values may depend on: facts of the running portal learnt in beforeAll. */
type Facts = { countyName: string; revision: number; clientName: string };
type Row = {
  name: string;
  request: (fixtures: ContractFixtures) => { path: string; method?: string; headers?: Record<string, string>; body?: string };
  status: number;
  code: string;
  key: MessageKey;
  values?: TextValues | ((facts: Facts) => TextValues);
};

const json = { "Content-Type": "application/json" };
const status = (name: string): TextValues[string] => ({ key: `caseStatus.${name}` as MessageKey });
const quotedStatuses = (...names: string[]): TextValues[string] => ({ list: names.map((name) => ({ quoted: status(name) })) });
/** A transition of the second case, which beforeAll moved to "in_bearbeitung". */
const transition = (body: Record<string, unknown>) => (fixtures: ContractFixtures) => ({
  path: `/cases/${fixtures.caseNumbers[1]}/transitions`,
  method: "POST",
  headers: { ...json, Authorization: `Bearer ${fixtures.clerk}` },
  body: JSON.stringify(body),
});

/** A submission the portal accepts; the rows below change one thing about it. */
const IDEMPOTENCY_KEY = "sprache-2026-idempotenz";
function submission(overrides: Record<string, unknown> = {}): string {
  const { data, attachments } = withInlineFiles(payloadFixture("hundesteuer-anmeldung").valid[0]);
  return JSON.stringify({
    service: "hundesteuer-anmeldung",
    municipality: "16068042",
    data,
    attachments,
    idempotencyKey: crypto.randomUUID(),
    ...overrides,
  });
}

const ROWS: Row[] = [
  { name: "unknown endpoint", request: () => ({ path: "/gibt-es-nicht" }), status: 404, code: "not_found", key: "api.endpointUnknown" },
  // Shaped like a wizard step's address (/:gemeinde/:service/schritt/:stepId), but the API's.
  {
    name: "unknown endpoint shaped like a page",
    request: () => ({ path: "/schritt/halter" }),
    status: 404,
    code: "not_found",
    key: "api.endpointUnknown",
  },
  { name: "malformed AGS", request: () => ({ path: "/municipalities/123" }), status: 400, code: "invalid_ags", key: "api.invalidAgs" },
  {
    name: "unknown AGS",
    request: () => ({ path: "/municipalities/99999999/services" }),
    status: 404,
    code: "not_found",
    key: "api.municipalityNotFound",
    values: { ags: "99999999" },
  },
  {
    name: "search term too long",
    request: () => ({ path: `/municipalities?q=${"a".repeat(101)}` }),
    status: 400,
    code: "query_too_long",
    key: "api.queryTooLong",
    values: { max: 100 },
  },
  {
    name: "malformed version",
    request: () => ({ path: "/services/hundesteuer-anmeldung?version=eins" }),
    status: 400,
    code: "invalid_version",
    key: "api.invalidVersion",
  },
  {
    name: "unknown service",
    request: () => ({ path: "/services/gibt-es-nicht" }),
    status: 404,
    code: "not_found",
    key: "api.serviceNotFound",
    values: { id: "gibt-es-nicht" },
  },
  {
    name: "unknown schema",
    request: () => ({ path: "/schemas/nichts.json" }),
    status: 404,
    code: "not_found",
    key: "api.schemaNotFound",
    values: { name: "nichts.json" },
  },
  {
    name: "wrong access code",
    request: (fixtures) => ({ path: `/cases/${fixtures.caseNumbers[0]}/status`, headers: { "X-Access-Code": "ABCD-EFGH-JKLM" } }),
    status: 404,
    code: "not_found",
    key: "api.caseNotFound",
  },
  { name: "no API key", request: () => ({ path: "/cases" }), status: 401, code: "unauthorized", key: "api.unauthorized" },
  {
    name: "API key without the scope",
    request: (fixtures) => ({ path: "/cases", headers: { Authorization: `Bearer ${fixtures.editor}` } }),
    status: 403,
    code: "forbidden",
    key: "api.missingScope",
    values: { scope: "cases:read" },
  },
  {
    name: "malformed cursor",
    request: (fixtures) => ({ path: "/cases?cursor=kaputt", headers: { Authorization: `Bearer ${fixtures.clerk}` } }),
    status: 400,
    code: "invalid_cursor",
    key: "api.invalidCursor",
  },
  {
    name: "limit out of range",
    request: (fixtures) => ({ path: "/cases?limit=0", headers: { Authorization: `Bearer ${fixtures.clerk}` } }),
    status: 400,
    code: "invalid_limit",
    key: "api.invalidLimit",
    values: { max: 100 },
  },
  {
    name: "a filter naming an unknown status",
    request: (fixtures) => ({ path: "/cases?status=kaputt", headers: { Authorization: `Bearer ${fixtures.clerk}` } }),
    status: 400,
    code: "invalid_filter",
    key: "refusal.filterStatusUnknown",
    values: { status: "kaputt" },
  },
  {
    name: "a date range that ends before it begins",
    request: (fixtures) => ({ path: "/cases?from=2026-03-02&to=2026-03-01", headers: { Authorization: `Bearer ${fixtures.clerk}` } }),
    status: 400,
    code: "invalid_filter",
    key: "refusal.filterRange",
    values: { from: { quoted: { key: "refusal.filterFromLabel" } }, to: { quoted: { key: "refusal.filterToLabel" } } },
  },
  {
    name: "body not sent as JSON",
    request: () => ({ path: "/submissions", method: "POST", headers: { "Content-Type": "text/plain" }, body: "{}" }),
    status: 415,
    code: "unsupported_media_type",
    key: "api.notJson",
  },
  {
    name: "U+0000 in a value",
    request: () => ({ path: "/submissions", method: "POST", headers: json, body: '{"service":"a\\u0000b"}' }),
    status: 422,
    code: "unsupported_json",
    key: "api.valueNul",
  },
  {
    name: "version number of the editorial API",
    request: (fixtures) => ({
      path: "/services/hundesteuer-anmeldung/versions/null/publish",
      method: "POST",
      headers: { Authorization: `Bearer ${fixtures.editor}` },
    }),
    status: 404,
    code: "version_not_found",
    key: "api.versionNumber",
  },
  {
    name: "form definition not in UTF-8",
    request: (fixtures) => ({
      path: "/services",
      method: "POST",
      headers: { ...json, Authorization: `Bearer ${fixtures.editor}` },
      body: "\u00ff",
    }),
    status: 400,
    code: "invalid_encoding",
    key: "api.definitionNotUtf8",
  },
  // Refusals of the domain modules, worded by the refusal catalogue.
  {
    name: "submission for an unknown municipality",
    request: () => ({ path: "/submissions", method: "POST", headers: json, body: submission({ municipality: "16068999" }) }),
    status: 404,
    code: "municipality_not_found",
    key: "refusal.municipalityNotFound",
    values: { ags: "16068999" },
  },
  {
    name: "submission for an unknown service",
    request: () => ({ path: "/submissions", method: "POST", headers: json, body: submission({ service: "gibt-es-nicht" }) }),
    status: 404,
    code: "service_not_found",
    key: "refusal.serviceNotFound",
    values: { serviceId: "gibt-es-nicht" },
  },
  {
    name: "submission for a version that does not exist",
    request: () => ({ path: "/submissions", method: "POST", headers: json, body: submission({ version: 99 }) }),
    status: 404,
    code: "service_not_found",
    key: "refusal.serviceVersionNotFound",
    values: { serviceId: "hundesteuer-anmeldung", version: 99 },
  },
  {
    name: "idempotency key reused for other data",
    request: () => ({
      path: "/submissions",
      method: "POST",
      headers: json,
      body: submission({ idempotencyKey: IDEMPOTENCY_KEY, data: {} }),
    }),
    status: 409,
    code: "idempotency_conflict",
    key: "refusal.idempotencyConflict",
  },
  {
    name: "a submission whose answers break the form's rules",
    request: () => ({ path: "/submissions", method: "POST", headers: json, body: submission({ data: {} }) }),
    status: 422,
    code: "invalid_data",
    key: "refusal.applicationHasErrors",
  },
  {
    name: "transition of a case the authority does not have",
    request: (fixtures) => ({
      path: "/cases/VGKOE-1990-000001/transitions",
      method: "POST",
      headers: { ...json, Authorization: `Bearer ${fixtures.clerk}` },
      body: JSON.stringify({ to: "in_bearbeitung" }),
    }),
    status: 404,
    code: "not_found",
    key: "refusal.caseNotFound",
  },
  {
    name: "a county editor publishing a built-in form",
    request: (fixtures) => ({
      path: "/services/hundesteuer-anmeldung/versions/99/publish",
      method: "POST",
      headers: { Authorization: `Bearer ${fixtures.editor}` },
    }),
    status: 403,
    code: "built_in_service",
    key: "refusal.builtInForm",
  },
  // Refusals naming statuses, lists and counts: worded with the labels and formats of the language.
  {
    name: "a transition the lifecycle does not have, naming the one possible",
    request: (fixtures) => ({
      path: `/cases/${fixtures.caseNumbers[0]}/transitions`,
      method: "POST",
      headers: { ...json, Authorization: `Bearer ${fixtures.clerk}` },
      body: JSON.stringify({ to: "abgeschlossen", message: "Erledigt." }),
    }),
    status: 422,
    code: "illegal_transition",
    key: "refusal.transitionImpossible",
    values: {
      from: status("eingegangen"),
      to: status("abgeschlossen"),
      next: { key: "refusal.transitionsPossible", values: { allowed: quotedStatuses("in_bearbeitung") } },
    },
  },
  {
    name: "a transition back to the first status, naming the three possible",
    request: transition({ to: "eingegangen" }),
    status: 422,
    code: "illegal_transition",
    key: "refusal.transitionImpossible",
    values: {
      from: status("in_bearbeitung"),
      to: status("eingegangen"),
      next: { key: "refusal.transitionsPossible", values: { allowed: quotedStatuses("rueckfrage", "abgeschlossen", "abgelehnt") } },
    },
  },
  {
    name: "a transition to the status the case has",
    request: transition({ to: "in_bearbeitung" }),
    status: 422,
    code: "illegal_transition",
    key: "refusal.statusAlready",
    values: {
      status: status("in_bearbeitung"),
      next: { key: "refusal.transitionsPossible", values: { allowed: quotedStatuses("rueckfrage", "abgeschlossen", "abgelehnt") } },
    },
  },
  {
    name: "a question to the applicant without a message",
    request: transition({ to: "rueckfrage" }),
    status: 422,
    code: "message_required",
    key: "refusal.messageRequired",
    values: { status: status("rueckfrage") },
  },
  {
    name: "a stale revision, naming who changed the case and its status",
    request: transition({ to: "rueckfrage", message: "Bitte reichen Sie den Nachweis nach.", revision: 1 }),
    status: 409,
    code: "conflict",
    key: "refusal.caseChangedBy",
    values: (facts) => ({ name: facts.clientName, status: status("in_bearbeitung"), revision: facts.revision }),
  },
  {
    name: "an offering naming municipalities of other districts",
    request: (fixtures) => ({
      path: "/services/hundesteuer-anmeldung/offering",
      method: "PUT",
      headers: { ...json, Authorization: `Bearer ${fixtures.editor}` },
      body: JSON.stringify({ municipalities: ["16051000", "16068042", "16055000"] }),
    }),
    status: 422,
    code: "municipality_not_in_county",
    key: "refusal.municipalitiesNotInCounty",
    values: (facts) => ({ county: facts.countyName, given: { list: ["16051000", "16055000"] }, more: "" }),
  },
  {
    name: "a form definition holding U+0000",
    request: (fixtures) => ({
      path: "/services",
      method: "POST",
      headers: { ...json, Authorization: `Bearer ${fixtures.editor}` },
      body: '{"id":"hund\\u0000steuer"}',
    }),
    status: 422,
    code: "unstorable_text",
    key: "refusal.unstorableText",
  },
  // Answers of the HTTP server in front of Remix.
  {
    name: "a method the address does not take",
    request: () => ({ path: "/municipalities", method: "DELETE" }),
    status: 405,
    code: "method_not_allowed",
    key: "edge.methodNotAllowed",
    values: { method: "DELETE", allowed: { list: ["GET", "HEAD", "OPTIONS"] } },
  },
  {
    name: "a post to an address no route serves",
    request: () => ({ path: "/gibt-es-nicht", method: "POST", headers: json, body: "{}" }),
    status: 404,
    code: "not_found",
    key: "api.endpointUnknown",
  },
  {
    name: "the data parameter of old Remix",
    request: () => ({ path: "/municipalities?_data=routes/api.v1.municipalities" }),
    status: 400,
    code: "bad_request",
    key: "edge.dataParameter",
  },
  {
    name: "a null character in the address",
    request: () => ({ path: "/municipalities?q=a%00b" }),
    status: 400,
    code: "bad_request",
    key: "edge.nulInAddress",
  },
  {
    name: "an undecodable percent-encoding",
    request: () => ({ path: "/municipalities/%E0%A4%A" }),
    status: 400,
    code: "bad_request",
    key: "edge.invalidPercentEncoding",
  },
];

/** Accept-Language values and the language the API answers in. */
const ACCEPT: Array<[string | null, Lang]> = [
  [null, "de"],
  ["en", "en"],
  ["en-GB,en;q=0.9,de;q=0.8", "en"],
  ["de-DE,de;q=0.9,en;q=0.8", "de"],
  ["fr-FR, en;q=0.5", "en"],
  ["fr", "de"],
];

describe.each(databaseKinds())("API error messages by Accept-Language on %s", (kind) => {
  let staff: StaffServer<ContractFixtures>;
  let base: string;
  let facts: Facts;

  beforeAll(async () => {
    // 1.5 MB: the limit in the 413's sentence has a decimal, written as each language writes it.
    staff = await startContractServer(kind, { BODY_LIMIT_BYTES: String(1_572_864) });
    base = staff.server.baseUrl;
    const first = await fetch(`${base}/api/v1/submissions`, {
      method: "POST",
      headers: json,
      body: submission({ idempotencyKey: IDEMPOTENCY_KEY }),
    });
    expect(first.status).toBe(201);
    const started = await fetch(`${base}/api/v1/cases/${staff.fixtures.caseNumbers[1]}/transitions`, {
      method: "POST",
      headers: { ...json, Authorization: `Bearer ${staff.fixtures.clerk}` },
      body: JSON.stringify({ to: "in_bearbeitung" }),
    });
    expect(started.status).toBe(200);
    const offering = await fetch(`${base}/api/v1/services/hundesteuer-anmeldung/offering`, {
      headers: { Authorization: `Bearer ${staff.fixtures.editor}` },
    });
    facts = {
      revision: ((await started.json()) as { revision: number }).revision,
      countyName: ((await offering.json()) as { county: { name: string } }).county.name,
      clientName: CLERK_CLIENT_NAME,
    };
  }, 180_000);
  afterAll(async () => {
    await staff?.stop();
  });

  async function refusal(row: Row, acceptLanguage: string | null): Promise<{ status: number; body: Refusal }> {
    const { path, method, headers, body } = row.request(staff.fixtures);
    const response = await fetch(`${base}/api/v1${path}`, {
      method: method ?? "GET",
      headers: { ...headers, ...(acceptLanguage === null ? {} : { "Accept-Language": acceptLanguage }) },
      // The editorial API reads the definition as bytes: "\u00ff" goes as the single byte 0xFF.
      body: body === "\u00ff" ? new Uint8Array([0xff]) : body,
    });
    return { status: response.status, body: (await response.json()) as Refusal };
  }

  describe.each(ACCEPT)("Accept-Language: %s", (acceptLanguage, lang) => {
    it.each(ROWS.map((row) => [row.name, row] as const))("%s", async (_name, row) => {
      const { status, body } = await refusal(row, acceptLanguage);
      expect(status).toBe(row.status);
      expect(body.error.code).toBe(row.code);
      const values = typeof row.values === "function" ? row.values(facts) : row.values;
      expect(body.error.message).toBe(translate(lang, row.key, values));
      // No key, placeholder or unworded value leaks into the sentence.
      expect(body.error.message).not.toMatch(/\b(api|refusal|edge|error|caseStatus)\.[a-z]|\{\w+\}|\[object Object\]/);
    });
  });

  it("answers a body over the limit in front of Remix in the request's language, with the size in its number format", async () => {
    // The declared length alone is refused: no need to send the megabyte.
    const send = (acceptLanguage: string) =>
      new Promise<{ status: number; body: Refusal }>((resolve, reject) => {
        const url = new URL(`${base}/api/v1/submissions`);
        const req = httpRequest(url, {
          method: "POST",
          headers: { ...json, "Content-Length": String(1_572_864 + 1), "Accept-Language": acceptLanguage },
        });
        req.on("response", (response) => {
          let text = "";
          response.on("data", (chunk) => (text += chunk));
          response.on("end", () => resolve({ status: response.statusCode ?? 0, body: JSON.parse(text) as Refusal }));
        });
        req.on("error", reject);
        req.write("{");
      });
    const [english, german] = [await send("en"), await send("de")];
    expect([english.status, german.status]).toEqual([413, 413]);
    expect([english.body.error.code, german.body.error.code]).toEqual(["payload_too_large", "payload_too_large"]);
    expect(english.body.error.message).toBe("The request is too large. At most 1.5 MB are allowed.");
    expect(german.body.error.message).toBe("Die Anfrage ist zu groß. Erlaubt sind höchstens 1,5 MB.");
  });

  it("answers a body against the document in English with Ajv's English texts, in German with German ones", async () => {
    const send = (acceptLanguage: string) =>
      fetch(`${base}/api/v1/submissions`, {
        method: "POST",
        headers: { ...json, "Accept-Language": acceptLanguage },
        body: JSON.stringify({ service: 1 }),
      }).then(async (response) => ({ status: response.status, body: (await response.json()) as Refusal }));
    const english = await send("en");
    const german = await send("de");
    expect([english.status, german.status]).toEqual([422, 422]);
    expect(english.body.error.code).toBe("invalid_request");
    expect(german.body.error.code).toBe("invalid_request");
    expect(english.body.error.message).toMatch(/^The content does not match the API description \(\/api\/v1\/openapi\.json\): /);
    expect(german.body.error.message).toMatch(/^Der Inhalt passt nicht zur Schnittstellenbeschreibung \(\/api\/v1\/openapi\.json\): /);
    expect(english.body.errors?.map((problem) => problem.pointer)).toEqual(german.body.errors?.map((problem) => problem.pointer));
    expect(english.body.errors?.some((problem) => problem.message.startsWith("must "))).toBe(true);
    expect(german.body.errors?.some((problem) => problem.message.startsWith("muss "))).toBe(true);
  });
});
