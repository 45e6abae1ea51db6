/**
 * Where in a definition's dataSchema the builder finds — and writes — the schema of one question.
 * Only schemas written in place are editable; a question inside a shared part (`$ref`) keeps the
 * part's rules, which the builder shows but does not change.
 */
import { parsePointer } from "../../engine/json-pointer";
import type { JsonSchema } from "../../engine/types";

export interface SchemaPlace {
  /** Path of the question's own schema inside the dataSchema (keys, not a pointer). */
  path: string[];
  /** Path of the object schema whose `properties` holds it (its `required` makes it mandatory). */
  parentPath: string[];
  /** Property name in the parent. */
  name: string;
}

export function isSchemaObject(value: unknown): value is JsonSchema {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export function schemaAt(root: JsonSchema, path: readonly string[]): JsonSchema | undefined {
  let node: unknown = root;
  for (const key of path) {
    if (!isSchemaObject(node)) return undefined;
    node = node[key];
  }
  return isSchemaObject(node) ? node : undefined;
}

/**
 * Walks `properties` from `basePath` along the pointer. Null when the way leads through a `$ref`
 * or into a schema that does not describe the property in place.
 */
export function locateInPlace(root: JsonSchema, basePath: readonly string[], pointer: string): SchemaPlace | null {
  const segments = parsePointer(pointer);
  if (segments.length === 0) return null;
  let path = [...basePath];
  let parentPath = path;
  for (const segment of segments) {
    const node = schemaAt(root, path);
    const properties = node?.properties;
    if (!isSchemaObject(properties) || !isSchemaObject(properties[segment])) return null;
    parentPath = path;
    path = [...path, "properties", segment];
  }
  return { path, parentPath, name: segments.at(-1)! };
}

/** The schema path of a group's item object, when written in place. */
export function groupItemPath(root: JsonSchema, groupPath: readonly string[]): string[] | null {
  const items = schemaAt(root, [...groupPath, "items"]);
  return items && isSchemaObject(items.properties) ? [...groupPath, "items"] : null;
}
