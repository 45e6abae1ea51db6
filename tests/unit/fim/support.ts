/**
 * Test support for the FIM import: the real schemas in ../shared/fim (beside the repository,
 * never copied into it), the import of each, and a generator of valid answers from a dataSchema.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import Ajv2020, { type ValidateFunction } from "ajv/dist/2020.js";
import fc from "fast-check";
import { importFim, type FimFile } from "../../../app/server/fim/import-fim";
import { readSchema } from "../../../app/server/fim/read-schema";
import { schemaToDefinition } from "../../../app/server/fim/to-definition";
import { readCodeList } from "../../../app/server/fim/genericode";
import type { FormValues, JsonSchema } from "../../../app/engine/types";

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../../..");
export const FIM_DIR = resolve(repoRoot, "../shared/fim");

export interface FimCase {
  name: string;
  schema: FimFile;
  codeLists: FimFile[];
}

const file = (path: string): FimFile => ({ name: basename(path), bytes: new Uint8Array(readFileSync(path)) });

/** Every schema in ../shared/fim; a folder holds one schema and its genericode lists (C…_genericode.xml). */
export function fimCases(): FimCase[] {
  const cases: FimCase[] = [];
  const walk = (dir: string) => {
    const entries = readdirSync(dir).sort();
    const xml = entries.filter((e) => e.endsWith(".xml") && statSync(join(dir, e)).isFile());
    const lists = xml.filter((e) => /genericode/i.test(e));
    for (const schema of xml.filter((e) => !lists.includes(e))) {
      cases.push({ name: schema, schema: file(join(dir, schema)), codeLists: lists.map((l) => file(join(dir, l))) });
    }
    for (const sub of entries.filter((e) => statSync(join(dir, e)).isDirectory())) walk(join(dir, sub));
  };
  walk(FIM_DIR);
  return cases;
}

export function importCase(c: FimCase) {
  return importFim(c.schema, c.codeLists);
}

/** The import with its data tree, for checks against the FIM structure. */
export function importWithTree(c: FimCase) {
  const lists = new Map(c.codeLists.map((l) => readCodeList(l.bytes, l.name)).map((l) => [l.uri, l]));
  const schema = readSchema(c.schema.bytes, c.schema.name);
  return { schema, ...schemaToDefinition(schema, lists, {}) };
}

/** The schema at a data path (array items are stepped through). */
export function schemaAt(root: JsonSchema, path: readonly string[]): JsonSchema {
  let schema = root;
  for (const key of path) {
    if (schema.type === "array") schema = schema.items as JsonSchema;
    schema = (schema.properties as Record<string, JsonSchema>)[key]!;
  }
  return schema;
}

const ajv = new Ajv2020({ strict: false, allErrors: false, validateFormats: false });
const compiled = new Map<string, ValidateFunction>();
export function holds(schema: JsonSchema, data: unknown): boolean {
  const key = JSON.stringify(schema);
  let validate = compiled.get(key);
  if (!validate) compiled.set(key, (validate = ajv.compile(schema)));
  return validate(data) as boolean;
}

export const ATTACHMENT = {
  id: "3f2b8c1e-9d4a-4e6b-8f0a-1c2d3e4f5a6b",
  name: "nachweis.pdf",
  mediaType: "application/pdf",
  size: 2048,
  sha256: "a".repeat(64),
};

function text(schema: JsonSchema, seed: number): string {
  if (typeof schema.pattern === "string") {
    const regex = new RegExp(schema.pattern, "u");
    const min = (schema.minLength as number | undefined) ?? 0;
    const max = (schema.maxLength as number | undefined) ?? 1000;
    const candidates = fc.sample(fc.stringMatching(regex), { seed, numRuns: 200 });
    const fitting = candidates.find((s) => s.length >= min && s.length <= max && s.trim() === s && s !== "");
    if (!fitting) throw new Error(`no sample for pattern ${schema.pattern}`);
    return fitting;
  }
  if (schema.format === "date") return "2021-05-17";
  if (schema.format === "email") return "antrag@example.org";
  const min = Math.max((schema.minLength as number | undefined) ?? 1, 1);
  const max = (schema.maxLength as number | undefined) ?? 1000;
  return "Angabe".padEnd(min, "x").slice(0, Math.max(min, Math.min(max, 6)));
}

function number(schema: JsonSchema): number {
  const min = (schema.minimum as number | undefined) ?? 1;
  const max = (schema.maximum as number | undefined) ?? min + 100;
  return Math.min(Math.max(min, 1), max);
}

/** A valid value for `schema`: every property answered, the first value of every list, conditions applied. */
export function generate(schema: JsonSchema, seed = 1): unknown {
  if (schema.$ref === "attachment.schema.json") return { ...ATTACHMENT };
  // The import refers to no other shared part (and the browser tests cannot load the JSON files).
  if (typeof schema.$ref === "string") throw new Error(`unexpected $ref ${schema.$ref}`);
  if (Array.isArray(schema.enum)) return schema.enum[0];
  if ("const" in schema) return schema.const;
  switch (schema.type) {
    case "string":
      return text(schema, seed);
    case "integer":
    case "number":
      return number(schema);
    case "boolean":
      return true;
    case "array": {
      const count = Math.max(1, (schema.minItems as number | undefined) ?? 0);
      return Array.from({ length: count }, (_, i) => generate(schema.items as JsonSchema, seed + i));
    }
    case "object": {
      const value: FormValues = {};
      for (const [key, child] of Object.entries((schema.properties as Record<string, JsonSchema>) ?? {}))
        value[key] = generate(child, seed);
      applyConditionals(schema, value, seed);
      return value;
    }
  }
  throw new Error(`cannot generate ${JSON.stringify(schema).slice(0, 100)}`);
}

/** `if/then/else` of an object (in allOf, nested in chunks): add what `then` requires, drop what it forbids. */
export function applyConditionals(schema: JsonSchema, value: FormValues, seed = 1) {
  const visit = (part: JsonSchema) => {
    for (const sub of (part.allOf as JsonSchema[] | undefined) ?? []) visit(sub);
    if (!part.if) return;
    const branch = (holds(part.if as JsonSchema, value) ? part.then : part.else) as JsonSchema | undefined;
    if (branch?.not) forbid(branch.not as JsonSchema, value);
    else if (branch) ensure(branch, value, schema);
  };
  visit(schema);
  void seed;
}

/** `{ required: [a], properties: { a: { required: [b] } } }` → answer value.a.b if it is missing. */
function ensure(required: JsonSchema, value: FormValues, schema: JsonSchema) {
  for (const key of (required.required as string[] | undefined) ?? []) {
    const property = (schema.properties as Record<string, JsonSchema>)[key]!;
    if (value[key] === undefined) value[key] = generate(property);
    const inner = (required.properties as Record<string, JsonSchema> | undefined)?.[key];
    if (inner && typeof value[key] === "object") ensure(inner, value[key] as FormValues, property);
  }
}

/** `{ not: { required: [a], properties: { a: { required: [b] } } } }` → delete value.a.b. */
function forbid(schema: JsonSchema, value: FormValues) {
  const [key] = (schema.required as string[] | undefined) ?? [];
  if (!key) return;
  const inner = (schema.properties as Record<string, JsonSchema> | undefined)?.[key];
  if (inner && value[key] && typeof value[key] === "object") forbid(inner, value[key] as FormValues);
  else delete value[key];
}
