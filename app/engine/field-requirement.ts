/**
 * Whether a question must be answered, read from the form's JSON Schema (its `required`
 * arrays) rather than from a second flag in the definition, so the label can never say
 * "optional" where validation insists. Pure: the wizard and the editors' preview call it on
 * the same schema and show the same marks.
 */
import { ANY_ITEM, type SchemaLocation, type SchemaResolver } from "./schema-resolver";

/**
 * - `required`: always needed once the question is shown (also inside a section that is itself
 *   required only under a condition, such as the SEPA details when paying by direct debit);
 * - `optional`: may always stay empty — marked "(freiwillig)";
 * - `conditional`: needed only depending on other answers; neither mark.
 */
export type Requirement = "required" | "optional" | "conditional";

export interface FieldRequirement {
  requirement: Requirement;
  /** A yes/no checkbox whose only accepted answer is "yes" (a mandate, a confirmation). */
  mustBeTicked: boolean;
  /** The smallest maxLength that always applies, for the input's width. */
  maxLength?: number;
}

function isIndex(segment: string): boolean {
  return segment === ANY_ITEM || /^(0|[1-9]\d*)$/.test(segment);
}

/** How the object(s) at `parent` require their property `key`. */
function requirementIn(parent: readonly SchemaLocation[], key: string): Requirement {
  const lists = (conditional: boolean) =>
    parent.some(
      (location) =>
        location.conditional === conditional && Array.isArray(location.schema.required) && location.schema.required.includes(key),
    );
  if (lists(false)) return "required";
  return lists(true) ? "conditional" : "optional";
}

function onlyTrue(locations: readonly SchemaLocation[]): boolean {
  return locations.some(
    ({ schema, conditional }) =>
      !conditional && (schema.const === true || (Array.isArray(schema.enum) && schema.enum.length === 1 && schema.enum[0] === true)),
  );
}

/** The requirement of the value at `segments` (group items as `*`), from the root of the dataSchema. */
export function fieldRequirement(resolver: SchemaResolver, segments: readonly string[]): FieldRequirement {
  let parent = resolver.at([]);
  let leaf: Requirement = "required";
  let ancestorsOptional = false;
  for (let index = 0; index < segments.length; index++) {
    const segment = segments[index]!;
    const here = resolver.at(segments.slice(0, index + 1));
    if (!isIndex(segment)) {
      const level = requirementIn(parent, segment);
      if (index === segments.length - 1) leaf = level;
      // A section needed under a condition is shown only then: its own required answers stay required.
      else if (level === "optional") ancestorsOptional = true;
    }
    parent = here;
  }
  const requirement: Requirement = leaf === "required" && ancestorsOptional ? "conditional" : leaf;
  const lengths = parent
    .filter(({ conditional, schema }) => !conditional && typeof schema.maxLength === "number")
    .map(({ schema }) => schema.maxLength as number);
  return {
    requirement,
    mustBeTicked: requirement !== "optional" && onlyTrue(parent),
    maxLength: lengths.length > 0 ? Math.min(...lengths) : undefined,
  };
}
