/**
 * Finds the subschemas of a dataSchema that describe the value at a data
 * pointer, following `properties`, `items`, `$ref` (local and shared parts)
 * and the in-place applicators. The engine uses it to learn a field's type,
 * format and enum without Ajv, so it works in the browser too.
 */
import { parsePointer } from "./json-pointer";
import type { JsonSchema } from "./types";

export interface SchemaLocation {
  schema: JsonSchema;
  /** The document `#…` references inside `schema` resolve against. */
  document: JsonSchema;
  /** True when reached through anyOf/oneOf/then/else: it may not apply. */
  conditional: boolean;
}

/** Segment standing for "any array item" (group items, checkbox values). */
export const ANY_ITEM = "*";

const UNCONDITIONAL_APPLICATORS = ["allOf"] as const;
const CONDITIONAL_APPLICATORS = ["anyOf", "oneOf"] as const;

function isSchema(value: unknown): value is JsonSchema {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Splits `file.json#/a/b` into the document name ("" for local) and the fragment pointer. */
export function splitRef(ref: string): { documentName: string; fragment: string } {
  const hash = ref.indexOf("#");
  if (hash < 0) return { documentName: ref, fragment: "" };
  return { documentName: ref.slice(0, hash), fragment: ref.slice(hash + 1) };
}

export function resolveRef(
  ref: string,
  document: JsonSchema,
  shared: ReadonlyMap<string, JsonSchema>,
): { schema: JsonSchema; document: JsonSchema } | undefined {
  const { documentName, fragment } = splitRef(ref);
  const target = documentName === "" ? document : shared.get(documentName);
  if (target === undefined) return undefined;
  let node: unknown = target;
  try {
    for (const segment of parsePointer(decodeURIComponent(fragment))) {
      if (!isSchema(node) && !Array.isArray(node)) return undefined;
      node = (node as Record<string, unknown>)[segment];
    }
  } catch {
    return undefined;
  }
  return isSchema(node) ? { schema: node, document: target } : undefined;
}

/** Adds every schema that applies in place (via $ref and applicators) to the given ones. */
export function expandInPlace(locations: readonly SchemaLocation[], shared: ReadonlyMap<string, JsonSchema>): SchemaLocation[] {
  const result: SchemaLocation[] = [];
  const seen = new Set<JsonSchema>();
  const queue = [...locations];
  while (queue.length > 0) {
    const location = queue.shift() as SchemaLocation;
    if (seen.has(location.schema)) continue;
    seen.add(location.schema);
    result.push(location);
    const { schema, document, conditional } = location;
    if (typeof schema.$ref === "string") {
      const target = resolveRef(schema.$ref, document, shared);
      if (target) queue.push({ ...target, conditional });
    }
    for (const keyword of UNCONDITIONAL_APPLICATORS) {
      for (const member of asSchemaList(schema[keyword])) queue.push({ schema: member, document, conditional });
    }
    for (const keyword of CONDITIONAL_APPLICATORS) {
      for (const member of asSchemaList(schema[keyword])) queue.push({ schema: member, document, conditional: true });
    }
    for (const keyword of ["then", "else"] as const) {
      const member = schema[keyword];
      if (isSchema(member)) queue.push({ schema: member, document, conditional: true });
    }
  }
  return result;
}

function asSchemaList(value: unknown): JsonSchema[] {
  return Array.isArray(value) ? value.filter(isSchema) : [];
}

function isItemSegment(segment: string): boolean {
  return segment === ANY_ITEM || /^(0|[1-9]\d*)$/.test(segment);
}

/** One step down: the subschemas for the child `segment` of the values described by `locations`. */
export function childLocations(
  locations: readonly SchemaLocation[],
  segment: string,
  shared: ReadonlyMap<string, JsonSchema>,
): SchemaLocation[] {
  const children: SchemaLocation[] = [];
  for (const { schema, document, conditional } of expandInPlace(locations, shared)) {
    const properties = schema.properties;
    if (isSchema(properties) && Object.prototype.hasOwnProperty.call(properties, segment)) {
      const child = properties[segment];
      if (isSchema(child)) children.push({ schema: child, document, conditional });
    }
    if (isItemSegment(segment) && isSchema(schema.items)) {
      children.push({ schema: schema.items, document, conditional });
    }
  }
  return expandInPlace(children, shared);
}

export interface SchemaResolver {
  /** All subschemas describing the value at the pointer (segments may use `*` for items). Empty: unknown. */
  at(segments: readonly string[]): SchemaLocation[];
  atPointer(pointer: string): SchemaLocation[];
}

export function createSchemaResolver(root: JsonSchema, shared: ReadonlyMap<string, JsonSchema>): SchemaResolver {
  const rootLocations = expandInPlace([{ schema: root, document: root, conditional: false }], shared);
  const at = (segments: readonly string[]): SchemaLocation[] => {
    let locations = rootLocations;
    for (const segment of segments) {
      locations = childLocations(locations, segment, shared);
      if (locations.length === 0) break;
    }
    return locations;
  };
  return { at, atPointer: (pointer) => at(parsePointer(pointer)) };
}

/** What the engine needs to know about the value at one pointer. */
export interface SchemaFacts {
  known: boolean;
  types: ReadonlySet<string>;
  format?: string;
  /** Allowed values (from enum or const) of the value itself. */
  enumValues?: readonly unknown[];
}

export function factsOf(locations: readonly SchemaLocation[]): SchemaFacts {
  const types = new Set<string>();
  let format: string | undefined;
  let enumValues: readonly unknown[] | undefined;
  for (const { schema } of locations) {
    const type = schema.type;
    if (typeof type === "string") types.add(type);
    else if (Array.isArray(type)) for (const member of type) types.add(String(member));
  }
  // Format and allowed values come from what always applies: a `const` inside
  // a `then` is a condition's business, not the field's list of choices.
  for (const { schema, conditional } of locations) {
    if (conditional) continue;
    if (format === undefined && typeof schema.format === "string") format = schema.format;
    if (enumValues === undefined && Array.isArray(schema.enum)) enumValues = schema.enum;
    if (enumValues === undefined && "const" in schema) enumValues = [schema.const];
  }
  return { known: locations.length > 0, types, format, enumValues };
}

/** True when some unconditional subschema at the parent lists `key` as required. */
export function isRequiredChild(parentLocations: readonly SchemaLocation[], key: string): boolean {
  return parentLocations.some(({ schema, conditional }) => !conditional && Array.isArray(schema.required) && schema.required.includes(key));
}
