/**
 * The JSON Schemas an API client needs to check data before it submits, as the portal serves
 * them under /api/v1/schemas/: every shared part (person-name.schema.json, …) and, per published
 * version, its data schema bundled with the parts it uses. Every document carries an absolute
 * `$id` under that folder, so the relative `$ref`s written in definitions resolve against the
 * portal with any standard JSON Schema 2020-12 validator.
 */
import { sharedSchemasById } from "../../engine/shared-schemas";
import { normalizeDataSchema, textareaPointers } from "../../engine/normalize-schema";
import type { FormDefinition, JsonSchema } from "../../engine/types";

export const SCHEMAS_PATH = "/api/v1/schemas/";
const DIALECT = "https://json-schema.org/draft/2020-12/schema";

export const schemaFolderUrl = (publicUrl: string) => `${publicUrl}${SCHEMAS_PATH}`;

export const bundleName = (serviceId: string, version: number) => `${serviceId}.v${version}.data.schema.json`;

/** The names under /api/v1/schemas/ of the shared parts. */
export const sharedPartNames = (): string[] => [...sharedSchemasById.keys()];

/** `<serviceId>.v<version>.data.schema.json` → its parts, or null. */
export function parseBundleName(name: string): { serviceId: string; version: number } | null {
  const match = /^([a-z][a-z0-9-]{2,62})\.v([1-9]\d{0,5})\.data\.schema\.json$/.exec(name);
  return match ? { serviceId: match[1], version: Number(match[2]) } : null;
}

/**
 * Formats only this portal defines, written in standard keywords for clients: a standard
 * validator refuses unknown formats. The portal checks more (the IBAN checksum, a birth date not
 * in the future) and names the pointer of any such problem when the data arrives.
 */
const PORTABLE_FORMATS: Record<string, JsonSchema> = {
  "date-of-birth": { format: "date" },
  iban: { pattern: "^[A-Z]{2}\\d{2}[A-Z0-9]{11,30}$" },
};

function portable(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(portable);
  if (!schema || typeof schema !== "object") return schema;
  const copy: JsonSchema = Object.fromEntries(Object.entries(schema).map(([key, value]) => [key, portable(value)]));
  const replacement = typeof copy.format === "string" ? PORTABLE_FORMATS[copy.format] : undefined;
  if (!replacement) return copy;
  const { format: _portalOnly, ...rest } = copy;
  return "pattern" in rest && "pattern" in replacement
    ? { ...rest, allOf: [...((rest.allOf as unknown[]) ?? []), replacement] }
    : { ...rest, ...replacement };
}

/** The names of the shared parts a schema refers to (directly; parts may refer to further parts). */
function referencedParts(schema: unknown, found = new Set<string>()): Set<string> {
  if (Array.isArray(schema)) schema.forEach((item) => referencedParts(item, found));
  else if (schema && typeof schema === "object") {
    for (const [key, value] of Object.entries(schema)) {
      if (key === "$ref" && typeof value === "string") {
        const name = value.split("#")[0];
        if (sharedSchemasById.has(name)) found.add(name);
      } else referencedParts(value, found);
    }
  }
  return found;
}

/** Every shared part a schema needs, following the parts' own references. */
export function partsNeededBy(schema: unknown): string[] {
  const needed = referencedParts(schema);
  for (const name of needed) referencedParts(sharedSchemasById.get(name), needed);
  return [...needed].sort();
}

/** A shared part as served at /api/v1/schemas/<name>, or null for an unknown name. */
export function sharedPartDocument(name: string, publicUrl: string): JsonSchema | null {
  const part = sharedSchemasById.get(name);
  if (!part) return null;
  return { ...(portable(part) as JsonSchema), $schema: DIALECT, $id: `${schemaFolderUrl(publicUrl)}${name}` };
}

/**
 * A version's dataSchema as the API publishes it inside the definition: unchanged, except for
 * an absolute `$id` that its relative references resolve against.
 */
export function publishedDataSchema(definition: FormDefinition, publicUrl: string): JsonSchema {
  const { $id: _own, $schema: _dialect, ...rest } = definition.dataSchema;
  return { $schema: DIALECT, $id: `${schemaFolderUrl(publicUrl)}${bundleName(definition.id, definition.version)}`, ...rest };
}

/**
 * The data schema the portal enforces for a version (with its default limits on text length,
 * list length and unknown properties), bundled with every shared part it uses under `$defs`:
 * one self-contained document.
 */
export function bundledDataSchema(definition: FormDefinition, publicUrl: string): JsonSchema {
  const enforced = normalizeDataSchema(definition.dataSchema, textareaPointers(definition));
  const { $id: _own, $schema: _dialect, ...rest } = portable(enforced) as JsonSchema;
  const parts = Object.fromEntries(partsNeededBy(enforced).map((name) => [name, sharedPartDocument(name, publicUrl)]));
  const ownDefs = (rest.$defs as JsonSchema | undefined) ?? {};
  return {
    $schema: DIALECT,
    $id: `${schemaFolderUrl(publicUrl)}${bundleName(definition.id, definition.version)}`,
    ...rest,
    $defs: { ...ownDefs, ...parts },
  };
}
