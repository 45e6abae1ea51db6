/**
 * Visiting every subschema of a JSON Schema together with its JSON pointer
 * inside the definition, for checks that look at each schema node.
 */
import { escapeSegment } from "./json-pointer";
import type { JsonSchema } from "./types";

export function isSchemaObject(value: unknown): value is JsonSchema {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

const SINGLE = ["items", "additionalProperties", "unevaluatedProperties", "not", "if", "then", "else"] as const;
const LISTS = ["allOf", "anyOf", "oneOf"] as const;
const MAPS = ["properties", "$defs"] as const;

/** Direct subschemas of `schema`, with their pointers relative to `pointer`. */
export function childSchemas(
  schema: JsonSchema,
  pointer: string,
  options: { includeDefs?: boolean } = {},
): Array<{ schema: JsonSchema; pointer: string; keyword: string }> {
  const children: Array<{ schema: JsonSchema; pointer: string; keyword: string }> = [];
  for (const keyword of SINGLE) {
    const child = schema[keyword];
    if (isSchemaObject(child)) children.push({ schema: child, pointer: `${pointer}/${keyword}`, keyword });
  }
  for (const keyword of LISTS) {
    const list = schema[keyword];
    if (!Array.isArray(list)) continue;
    list.forEach((child, index) => {
      if (isSchemaObject(child)) children.push({ schema: child, pointer: `${pointer}/${keyword}/${index}`, keyword });
    });
  }
  for (const keyword of MAPS) {
    if (keyword === "$defs" && options.includeDefs === false) continue;
    const map = schema[keyword];
    if (!isSchemaObject(map)) continue;
    for (const [key, child] of Object.entries(map)) {
      if (isSchemaObject(child)) {
        children.push({ schema: child, pointer: `${pointer}/${keyword}/${escapeSegment(key)}`, keyword });
      }
    }
  }
  return children;
}

/** Calls `visit` for `schema` and every nested subschema (depth-first, including $defs). */
export function walkSchema(schema: JsonSchema, pointer: string, visit: (schema: JsonSchema, pointer: string) => void): void {
  visit(schema, pointer);
  for (const child of childSchemas(schema, pointer)) walkSchema(child.schema, child.pointer, visit);
}
