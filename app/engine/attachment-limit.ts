/**
 * How many files one application may carry, and how many a definition lets
 * it carry. The submission API refuses more than MAX_ATTACHMENTS_PER_SUBMISSION
 * files, so a definition whose file fields allow more (e.g. 40 income
 * entries with one proof each) would promise citizens something the portal
 * then refuses: the definition check catches that before publishing.
 */
import { ANY_ITEM, createSchemaResolver, type SchemaLocation } from "./schema-resolver";
import { parsePointer } from "./json-pointer";
import type { FormDefinition, JsonSchema } from "./types";

export const MAX_ATTACHMENTS_PER_SUBMISSION = 20;

export interface FileCapacity {
  /** Where the field is defined, e.g. `/steps/5/fields/0`. */
  at: string;
  /** The data pointer of the field (groups: the list). */
  pointer: string;
  /** Most files the field can take; Infinity when no `maxItems` bounds it. */
  files: number;
}

function isArraySchema(locations: readonly SchemaLocation[]): boolean {
  return locations.some(
    ({ schema }) => schema.type === "array" || (Array.isArray(schema.type) && schema.type.includes("array")) || schema.items !== undefined,
  );
}

/** The tightest `maxItems` that always applies at these locations; Infinity when there is none. */
function maxItemsOf(locations: readonly SchemaLocation[]): number {
  const bounds = locations
    .filter(({ conditional, schema }) => !conditional && typeof schema.maxItems === "number")
    .map(({ schema }) => schema.maxItems as number);
  return bounds.length > 0 ? Math.min(...bounds) : Infinity;
}

/** Files one file field takes: a list of them up to its maxItems, else one. */
function filesAt(locations: readonly SchemaLocation[]): number {
  return isArraySchema(locations) ? maxItemsOf(locations) : 1;
}

/** Every field that can carry files, with the most files it can take (group items multiplied by the group's maxItems). */
export function fileCapacities(definition: FormDefinition, shared: ReadonlyMap<string, JsonSchema>): FileCapacity[] {
  const resolver = createSchemaResolver(definition.dataSchema, shared);
  const capacities: FileCapacity[] = [];
  definition.steps.forEach((step, stepIndex) =>
    step.fields.forEach((field, fieldIndex) => {
      const at = `/steps/${stepIndex}/fields/${fieldIndex}`;
      const segments = parsePointer(field.pointer);
      if (field.widget === "file") {
        capacities.push({ at, pointer: field.pointer, files: filesAt(resolver.at(segments)) });
        return;
      }
      const itemFiles = (field.fields ?? [])
        .filter((item) => item.widget === "file")
        .reduce((sum, item) => sum + filesAt(resolver.at([...segments, ANY_ITEM, ...parsePointer(item.pointer)])), 0);
      if (itemFiles > 0) capacities.push({ at, pointer: field.pointer, files: itemFiles * maxItemsOf(resolver.at(segments)) });
    }),
  );
  return capacities;
}

/** A problem when the definition's file fields together allow more files than one application may carry. */
export function checkAttachmentLimit(
  definition: FormDefinition,
  shared: ReadonlyMap<string, JsonSchema>,
): Array<{ pointer: string; message: string }> {
  const capacities = fileCapacities(definition, shared);
  const total = capacities.reduce((sum, capacity) => sum + capacity.files, 0);
  if (total <= MAX_ATTACHMENTS_PER_SUBMISSION) return [];
  const largest = capacities.reduce((a, b) => (b.files > a.files ? b : a));
  const count = (files: number) => (files === Infinity ? "unbegrenzt viele" : String(files));
  const parts = capacities.map((capacity) => `${capacity.pointer}: ${count(capacity.files)}`).join(", ");
  return [
    {
      pointer: largest.at,
      message:
        `Ein Antrag könnte ${total === Infinity ? "unbegrenzt viele Dateien" : `bis zu ${total} Dateien`} enthalten (${parts}), ` +
        `angenommen werden aber höchstens ${MAX_ATTACHMENTS_PER_SUBMISSION} Dateien je Antrag. Bitte „maxItems“ der ` +
        `Dateifelder und Gruppen so setzen, dass zusammen höchstens ${MAX_ATTACHMENTS_PER_SUBMISSION} Dateien möglich sind.`,
    },
  ];
}
