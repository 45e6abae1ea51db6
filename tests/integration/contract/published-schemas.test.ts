/**
 * A client validates before it submits: a fresh Ajv (JSON Schema 2020-12 with the standard
 * formats) that knows nothing but what the portal serves loads the published dataSchema of every
 * service, and the bundled schema of every version, and tells a valid payload from an invalid one.
 */
import { readdirSync } from "node:fs";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databaseKinds } from "../../support/databases";
import { payloadFixture, withInlineFiles } from "../../support/payloads";
import type { StaffServer } from "../../support/case-fixtures";
import { apiCall } from "../publishing/http-client";
import { eventAnswers, fixtureText, SERVICE as COUNTY_SERVICE } from "../publishing/support";
import { startContractServer, type ContractFixtures } from "./support";

/** The portal's public name, as behind a proxy: `$id`s carry it, the test maps it to the test server. */
const PUBLIC_URL = "https://portal.example";
const SCHEMAS = `${PUBLIC_URL}/api/v1/schemas/`;
const builtIns = readdirSync("forms").map((file) => file.replace(/\.json$/, ""));

type Json = Record<string, unknown>;

/** A valid payload made invalid in a shared part: the first person name loses its surname. */
function withoutSurname(data: Json): { data: Json; pointer: string } | null {
  const visit = (value: unknown, pointer: string): string | null => {
    if (Array.isArray(value)) {
      for (const [index, item] of value.entries()) {
        const found = visit(item, `${pointer}/${index}`);
        if (found !== null) return found;
      }
    } else if (value && typeof value === "object") {
      const object = value as Json;
      if (typeof object.vorname === "string" && typeof object.nachname === "string") {
        delete object.nachname;
        return pointer;
      }
      for (const [key, child] of Object.entries(object)) {
        const found = visit(child, `${pointer}/${key}`);
        if (found !== null) return found;
      }
    }
    return null;
  };
  const copy = structuredClone(data);
  const pointer = visit(copy, "");
  return pointer === null ? null : { data: copy, pointer };
}

describe.each(databaseKinds())("published data schemas on %s", (kind) => {
  let staff: StaffServer<ContractFixtures>;
  let base: string;
  const fetched: string[] = [];

  /** Every schema the validator asks for comes from the portal, by the URL in its `$id`. */
  const loadFromPortal = async (uri: string): Promise<object> => {
    if (!uri.startsWith(SCHEMAS)) throw new Error(`not a schema of the portal: ${uri}`);
    fetched.push(uri.slice(SCHEMAS.length));
    const response = await fetch(`${base}${new URL(uri).pathname}`);
    if (response.status !== 200) throw new Error(`${uri}: ${response.status}`);
    expect(response.headers.get("content-type")).toMatch(/^application\/schema\+json/);
    const schema = (await response.json()) as Json;
    expect(schema.$id).toBe(uri);
    return schema;
  };
  const freshAjv = (options: { loadSchema?: (uri: string) => Promise<object> } = {}) => {
    const ajv = new Ajv2020({ allErrors: true, ...options });
    addFormats(ajv);
    return ajv;
  };

  beforeAll(async () => {
    staff = await startContractServer(kind, { PUBLIC_URL });
    base = staff.server.baseUrl;
    // A county's own service, published over the editor API, belongs to "every service" too.
    expect((await apiCall(base, staff.fixtures.editor, "/services", { method: "POST", body: fixtureText(1) })).status).toBe(201);
    expect((await apiCall(base, staff.fixtures.editor, `/services/${COUNTY_SERVICE}/versions/1/publish`, { method: "POST" })).status).toBe(
      200,
    );
  }, 180_000);
  afterAll(async () => {
    await staff?.stop();
  });

  const services = () => [
    ...builtIns.map((id) => ({ id, valid: payloadFixture(id).valid[0] })),
    { id: COUNTY_SERVICE, valid: eventAnswers(1) },
  ];

  it("serves every shared part with an absolute $id, and 404 for unknown names and drafts", async () => {
    const document = (await (await fetch(`${base}/api/v1/openapi.json`)).json()) as {
      paths: Record<string, { get: { parameters: Array<{ schema: { anyOf: Array<{ enum?: string[] }> } }> } }>;
    };
    const parts = document.paths["/schemas/{name}"].get.parameters[0].schema.anyOf[0].enum ?? [];
    expect(parts).toEqual(
      expect.arrayContaining([
        "person-name.schema.json",
        "address.schema.json",
        "contact.schema.json",
        "attachment.schema.json",
        "iban.schema.json",
        "bank-account.schema.json",
        "date-of-birth.schema.json",
      ]),
    );
    for (const part of parts) await loadFromPortal(`${SCHEMAS}${part}`);
    for (const missing of ["unbekannt.schema.json", "hundesteuer-anmeldung.v99.data.schema.json", "../../openapi.json"]) {
      const response = await fetch(`${base}/api/v1/schemas/${encodeURIComponent(missing)}`);
      expect(response.status, missing).toBe(404);
      expect(((await response.json()) as { error: { code: string } }).error.code).toBe("not_found");
    }
    // The next version of the county's service, still a draft, has no published schema.
    const draft = JSON.stringify({ ...JSON.parse(fixtureText(2)), version: 2 });
    expect((await apiCall(base, staff.fixtures.editor, "/services", { method: "POST", body: draft })).status).toBe(201);
    expect((await fetch(`${base}/api/v1/schemas/${COUNTY_SERVICE}.v2.data.schema.json`)).status).toBe(404);
  });

  it("loads each published dataSchema, resolving its $refs from the portal alone, and validates a valid and an invalid payload", async () => {
    for (const { id, valid } of services()) {
      const definition = (await (await fetch(`${base}/api/v1/services/${id}`)).json()) as { version: number; dataSchema: Json };
      expect(definition.dataSchema.$id, id).toBe(`${SCHEMAS}${id}.v${definition.version}.data.schema.json`);
      fetched.length = 0;
      const validate = await freshAjv({ loadSchema: loadFromPortal }).compileAsync(definition.dataSchema);
      expect(fetched, id).toContain("person-name.schema.json");
      expect(validate(valid), `${id}: ${JSON.stringify(validate.errors)}`).toBe(true);
      const broken = withoutSurname(valid);
      expect(broken, id).not.toBeNull();
      expect(validate(broken!.data), id).toBe(false);
      expect(validate.errors, id).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ instancePath: broken!.pointer, keyword: "required", params: { missingProperty: "nachname" } }),
        ]),
      );
    }
  });

  it("serves each published version's data schema bundled: one document, no further fetch", async () => {
    for (const { id, valid } of services()) {
      const { version } = (await (await fetch(`${base}/api/v1/services/${id}`)).json()) as { version: number };
      const bundle = (await loadFromPortal(`${SCHEMAS}${id}.v${version}.data.schema.json`)) as Json;
      const validate = freshAjv().compile(bundle);
      expect(validate(valid), `${id}: ${JSON.stringify(validate.errors)}`).toBe(true);
      expect(validate(withoutSurname(valid)!.data), id).toBe(false);
      // The bundle is what the portal enforces, with its default limits: an unknown answer is refused.
      expect(validate({ ...valid, unbekannteAngabe: "x" }), id).toBe(false);
    }
  });

  it("agrees with the portal: a payload the published schema refuses is refused with the same pointer on submission", async () => {
    const broken = withoutSurname(payloadFixture("hundesteuer-anmeldung").valid[0])!;
    const { data, attachments } = withInlineFiles(broken.data);
    const response = await fetch(`${base}/api/v1/submissions`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        service: "hundesteuer-anmeldung",
        municipality: "16068042",
        data,
        attachments,
        idempotencyKey: crypto.randomUUID(),
      }),
    });
    expect(response.status).toBe(422);
    const body = (await response.json()) as { errors: Array<{ pointer: string }> };
    expect(body.errors.map((e) => e.pointer)).toContain(`${broken.pointer}/nachname`);
  });
});
