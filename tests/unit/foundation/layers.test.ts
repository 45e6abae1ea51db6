/**
 * The layer rules of eslint.config.js, tried on probe sources: each forbidden import is
 * reported, and the same import from a layer that may make it is not.
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
  ])("allows: %s", async (_case, filePath, source) => {
    expect(await layerErrors(filePath, source)).toEqual([]);
  });
});
