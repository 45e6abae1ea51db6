/**
 * The schemas that get compiled for one form version: the normalised
 * dataSchema and one condition per step with a `when`. Shared by the Ajv
 * compile (server) and the standalone generator (browser module), so both
 * enforce exactly the same rules.
 */
import { normalizeDataSchema, textareaPointers } from "./normalize-schema";
import type { FormDefinition, JsonSchema } from "./types";

export interface ValidatorSchemas {
  data: JsonSchema;
  conditions: ReadonlyArray<{ stepId: string; schema: JsonSchema }>;
}

export function validatorSchemas(definition: FormDefinition): ValidatorSchemas {
  return {
    data: normalizeDataSchema(definition.dataSchema, textareaPointers(definition)),
    conditions: definition.steps.flatMap((step) => (step.when ? [{ stepId: step.id, schema: step.when }] : [])),
  };
}
