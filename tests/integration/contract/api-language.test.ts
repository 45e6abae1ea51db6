/**
 * The API's error messages come from the text catalogue: German by default, English when the
 * request's Accept-Language prefers it; the error code is the same in both. Every row is a real
 * refusal of the running portal, compared with the catalogue's text for that language.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { translate, type Lang, type MessageKey } from "~/lib/i18n/translate";
import type { StaffServer } from "../../support/case-fixtures";
import { databaseKinds } from "../../support/databases";
import { payloadFixture, withInlineFiles } from "../../support/payloads";
import { startContractServer, type ContractFixtures } from "./support";

type Refusal = { error: { code: string; message: string }; errors?: Array<{ pointer: string; message: string }> };
type Row = {
  name: string;
  request: (fixtures: ContractFixtures) => { path: string; method?: string; headers?: Record<string, string>; body?: string };
  status: number;
  code: string;
  key: MessageKey;
  values?: Record<string, string | number>;
};

const json = { "Content-Type": "application/json" };

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

  beforeAll(async () => {
    staff = await startContractServer(kind);
    base = staff.server.baseUrl;
    const first = await fetch(`${base}/api/v1/submissions`, {
      method: "POST",
      headers: json,
      body: submission({ idempotencyKey: IDEMPOTENCY_KEY }),
    });
    expect(first.status).toBe(201);
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
      expect(body.error.message).toBe(translate(lang, row.key, row.values));
    });
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
