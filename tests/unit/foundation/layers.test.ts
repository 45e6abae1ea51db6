/**
 * The layer rules of eslint.config.js, tried on probe sources: each forbidden import is
 * reported, and the same import from a layer that may make it is not. Domain modules in
 * app/server never speak HTTP; the API and *.http.server.ts adapters do (ADR 025).
 */
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

const eslint = new ESLint({ cwd: process.cwd() });

async function layerErrors(filePath: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(source, { filePath });
  return result!.messages
    .filter((message) => /restricted|no-cycle/.test(message.ruleId ?? ""))
    .map((message) => `${message.ruleId}: ${message.message}`);
}

describe("layer rules", () => {
  it.each([
    ["the engine imports the server", "app/engine/probe.ts", 'import { db } from "~/server/db.server";\nexport const probe = db;\n'],
    [
      "the engine imports a component",
      "app/engine/probe.ts",
      'import { ErrorPage } from "~/components/error-page";\nexport const probe = ErrorPage;\n',
    ],
    ["a route imports the database handle", "app/routes/probe.ts", 'import { db } from "~/server/db.server";\nexport const probe = db;\n'],
    ["a route imports the schema", "app/routes/probe.ts", 'import { cases } from "../../db/schema";\nexport const probe = cases;\n'],
    ["app/lib imports the server", "app/lib/probe.ts", 'import { env } from "~/server/env.server";\nexport const probe = env;\n'],
    [
      "a domain module imports a component",
      "app/server/probe.server.ts",
      'import { ErrorPage } from "~/components/error-page";\nexport const probe = ErrorPage;\n',
    ],
    ["a component imports server code", "app/components/probe.tsx", 'import { db } from "~/server/db.server";\nexport const probe = db;\n'],
    [
      "a domain module imports Remix",
      "app/server/cases/probe.server.ts",
      'import { redirect } from "@remix-run/node";\nexport const probe = () => redirect("/");\n',
    ],
    [
      "a domain module imports a Remix type",
      "app/server/wizard/probe.ts",
      'import type { Params } from "@remix-run/react";\nexport type Probe = Params;\n',
    ],
    [
      "a domain module builds a response",
      "app/server/publishing/probe.server.ts",
      'export const probe = () => new Response("x", { status: 404 });\n',
    ],
    ["a domain module builds a JSON response", "app/server/staff/probe.server.ts", "export const probe = () => Response.json({});\n"],
    [
      "a domain module imports an HTTP adapter",
      "app/server/drafts/probe.server.ts",
      'import { requireWizard } from "~/server/wizard/wizard-context.http.server";\nexport const probe = requireWizard;\n',
    ],
    [
      "a domain module imports the API's responses",
      "app/server/submissions/probe.server.ts",
      'import { apiError } from "../api/responses.server";\nexport const probe = apiError;\n',
    ],
  ])("refuses: %s", async (_case, filePath, source) => {
    expect(await layerErrors(filePath, source)).not.toEqual([]);
  });

  it.each([
    [
      "a domain module imports the engine",
      "app/server/probe.server.ts",
      'import { parsePointer } from "~/engine/json-pointer";\nexport const probe = parsePointer;\n',
    ],
    [
      "a route imports a domain module",
      "app/routes/probe.ts",
      'import { databaseHealth } from "~/server/db.server";\nexport const probe = databaseHealth;\n',
    ],
    [
      "a component imports a loader's types",
      "app/components/probe.tsx",
      'import type { CaseView } from "~/server/cases/case-view.server";\nexport type Probe = CaseView;\n',
    ],
    [
      "a page adapter imports Remix and answers",
      "app/server/wizard/probe.http.server.ts",
      'import { redirect } from "@remix-run/node";\nexport const probe = () => (Math.random() ? redirect("/") : new Response("x"));\n',
    ],
    [
      "the JSON API builds a response",
      "app/server/api/probe.server.ts",
      'import { apiError } from "./responses.server";\nexport const probe = () => apiError(404, "not_found", "x");\n',
    ],
    [
      "a domain module returns a refusal",
      "app/server/cases/probe.server.ts",
      'import { refuse } from "~/server/outcome";\nexport const probe = () => refuse("not-found", "not_found", "x");\n',
    ],
  ])("allows: %s", async (_case, filePath, source) => {
    expect(await layerErrors(filePath, source)).toEqual([]);
  });
});
