/**
 * The FIM import's conditions as JSON Schema over the application data. Clauses are those of the
 * engine's condition words (app/engine/condition-clauses.ts), so the builder shows an imported
 * condition in words and edits it; this module only adds the two shapes rules need beyond them.
 */
import { clausesToSchema } from "../../engine/condition-clauses";
import { formatPointer } from "../../engine/json-pointer";
import type { JsonSchema } from "../../engine/types";

/** "required when": the `then` part requiring the value at `path` (and its containers). */
export function requiredAt(path: readonly string[]): JsonSchema {
  return clausesToSchema({ combine: "all", clauses: [{ pointer: formatPointer(path), operator: "isFilled" }] });
}

/** Visible when any `shows` holds (or there are none) and no `hides` holds. */
export function visibility(shows: readonly JsonSchema[], hides: readonly JsonSchema[]): JsonSchema {
  const parts: JsonSchema[] = [];
  if (shows.length > 0) parts.push(shows.length === 1 ? shows[0]! : { anyOf: [...shows] });
  if (hides.length > 0) parts.push({ not: hides.length === 1 ? hides[0]! : { anyOf: [...hides] } });
  return parts.length === 1 ? parts[0]! : { allOf: parts };
}
