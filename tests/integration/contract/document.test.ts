/**
 * The OpenAPI document as the portal serves it: Redocly's recommended rules find no error, and
 * document and routes describe the same API (every route documented, every documented operation
 * handled, every refusal in the one error format).
 */
import { execFile } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startServer, type RunningServer } from "../../support/server";

type Operation = {
  operationId: string;
  security?: unknown[];
  responses: Record<string, { content?: Record<string, { schema: { $ref?: string } }> }>;
};
type OpenApi = {
  info: { license?: { identifier?: string } };
  servers: Array<{ url: string; description?: string }>;
  paths: Record<string, Record<string, Operation>>;
};

const REDOCLY = "node_modules/@redocly/cli/bin/cli.js";
const HTTP_METHODS = ["get", "put", "post", "delete", "patch"];

/** `api.v1.cases.$caseNumber_.status.ts` → `/cases/{caseNumber}/status` (Remix flat-route names). */
function documentedPathOf(routeFile: string): string {
  const name = routeFile.replace(/^api\.v1\./, "").replace(/\.tsx?$/, "");
  return `/${name
    .replace(/\[\.(\w+)\]/g, "%$1")
    .split(".")
    .map((segment) =>
      segment
        .replace(/_$/, "")
        .replace(/^\$(\w+)$/, "{$1}")
        .replace(/%(\w+)$/, ".$1"),
    )
    .join("/")}`;
}

/**
 * The methods a route module answers with content: a declared `allowedMethods` list, or a
 * loader (GET) and an action (POST, or the one method it checks for) that do more than refuse.
 */
function handledMethods(source: string): string[] {
  const declared = /export const allowedMethods = \[([^\]]*)\]/.exec(source);
  if (declared)
    return [...declared[1].matchAll(/"(\w+)"/g)]
      .map((m) => m[1].toLowerCase())
      .filter((m) => HTTP_METHODS.includes(m))
      .sort();
  const methods: string[] = [];
  const refuses = (name: string) => new RegExp(`${name} = \\(\\) => methodNotAllowed`).test(source);
  if (/export (const|async function|function) loader\b/.test(source) && !refuses("loader")) methods.push("get");
  if (/export (const|async function|function) action\b/.test(source) && !refuses("action")) {
    methods.push(/if \(request\.method !== "(\w+)"\)/.exec(source)?.[1]?.toLowerCase() ?? "post");
  }
  return methods.sort();
}

describe("the OpenAPI document", () => {
  let server: RunningServer;
  let document: OpenApi;

  beforeAll(async () => {
    server = await startServer({ env: { PUBLIC_URL: "https://buergerportal.example" } });
    document = (await (await fetch(`${server.baseUrl}/api/v1/openapi.json`)).json()) as OpenApi;
  });
  afterAll(async () => {
    await server?.stop();
  });

  it("passes Redocly's recommended rules without an error", async () => {
    const dir = mkdtempSync(join(tmpdir(), "bp-openapi-"));
    try {
      const file = join(dir, "openapi.json");
      writeFileSync(file, JSON.stringify(document, null, 2));
      const report = join(dir, "report.json");
      // Redocly exits 1 when it finds errors; the report says which.
      const run = await promisify(execFile)(process.execPath, [REDOCLY, "lint", file, "--format=json", "--extends=recommended"], {
        env: { ...process.env, REDOCLY_TELEMETRY: "off", REDOCLY_SUPPRESS_UPDATE_NOTICE: "true", NO_COLOR: "1" },
        maxBuffer: 10 * 1024 * 1024,
      }).catch((error: { stdout: string }) => ({ stdout: error.stdout }));
      writeFileSync(report, run.stdout);
      const { problems, totals } = JSON.parse(readFileSync(report, "utf8")) as {
        problems: Array<{ ruleId: string; severity: string; message: string }>;
        totals: { errors: number };
      };
      expect(problems.filter((p) => p.severity === "error")).toEqual([]);
      expect(totals.errors).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);

  it("names its licence and describes its server", () => {
    expect(document.info.license?.identifier).toBe("EUPL-1.2");
    expect(document.servers).toEqual([{ url: "https://buergerportal.example/api/v1", description: expect.any(String) }]);
  });

  it("documents every API route with the methods it handles, and nothing else", async () => {
    const routes = readdirSync("app/routes").filter((file) => file.startsWith("api.v1.") && !file.startsWith("api.v1.openapi"));
    const fromRoutes = new Map<string, string[]>();
    for (const file of routes) {
      const source = readFileSync(join("app/routes", file), "utf8");
      fromRoutes.set(documentedPathOf(file), handledMethods(source));
    }
    const fromDocument = new Map(
      Object.entries(document.paths).map(([path, item]) => [
        path,
        Object.keys(item)
          .filter((m) => HTTP_METHODS.includes(m))
          .sort(),
      ]),
    );
    expect(Object.fromEntries(fromDocument)).toEqual(Object.fromEntries(fromRoutes));
  });

  it("declares security on every operation (an empty list where anyone may call it) and the one error format for every refusal", () => {
    for (const [path, item] of Object.entries(document.paths)) {
      for (const [method, operation] of Object.entries(item)) {
        expect(Array.isArray(operation.security), `${method} ${path}`).toBe(true);
        for (const [status, response] of Object.entries(operation.responses)) {
          if (Number(status) < 400) continue;
          const ref = response.content?.["application/json"]?.schema.$ref;
          expect(
            ["#/components/schemas/Error", "#/components/schemas/ValidationErrors", "#/components/schemas/DefinitionErrors"],
            `${method} ${path} ${status}`,
          ).toContain(ref);
        }
      }
    }
  });

  it("gives only examples that fit their own schema", () => {
    const ajv = new Ajv2020({ strict: false });
    addFormats(ajv);
    ajv.addSchema({ ...document, $id: "urn:buergerportal:openapi" });
    const examples: Array<{ at: string; schemaAt: string; example: unknown }> = [];
    const walk = (node: unknown, at: string) => {
      if (!node || typeof node !== "object") return;
      const object = node as Record<string, unknown>;
      // Parameters and media types carry `example` beside `schema`; schemas carry it inside.
      if ("example" in object && "schema" in object) examples.push({ at, schemaAt: `${at}/schema`, example: object.example });
      else if ("example" in object && ("type" in object || "$ref" in object)) examples.push({ at, schemaAt: at, example: object.example });
      for (const [key, child] of Object.entries(object)) walk(child, `${at}/${key.replace(/~/g, "~0").replace(/\//g, "~1")}`);
    };
    walk(document, "#");
    expect(examples.length).toBeGreaterThanOrEqual(5);
    for (const { at, schemaAt, example } of examples) {
      const validate = ajv.compile({ $ref: `urn:buergerportal:openapi${schemaAt}` });
      expect(validate(example), `${at}: ${ajv.errorsText(validate.errors)}`).toBe(true);
    }
  });

  it("answers a documented path that no operation has with the error format, never a bare 404", async () => {
    const response = await fetch(`${server.baseUrl}/api/v1/gibt-es-nicht`);
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ error: { code: "not_found", message: expect.any(String) } });
  });
});
