/**
 * Makes a dataSchema bounded before it is compiled, so that validation itself
 * rejects oversized or unexpected input (extra properties, 20k-char strings,
 * deep nesting) instead of relying on every author to remember it:
 *  - strings without `maxLength` get one (textarea fields a larger one),
 *  - arrays without `maxItems` get one,
 *    (definitions in `$defs` may serve several fields: give their strings an
 *    explicit `maxLength` when 1000 is not right),
 *  - object schemas in "shape" positions that say nothing about extra
 *    properties get `unevaluatedProperties: false`.
 *
 * Closing objects only happens in shape positions (root, properties, items,
 * $defs). Inside allOf/anyOf/oneOf/then/else a closed object would reject the
 * properties its siblings describe, so those stay open; `unevaluatedProperties`
 * on the enclosing shape still sees what they evaluate. `if` and `not` are
 * conditions, not constraints, and are left as written.
 */
import { ANY_ITEM } from "./schema-resolver";
import { formatPointer } from "./json-pointer";
import type { FormDefinition, JsonSchema } from "./types";

export const DEFAULT_MAX_LENGTH = 1000;
export const TEXTAREA_MAX_LENGTH = 10000;
export const DEFAULT_MAX_ITEMS = 100;
const APPLICATOR_MAX_ITEMS = 1000;

type Position = "shape" | "applicator";

function isSchema(value: unknown): value is JsonSchema {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function hasType(schema: JsonSchema, type: string): boolean {
  const declared = schema.type;
  return declared === type || (Array.isArray(declared) && declared.includes(type));
}

/** Pointers (with `*` for group items) of every textarea field: they get the larger default. */
export function textareaPointers(definition: FormDefinition): Set<string> {
  const pointers = new Set<string>();
  for (const step of definition.steps) {
    for (const field of step.fields) {
      if (field.widget === "textarea") pointers.add(field.pointer);
      for (const item of field.fields ?? []) {
        if (item.widget === "textarea") pointers.add(`${field.pointer}/${ANY_ITEM}${item.pointer}`);
      }
    }
  }
  return pointers;
}

export function normalizeDataSchema(schema: JsonSchema, textareas: ReadonlySet<string>): JsonSchema {
  const walk = (node: JsonSchema, path: string[] | undefined, position: Position): JsonSchema => {
    const copy: JsonSchema = { ...node };
    const isEnumerated = "enum" in copy || "const" in copy;

    // In applicator positions the same value is usually also described by a
    // shape schema with the precise bound; only a generous ceiling is added
    // there so an explicit larger bound elsewhere is not silently undercut.
    if (hasType(copy, "string") && copy.maxLength === undefined && !isEnumerated) {
      const isTextarea = path !== undefined && textareas.has(formatPointer(path));
      copy.maxLength = isTextarea || position === "applicator" ? TEXTAREA_MAX_LENGTH : DEFAULT_MAX_LENGTH;
    }
    if ((hasType(copy, "array") || isSchema(copy.items)) && copy.maxItems === undefined) {
      copy.maxItems = position === "applicator" ? APPLICATOR_MAX_ITEMS : DEFAULT_MAX_ITEMS;
    }
    const isObject = hasType(copy, "object") || isSchema(copy.properties);
    if (position === "shape" && isObject && copy.additionalProperties === undefined && copy.unevaluatedProperties === undefined) {
      copy.unevaluatedProperties = false;
    }

    if (isSchema(copy.properties)) {
      const properties: JsonSchema = {};
      for (const [key, child] of Object.entries(copy.properties)) {
        properties[key] = isSchema(child) ? walk(child, path && [...path, key], position) : child;
      }
      copy.properties = properties;
    }
    if (isSchema(copy.items)) copy.items = walk(copy.items, path && [...path, ANY_ITEM], position);
    if (isSchema(copy.additionalProperties)) {
      copy.additionalProperties = walk(copy.additionalProperties, path && [...path, ANY_ITEM], position);
    }
    if (isSchema(copy.$defs)) {
      const defs: JsonSchema = {};
      // A definition may be used at several pointers, so no field-specific default applies.
      for (const [key, child] of Object.entries(copy.$defs)) defs[key] = isSchema(child) ? walk(child, undefined, "shape") : child;
      copy.$defs = defs;
    }
    for (const keyword of ["allOf", "anyOf", "oneOf"] as const) {
      const members = copy[keyword];
      if (Array.isArray(members)) {
        copy[keyword] = members.map((member) => (isSchema(member) ? walk(member, path, "applicator") : member));
      }
    }
    for (const keyword of ["then", "else"] as const) {
      const member = copy[keyword];
      if (isSchema(member)) copy[keyword] = walk(member, path, "applicator");
    }
    return copy;
  };
  return walk(schema, [], "shape");
}
