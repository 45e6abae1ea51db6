/**
 * The schemas that get compiled for one form version: the normalised
 * dataSchema and one condition per step or field with a `when`. Shared by the Ajv
 * compile (server) and the standalone generator (browser module), so both
 * enforce exactly the same rules.
 *
 * Only vetted patterns get compiled. Publishing refuses a definition with a
 * pattern that is not proven linear, but versions stored before that rule and
 * the built-in forms reach this point without the editor's check; such a
 * pattern is replaced by one that matches nothing (the field then refuses
 * every value instead of letting one input stall the process or the browser).
 */
import { fieldConditions } from "./field-conditions";
import { normalizeDataSchema, textareaPointers } from "./normalize-schema";
import { PATTERN_CHECK_BUDGET_MS, PatternCheck } from "./regex-safety";
import { walkSchema } from "./schema-walk";
import type { FormDefinition, JsonSchema } from "./types";

export interface ValidatorSchemas {
  data: JsonSchema;
  conditions: ReadonlyArray<{ stepId: string; schema: JsonSchema }>;
  /** Question conditions by fieldConditionKey. */
  fieldConditions: ReadonlyArray<{ key: string; schema: JsonSchema }>;
}

/** A pattern no string matches, in place of one that may not run. */
export const WITHHELD_PATTERN = "[^\\s\\S]";

/** A copy of `schema` in which every pattern not proven linear is withheld. */
function withVettedPatterns(schema: JsonSchema, check: PatternCheck): JsonSchema {
  const copy = structuredClone(schema);
  walkSchema(copy, "", (node) => {
    if (typeof node.pattern === "string" && !check.verdict(node.pattern).safe) node.pattern = WITHHELD_PATTERN;
  });
  return copy;
}

export function validatorSchemas(definition: FormDefinition): ValidatorSchemas {
  const check = new PatternCheck(PATTERN_CHECK_BUDGET_MS);
  return {
    data: withVettedPatterns(normalizeDataSchema(definition.dataSchema, textareaPointers(definition)), check),
    conditions: definition.steps.flatMap((step) => (step.when ? [{ stepId: step.id, schema: withVettedPatterns(step.when, check) }] : [])),
    fieldConditions: fieldConditions(definition.steps).map(({ key, schema }) => ({ key, schema: withVettedPatterns(schema, check) })),
  };
}
