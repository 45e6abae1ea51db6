/**
 * Browser-safe validators: generates one self-contained ES module per form
 * version with Ajv's standalone code (no `new Function` at run time, so the
 * CSP needs no `unsafe-eval`), bundled by esbuild so it has no imports.
 *
 * The module exports `validateData`, `conditions` (step id → validator),
 * `fieldConditions` (field condition key → validator) and `formKey`; `createRuntime(definition, module)` turns it into a FormRuntime.
 * Build/server side only (uses esbuild and node:module).
 */
import { createRequire } from "node:module";
import { dirname } from "node:path";
import standaloneCode from "ajv/dist/standalone/index.js";
import { build } from "esbuild";
import { createAjv, FORMATS_BINDING } from "./ajv.server";
import { customFormats } from "./formats";
import { runtimeKey } from "./runtime";
import type { FormDefinition } from "./types";
import { validatorSchemas } from "./validator-schemas";

/**
 * Things a browser module must never contain: they would need `unsafe-eval`
 * or a module loader. (Ajv's runtime helpers carry their own source as a
 * string, `'require("ajv/dist/runtime/equal")'`; quoted text is no call.)
 */
const FORBIDDEN_IN_OUTPUT = [/\bnew Function\b/, /(?<![\w$.'"])eval\(/, /(?<![\w$.'"])require\(/, /(^|[;}])\s*import[\s{*("']/m];

/**
 * The custom format checks as source. They are written to be self-contained
 * (see formats.ts), so their text is valid on its own inside the module.
 */
function formatsPrelude(): string {
  const members = Object.entries(customFormats).map(([name, check]) => `${JSON.stringify(name)}: ${check.toString()}`);
  return `const ${FORMATS_BINDING} = {${members.join(",\n")}};\n`;
}

/** Directory from which the generated code's `ajv/dist/runtime/*` requires resolve. */
function ajvResolveDir(): string {
  return dirname(dirname(createRequire(import.meta.url).resolve("ajv/package.json")));
}

export async function generateValidatorModule(definition: FormDefinition): Promise<string> {
  const ajv = createAjv({ standalone: true });
  const schemas = validatorSchemas(definition);
  ajv.addSchema(schemas.data, "data");
  const exportsByName: Record<string, string> = { validateData: "data" };
  schemas.conditions.forEach(({ schema }, index) => {
    ajv.addSchema(schema, `condition-${index}`);
    exportsByName[`condition${index}`] = `condition-${index}`;
  });

  schemas.fieldConditions.forEach(({ schema }, index) => {
    ajv.addSchema(schema, `field-condition-${index}`);
    exportsByName[`fieldCondition${index}`] = `field-condition-${index}`;
  });

  const conditionMap = schemas.conditions.map(({ stepId }, index) => `${JSON.stringify(stepId)}: condition${index}`).join(", ");
  const fieldConditionMap = schemas.fieldConditions.map(({ key }, index) => `${JSON.stringify(key)}: fieldCondition${index}`).join(", ");
  const entry = [
    formatsPrelude(),
    standaloneCode(ajv, exportsByName),
    `export const conditions = {${conditionMap}};`,
    `export const fieldConditions = {${fieldConditionMap}};`,
    `export const formKey = ${JSON.stringify(runtimeKey(definition))};`,
  ].join("\n");

  const result = await build({
    stdin: { contents: entry, resolveDir: ajvResolveDir(), loader: "js", sourcefile: `${runtimeKey(definition)}.js` },
    bundle: true,
    format: "esm",
    platform: "browser",
    target: "es2020",
    minify: true,
    legalComments: "none",
    write: false,
    logLevel: "silent",
  });
  const code = result.outputFiles[0]?.text ?? "";
  for (const pattern of FORBIDDEN_IN_OUTPUT) {
    if (pattern.test(code)) throw new Error(`Generated validator module for ${runtimeKey(definition)} matches ${pattern}`);
  }
  return code;
}
