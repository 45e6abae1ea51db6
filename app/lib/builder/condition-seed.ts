/**
 * Answers under which a condition in words holds — for the builder's "Vorschau dieser Seite" on a
 * page shown only for some answers: the preview opens on that page with just these answers.
 */
import { schemaToClauses, type ConditionClause } from "../../engine/condition-clauses";
import { parsePointer } from "../../engine/json-pointer";
import type { FormValues } from "../../engine/types";

function valueFor(clause: ConditionClause): unknown {
  const values = clause.values ?? [];
  switch (clause.operator) {
    case "is":
    case "isOneOf":
      return values[0];
    case "isTicked":
      return values.length === 0 ? true : [values[0]];
    case "isFilled":
      return "…";
    default:
      // Negated clauses hold while the answer is absent.
      return undefined;
  }
}

/** Answers satisfying `when` (all clauses, or the first of "any"); null when it is not a condition in words. */
export function answersSatisfying(when: unknown): FormValues | null {
  if (when === undefined) return {};
  const condition = schemaToClauses(when);
  if (!condition) return null;
  const clauses = condition.combine === "any" ? condition.clauses.slice(0, 1) : condition.clauses;
  const data: FormValues = {};
  for (const clause of clauses) {
    const value = valueFor(clause);
    if (value === undefined) continue;
    const segments = parsePointer(clause.pointer);
    let node: Record<string, unknown> = data;
    for (const segment of segments.slice(0, -1)) {
      const next = node[segment];
      node = typeof next === "object" && next !== null ? (next as Record<string, unknown>) : (node[segment] = {});
    }
    node[segments.at(-1)!] = value;
  }
  return data;
}
