/**
 * Question-level conditions (`when` on a field): their keys, the answers they
 * name, and the order in which they are evaluated. Pure; shared by the
 * runtime (browser and server), the validator generation and forms:check.
 */
import { formatPointer, parsePointer } from "./json-pointer";
import { ANY_ITEM } from "./schema-resolver";
import { childSchemas, isSchemaObject } from "./schema-walk";
import type { FieldDefinition, JsonSchema, StepDefinition } from "./types";

/**
 * The key of a field's condition: its pointer, for an item field of a group
 * the group's pointer, the item marker `*` and the item-relative pointer.
 */
export function fieldConditionKey(field: FieldDefinition, group?: FieldDefinition): string {
  return group === undefined ? field.pointer : `${group.pointer}/${ANY_ITEM}${field.pointer}`;
}

/** Every field `when` of a definition with its key, in form order. */
export function fieldConditions(steps: readonly StepDefinition[]): Array<{ key: string; schema: JsonSchema }> {
  const found: Array<{ key: string; schema: JsonSchema }> = [];
  for (const step of steps) {
    for (const field of step.fields) {
      if (field.when) found.push({ key: fieldConditionKey(field), schema: field.when });
      for (const item of field.fields ?? []) if (item.when) found.push({ key: fieldConditionKey(item, field), schema: item.when });
    }
  }
  return found;
}

/**
 * The data paths a condition looks at (segments; `*` for array items): the
 * deepest names under `required` and `properties`. A path that only leads to
 * a deeper one (`/zuzug` on the way to `/zuzug/erfolgt`) is not listed, so a
 * question beside the controlling one in the same object is not mistaken for it.
 */
export function conditionReferences(when: JsonSchema): string[][] {
  const named = new Map<string, string[]>();
  const add = (path: string[]) => named.set(formatPointer(path), path);
  const visit = (schema: JsonSchema, path: string[], depth: number) => {
    if (depth > 32) return;
    if (Array.isArray(schema.required)) for (const name of schema.required) add([...path, String(name)]);
    if (isSchemaObject(schema.contains)) visit(schema.contains, [...path, ANY_ITEM], depth + 1);
    for (const child of childSchemas(schema, "", { includeDefs: false })) {
      if (child.keyword === "additionalProperties" || child.keyword === "unevaluatedProperties") continue;
      let childPath = path;
      if (child.keyword === "properties") {
        childPath = [...path, parsePointer(child.pointer).at(-1)!];
        add(childPath);
      } else if (child.keyword === "items") {
        childPath = [...path, ANY_ITEM];
      }
      visit(child.schema, childPath, depth + 1);
    }
  };
  visit(when, [], 0);
  const paths = [...named.values()];
  return paths.filter((path) => !paths.some((other) => other.length > path.length && startsWith(other, path)));
}

export function startsWith(segments: readonly string[], prefix: readonly string[]): boolean {
  return prefix.length <= segments.length && prefix.every((segment, index) => segments[index] === segment);
}

/** True when a condition path concerns the answer at `segments` (the answer itself, inside it, or a container of it). */
export function concerns(path: readonly string[], segments: readonly string[]): boolean {
  return startsWith(path, segments) || startsWith(segments, path);
}

/**
 * `fields` in the order their conditions can be evaluated: a field after
 * every field (of the same list) its condition names, otherwise in form
 * order. A cycle (refused by forms:check) leaves the rest in form order.
 */
export function evaluationOrder<T extends { field: FieldDefinition; segments: readonly string[] }>(fields: readonly T[]): T[] {
  const controllers = fields.map(({ field }) => {
    const paths = field.when ? conditionReferences(field.when) : [];
    return fields.filter((other) => other.field !== field && paths.some((path) => concerns(path, other.segments)));
  });
  const ordered: T[] = [];
  const placed = new Set<T>();
  while (ordered.length < fields.length) {
    const ready = fields.findIndex((entry, index) => !placed.has(entry) && controllers[index]!.every((c) => placed.has(c)));
    const next = ready >= 0 ? fields[ready]! : fields.find((entry) => !placed.has(entry))!;
    placed.add(next);
    ordered.push(next);
  }
  return ordered;
}
