/**
 * Which answer a journey changes on the review page: the first answer (in the order the steps
 * are visited) of a plain text field — a string with no pattern, format or shared part behind
 * it and room for " Test" — so the change neither breaks a rule nor switches a branch.
 */
import { getAt, parsePointer } from "../../../../app/engine/json-pointer";
import { localize } from "../../../../app/engine/messages";
import type { FormDefinition, JsonSchema } from "../../../../app/engine/types";
import { stepOf, type BuiltInForm, type Journey } from "./forms";

export interface ChangeTarget {
  stepId: string;
  pointer: string;
  label: string;
  value: string;
}

const SUFFIX = " Test";

function plainStringSchema(definition: FormDefinition, pointer: string): JsonSchema | null {
  let schema: JsonSchema | undefined = definition.dataSchema;
  for (const segment of parsePointer(pointer)) {
    const properties = schema?.properties as Record<string, JsonSchema> | undefined;
    schema = properties?.[segment];
    if (!schema || "$ref" in schema) return null;
  }
  if (!schema || schema.type !== "string" || "pattern" in schema || "format" in schema || "enum" in schema || "const" in schema)
    return null;
  return schema;
}

export function changeTarget(form: BuiltInForm, journey: Journey): ChangeTarget {
  for (const [stepId, answers] of Object.entries(journey.answers)) {
    for (const field of stepOf(form.definition, stepId).fields) {
      const value = getAt(answers, parsePointer(field.pointer));
      const schema = field.widget === "text" ? plainStringSchema(form.definition, field.pointer) : null;
      if (!schema || typeof value !== "string") continue;
      if (typeof schema.maxLength === "number" && value.length + SUFFIX.length > schema.maxLength) continue;
      return { stepId, pointer: field.pointer, label: localize(field.label, "de"), value: `${value}${SUFFIX}` };
    }
  }
  throw new Error(`${journey.formId}: no answer to change in "${journey.name}"`);
}
