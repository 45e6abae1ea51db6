/**
 * Property-based contract test: requests generated from the OpenAPI document for every operation
 * and every identity (anonymous, a case API key, an editor key). No answer may be a 5xx, carry a
 * status the operation does not document, or have a body that contradicts the documented schema.
 */
import { readdirSync } from "node:fs";
import { METHODS, request as httpRequest } from "node:http";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { StaffServer } from "../../support/case-fixtures";
import { databaseKinds } from "../../support/databases";
import { anyText, fittingValue, probingValue } from "./schema-arbitrary";
import { startContractServer, type ContractFixtures } from "./support";

type Parameter = { name: string; in: "path" | "query" | "header"; required?: boolean; schema: Record<string, unknown> };
type Operation = {
  operationId: string;
  parameters?: Parameter[];
  security?: Array<Record<string, unknown>>;
  requestBody?: { content: Record<string, { schema: Record<string, unknown> }> };
  responses: Record<string, { content?: Record<string, { schema: Record<string, unknown> }> }>;
};
type OpenApi = { paths: Record<string, Record<string, Operation>> };
type GeneratedRequest = { path: string; query: Record<string, string>; body?: string; accessCode?: string };

const RUNS_PER_OPERATION_AND_IDENTITY = 60;
const DOCUMENT_ID = "urn:buergerportal:openapi";
const builtIns = readdirSync("forms").map((file) => file.replace(/\.json$/, ""));
/** A path segment percent-encoded byte by byte (lone surrogates become U+FFFD, as in any UTF-8 client). */
const encodeSegment = (value: string) =>
  [...Buffer.from(value, "utf8")]
    .map((byte) =>
      /[A-Za-z0-9\-_.~]/.test(String.fromCharCode(byte))
        ? String.fromCharCode(byte)
        : `%${byte.toString(16).toUpperCase().padStart(2, "0")}`,
    )
    .join("");
const escapeSegment = (segment: string) => segment.replace(/~/g, "~0").replace(/\//g, "~1");

describe.each(databaseKinds())("requests generated from the OpenAPI document on %s", (kind) => {
  let staff: StaffServer<ContractFixtures>;
  let document: OpenApi;
  let ajv: Ajv2020;
  let requests = 0;

  beforeAll(async () => {
    staff = await startContractServer(kind);
    document = (await (await fetch(`${staff.server.baseUrl}/api/v1/openapi.json`)).json()) as OpenApi;
    ajv = new Ajv2020({ allErrors: true, strict: false });
    addFormats(ajv);
    ajv.addSchema({ ...document, $id: DOCUMENT_ID });
  }, 180_000);
  afterAll(async () => {
    await staff?.stop();
  });

  /** Values the portal knows, so generated requests also reach the paths behind the 404s. */
  const known = (name: string): unknown[] =>
    ({
      caseNumber: [...staff.fixtures.caseNumbers, "VGKOE-2026-000001"],
      id: [...builtIns, "veranstaltung-anzeige"],
      ags: ["16068042", "16068025", "16062005"],
      version: [1, 2],
      name: ["person-name.schema.json", "bank-account.schema.json", "hundesteuer-anmeldung.v1.data.schema.json"],
    })[name] ?? [];

  const parameterValue = (parameter: Parameter) => {
    const choices = [fittingValue(parameter.schema, document), anyText()];
    const knownValues = known(parameter.name);
    if (knownValues.length > 0) choices.unshift(fc.constantFrom(...knownValues));
    // A path segment "." or ".." would be resolved away by the client before it is sent.
    return fc
      .oneof(...choices)
      .map(String)
      .filter((value) => parameter.in !== "path" || (value !== "" && value !== "." && value !== ".."));
  };

  function requestArbitrary(path: string, operation: Operation): fc.Arbitrary<GeneratedRequest> {
    const parameters = operation.parameters ?? [];
    const pathParameters = Object.fromEntries(parameters.filter((p) => p.in === "path").map((p) => [p.name, parameterValue(p)]));
    const queryParameters = Object.fromEntries(parameters.filter((p) => p.in === "query").map((p) => [p.name, parameterValue(p)]));
    const schema = operation.requestBody?.content["application/json"]?.schema;
    const needsAccessCode = operation.security?.some((requirement) => "accessCode" in requirement) ?? false;
    return fc
      .record(
        {
          pathValues: fc.record(pathParameters),
          query: fc.record(queryParameters, { requiredKeys: [] }),
          body: schema ? probingValue(schema, document).map((value) => JSON.stringify(value) ?? "null") : fc.constant(undefined),
          accessCode: needsAccessCode
            ? fc.oneof(fc.constant(undefined), fc.stringMatching(/^[A-Z2-9]{4}(-[A-Z2-9]{4}){3}$/), anyText(20))
            : fc.constant(undefined),
        },
        { requiredKeys: ["pathValues", "query", "body", "accessCode"] },
      )
      .map(({ pathValues, query, body, accessCode }) => ({
        path: path.replace(/\{(\w+)\}/g, (_, name: string) => encodeSegment(pathValues[name] as string)),
        query: query as Record<string, string>,
        body,
        accessCode,
      }));
  }

  const identities = () => [
    { name: "anonymous", token: null },
    { name: "case API key", token: staff.fixtures.clerk },
    { name: "editor key", token: staff.fixtures.editor },
  ];

  async function send(
    method: string,
    request: GeneratedRequest,
    token: string | null,
  ): Promise<{ status: number; contentType: string; text: string }> {
    const url = new URL(`${staff.server.baseUrl}/api/v1${request.path}`);
    for (const [name, value] of Object.entries(request.query)) url.searchParams.set(name, value);
    const headers: Record<string, string> = {};
    if (token) headers.Authorization = `Bearer ${token}`;
    if (request.body !== undefined) headers["Content-Type"] = "application/json";
    // Header values must be ISO-8859-1; anything else the client would refuse to send.
    if (request.accessCode !== undefined && /^[\x20-\x7e]*$/.test(request.accessCode)) headers["X-Access-Code"] = request.accessCode;
    const response = await fetch(url, { method: method.toUpperCase(), headers, body: request.body, redirect: "manual" });
    requests++;
    return { status: response.status, contentType: response.headers.get("content-type") ?? "", text: await response.text() };
  }

  /** What contradicts the document in one answer, or null. */
  function contradiction(
    path: string,
    method: string,
    operation: Operation,
    answer: { status: number; contentType: string; text: string },
  ): string | null {
    if (answer.status >= 500) return `${answer.status}: ${answer.text.slice(0, 300)}`;
    const documented = operation.responses[String(answer.status)];
    if (!documented) return `undocumented status ${answer.status}: ${answer.text.slice(0, 300)}`;
    const mediaTypes = Object.keys(documented.content ?? {});
    const mediaType = mediaTypes.find((type) => answer.contentType.startsWith(type));
    if (mediaTypes.length > 0 && !mediaType) return `content type ${answer.contentType}, documented: ${mediaTypes.join(", ")}`;
    if (!mediaType || !/json/.test(mediaType)) return null;
    const pointer = `#/paths/${escapeSegment(path)}/${method}/responses/${answer.status}/content/${escapeSegment(mediaType)}/schema`;
    const validate = ajv.getSchema(`${DOCUMENT_ID}${pointer}`) ?? ajv.compile({ $ref: `${DOCUMENT_ID}${pointer}` });
    const body: unknown = JSON.parse(answer.text);
    return validate(body)
      ? null
      : `body of ${answer.status} contradicts the document: ${ajv.errorsText(validate.errors)} — ${answer.text.slice(0, 300)}`;
  }

  it("finds no 5xx, no undocumented status and no body that contradicts the document, for every operation and identity", async () => {
    const started = performance.now();
    const operations = Object.entries(document.paths).flatMap(([path, item]) =>
      Object.entries(item).map(([method, operation]) => ({ path, method, operation })),
    );
    expect(operations.length).toBeGreaterThanOrEqual(15);
    const failures: string[] = [];
    for (const { path, method, operation } of operations) {
      for (const identity of identities()) {
        // Each operation and identity is its own property: one failure does not hide another.
        await fc
          .assert(
            fc.asyncProperty(requestArbitrary(path, operation), async (request) => {
              const answer = await send(method, request, identity.token);
              const problem = contradiction(path, method, operation, answer);
              if (problem)
                throw new Error(
                  `${method.toUpperCase()} ${request.path}?${new URLSearchParams(request.query)} as ${identity.name} (${operation.operationId}): ${problem}`,
                );
            }),
            { numRuns: RUNS_PER_OPERATION_AND_IDENTITY, endOnFailure: true },
          )
          .catch((error: Error) => failures.push(String(error.cause ?? error.message).split("\n")[0]));
      }
    }
    expect(failures).toEqual([]);
    console.info(
      `contract fuzz on ${kind}: ${requests} requests over ${operations.length} operations in ${Math.round(performance.now() - started)} ms`,
    );
  }, 600_000);

  /** Any method, also those fetch refuses to send (TRACE), over a plain HTTP client. */
  function sendMethod(method: string, path: string): Promise<{ status: number; allow: string | null; contentType: string; text: string }> {
    return new Promise((resolve, reject) => {
      const request = httpRequest(
        `${staff.server.baseUrl}/api/v1${path}`,
        { method, headers: { Authorization: `Bearer ${staff.fixtures.editor}` } },
        (response) => {
          let text = "";
          response.setEncoding("utf8");
          response.on("data", (chunk: string) => (text += chunk));
          response.on("end", () =>
            resolve({
              status: response.statusCode ?? 0,
              allow: (response.headers.allow as string | undefined) ?? null,
              contentType: response.headers["content-type"] ?? "",
              text,
            }),
          );
        },
      );
      request.on("error", reject);
      request.end();
    });
  }

  it("answers every method a path does not document with 405, an Allow header naming the documented ones and the error format", async () => {
    const validateError = ajv.compile({ $ref: `${DOCUMENT_ID}#/components/schemas/Error` });
    const failures: string[] = [];
    for (const [path, item] of Object.entries(document.paths)) {
      const documented = Object.keys(item).map((method) => method.toUpperCase());
      const concrete = path.replace(/\{(\w+)\}/g, (_, name: string) => encodeSegment(String(known(name)[0] ?? "x")));
      // Every method Node's parser knows (an unknown token is a 400 before any route); CONNECT opens a tunnel.
      const method = fc.constantFrom(
        ...METHODS.filter((candidate) => !documented.includes(candidate) && !["HEAD", "OPTIONS", "CONNECT"].includes(candidate)),
      );
      await fc
        .assert(
          fc.asyncProperty(method, async (candidate) => {
            const answer = await sendMethod(candidate, concrete);
            const allowed = (answer.allow ?? "").split(/,\s*/).filter(Boolean);
            const problem =
              answer.status !== 405
                ? `status ${answer.status}`
                : !documented.every((m) => allowed.includes(m)) || !allowed.every((m) => [...documented, "HEAD", "OPTIONS"].includes(m))
                  ? `Allow: ${answer.allow}, documented: ${documented.join(", ")}`
                  : !answer.contentType.startsWith("application/json") || !validateError(JSON.parse(answer.text))
                    ? `body ${answer.contentType}: ${answer.text.slice(0, 200)}`
                    : null;
            if (problem) throw new Error(`${candidate} ${concrete}: ${problem}`);
          }),
          { numRuns: 15, endOnFailure: true },
        )
        .catch((error: Error) => failures.push(String(error.cause ?? error.message).split("\n")[0]));
    }
    expect(failures).toEqual([]);
  }, 300_000);
});
