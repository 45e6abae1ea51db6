/**
 * Facts about a form version that the engine's runtime does not expose but a page needs:
 * how many items a repeating group or a multi-file field allows, which questions must be
 * answered and how long an answer may be. Read from the normalised
 * dataSchema (the one the validators enforce, with the engine's default bounds), once per
 * form version.
 */
import { fieldRequirement, type FieldRequirement } from "../../engine/field-requirement";
import { parsePointer } from "../../engine/json-pointer";
import { createSchemaResolver } from "../../engine/schema-resolver";
import { sharedSchemasById } from "../../engine/shared-schemas";
import type { FormDefinition } from "../../engine/types";
import { normalizeDataSchema, textareaPointers } from "../../engine/normalize-schema";

export interface ArrayBounds {
  isArray: boolean;
  minItems: number;
  maxItems: number;
}

export interface FormShape {
  /** Bounds of the array at a field pointer (`*` for group items). */
  arrayBounds(pointer: string): ArrayBounds;
  /** Whether the question at a field pointer must be answered, and its longest answer. */
  requirement(pointer: string): FieldRequirement;
}

/**
 * Per definition object: a published version's definition is one cached object, while the
 * editors' preview of a draft parses the text afresh, and the text may change under the same
 * version number.
 */
const shapes = new WeakMap<FormDefinition, FormShape>();

export function formShape(definition: FormDefinition): FormShape {
  const cached = shapes.get(definition);
  if (cached) return cached;
  // The normalised schema the validators enforce; their pattern vetting changes no bound and no
  // requirement, and keeping it out keeps the regex analyser out of the browser's bundle.
  const resolver = createSchemaResolver(normalizeDataSchema(definition.dataSchema, textareaPointers(definition)), sharedSchemasById);
  const bounds = new Map<string, ArrayBounds>();
  const requirements = new Map<string, FieldRequirement>();
  const shape: FormShape = {
    requirement(pointer) {
      const known = requirements.get(pointer);
      if (known) return known;
      const result = fieldRequirement(resolver, parsePointer(pointer));
      requirements.set(pointer, result);
      return result;
    },
    arrayBounds(pointer) {
      const known = bounds.get(pointer);
      if (known) return known;
      let isArray = false;
      let minItems = 0;
      let maxItems = Number.POSITIVE_INFINITY;
      for (const { schema, conditional } of resolver.at(parsePointer(pointer))) {
        if (schema.type === "array") isArray = true;
        if (conditional) continue;
        if (typeof schema.minItems === "number") minItems = Math.max(minItems, schema.minItems);
        if (typeof schema.maxItems === "number") maxItems = Math.min(maxItems, schema.maxItems);
      }
      const result = { isArray, minItems, maxItems: Number.isFinite(maxItems) ? maxItems : 100 };
      bounds.set(pointer, result);
      return result;
    },
  };
  shapes.set(definition, shape);
  return shape;
}
