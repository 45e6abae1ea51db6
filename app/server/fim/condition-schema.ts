/**
 * Conditions → JSON Schema over the whole application data (the language of step `when` and of
 * `if` in the dataSchema). The clause vocabulary matches the one the editor's condition builder
 * uses (is, isNot, isOneOf, isNoneOf, isFilled, isEmpty), plus the numeric comparisons FIM rules
 * use ("Jahr > 1970"). Paths are property keys from the root; arrays are never crossed.
 */
import type { JsonSchema } from "../../engine/types";

export type ClauseOperator = "is" | "isNot" | "isOneOf" | "isNoneOf" | "isFilled" | "isEmpty" | "gt" | "ge" | "lt" | "le";

export interface ConditionClause {
  path: readonly string[];
  operator: ClauseOperator;
  values?: ReadonlyArray<string | number | boolean>;
}

/** `{ required: [a], properties: { a: … { required: [z], properties: { z: leaf } } } }` */
function atPath(path: readonly string[], leaf: JsonSchema | undefined): JsonSchema {
  let schema: JsonSchema | undefined = leaf;
  for (let i = path.length - 1; i >= 0; i--) {
    const key = path[i]!;
    schema = schema ? { required: [key], properties: { [key]: schema } } : { required: [key] };
  }
  return schema ?? {};
}

function clauseSchema(clause: ConditionClause): JsonSchema {
  const values = clause.values ?? [];
  switch (clause.operator) {
    case "is":
      return atPath(clause.path, { const: values[0] });
    case "isOneOf":
      return atPath(clause.path, { enum: [...values] });
    case "isNot":
      return { not: atPath(clause.path, { const: values[0] }) };
    case "isNoneOf":
      return { not: atPath(clause.path, { enum: [...values] }) };
    case "isFilled":
      return atPath(clause.path, undefined);
    case "isEmpty":
      return { not: atPath(clause.path, undefined) };
    case "gt":
      return atPath(clause.path, { exclusiveMinimum: values[0] });
    case "ge":
      return atPath(clause.path, { minimum: values[0] });
    case "lt":
      return atPath(clause.path, { exclusiveMaximum: values[0] });
    case "le":
      return atPath(clause.path, { maximum: values[0] });
  }
}

export function conditionToSchema(combine: "all" | "any", clauses: readonly ConditionClause[]): JsonSchema {
  const schemas = clauses.map(clauseSchema);
  if (schemas.length === 1) return schemas[0]!;
  return combine === "all" ? { allOf: schemas } : { anyOf: schemas };
}

/** "required when": `then` part requiring the value at `path` (and its containers). */
export function requiredAt(path: readonly string[]): JsonSchema {
  return atPath(path, undefined);
}

/** Visible when any `shows` holds (or there are none) and no `hides` holds. */
export function visibility(shows: readonly JsonSchema[], hides: readonly JsonSchema[]): JsonSchema {
  const parts: JsonSchema[] = [];
  if (shows.length > 0) parts.push(shows.length === 1 ? shows[0]! : { anyOf: [...shows] });
  if (hides.length > 0) parts.push({ not: hides.length === 1 ? hides[0]! : { anyOf: [...hides] } });
  return parts.length === 1 ? parts[0]! : { allOf: parts };
}
