/**
 * Opens a definition for the builder: pages, questions and service facts as the controls show
 * them, and everything no control covers as read-only "Expertenangaben". The definition itself
 * stays the one source of truth — the view is derived from it on every change, so what the
 * builder cannot show is never lost (docs/decisions/030-form-builder.md).
 */
import type { FieldDefinition, FormDefinition, JsonSchema } from "../../engine/types";
import { expertKeywords, readConstraints, type Constraints } from "./question-schema";
import { groupItemPath, isSchemaObject, locateInPlace, schemaAt, type SchemaPlace } from "./schema-location";

/** A question by position: step, field, and — inside a repeating group — the item field. */
export interface QuestionAddress {
  step: number;
  field: number;
  item?: number;
}

export interface QuestionView {
  address: QuestionAddress;
  field: FieldDefinition;
  /** Where its schema is written in place; null inside a shared part (block) or a `$ref`. */
  place: SchemaPlace | null;
  /** Whether lengths, bounds and patterns can be edited (schema in place, no `$ref` of its own). */
  constraintsEditable: boolean;
  constraints: Constraints;
  /** Whether the parent object requires it; null when the parent is a shared part. */
  required: boolean | null;
  /** Whether the enum sits where the builder writes options. */
  optionsEditable: boolean;
  /** Schema keywords no control covers. */
  expert: JsonSchema | null;
  items: QuestionView[];
}

export interface PageView {
  index: number;
  id: string;
  questions: QuestionView[];
}

export interface ExpertPart {
  /** JSON pointer into the definition. */
  pointer: string;
  value: unknown;
}

export interface BuilderView {
  pages: PageView[];
  /** Parts of the dataSchema outside every question's controls (conditional rules, `$defs` …). */
  expertParts: ExpertPart[];
}

/** Keywords of an object schema that the builder's page and question controls account for. */
const OBJECT_KEYWORDS = new Set(["$schema", "type", "properties", "required", "additionalProperties", "unevaluatedProperties", "title"]);

function enumHolder(field: FieldDefinition, schema: JsonSchema): JsonSchema | null {
  if (field.widget === "checkboxes") {
    const items = schema.items;
    return isSchemaObject(items) && Array.isArray(items.enum) ? items : null;
  }
  return Array.isArray(schema.enum) ? schema : null;
}

/** The place of the question's schema, or null. */
export function placeOf(definition: FormDefinition, address: QuestionAddress): SchemaPlace | null {
  const root = definition.dataSchema;
  const field = definition.steps[address.step]?.fields[address.field];
  if (!field) return null;
  if (address.item === undefined) return locateInPlace(root, [], field.pointer);
  const groupPlace = locateInPlace(root, [], field.pointer);
  const itemPath = groupPlace && groupItemPath(root, groupPlace.path);
  const item = field.fields?.[address.item];
  return itemPath && item ? locateInPlace(root, itemPath, item.pointer) : null;
}

export function questionView(definition: FormDefinition, address: QuestionAddress): QuestionView {
  const step = definition.steps[address.step]!;
  const top = step.fields[address.field]!;
  const field = address.item === undefined ? top : top.fields![address.item]!;
  const place = placeOf(definition, address);
  const schema = place ? schemaAt(definition.dataSchema, place.path) : undefined;
  const parent = place ? schemaAt(definition.dataSchema, place.parentPath) : undefined;
  const constraintsEditable = schema !== undefined && schema.$ref === undefined;
  const required = place && parent ? Array.isArray(parent.required) && parent.required.includes(place.name) : null;
  const items =
    address.item === undefined && field.widget === "group"
      ? (field.fields ?? []).map((_, item) => questionView(definition, { ...address, item }))
      : [];
  return {
    address,
    field,
    place,
    constraintsEditable,
    constraints: schema ? readConstraints(schema) : {},
    required,
    optionsEditable: schema !== undefined && enumHolder(field, schema) !== null,
    expert: schema ? expertKeywords(schema) : null,
    items,
  };
}

function collectObjectExtras(root: JsonSchema, path: string[], parts: ExpertPart[], seen: Set<string>): void {
  const key = path.join("/");
  if (seen.has(key)) return;
  seen.add(key);
  const node = schemaAt(root, path);
  if (!node || node.$ref !== undefined) return;
  for (const [keyword, value] of Object.entries(node)) {
    if (!OBJECT_KEYWORDS.has(keyword)) parts.push({ pointer: ["/dataSchema", ...path, keyword].join("/"), value });
  }
}

export function openDefinition(definition: FormDefinition): BuilderView {
  const pages = definition.steps.map((step, index) => ({
    index,
    id: step.id,
    questions: step.fields.map((_, field) => questionView(definition, { step: index, field })),
  }));
  // Object schemas on the way to each question (root, nested objects, group items) may carry
  // rules of their own — conditional requirements, `$defs`, counts. They are kept and shown.
  const expertParts: ExpertPart[] = [];
  const seen = new Set<string>();
  collectObjectExtras(definition.dataSchema, [], expertParts, seen);
  const questionPaths = new Set<string>();
  const parents: string[][] = [];
  const note = (question: QuestionView) => {
    if (question.place) {
      questionPaths.add(question.place.path.join("/"));
      parents.push(question.place.parentPath);
    }
    question.items.forEach(note);
  };
  pages.forEach((page) => page.questions.forEach(note));
  for (const path of parents) {
    // Every schema node on the way: after `properties/<name>` and after `items`.
    for (let index = 0; index < path.length;) {
      index += path[index] === "properties" ? 2 : 1;
      const prefix = path.slice(0, index);
      if (!questionPaths.has(prefix.join("/"))) collectObjectExtras(definition.dataSchema, prefix, expertParts, seen);
    }
  }
  return { pages, expertParts };
}

/** The question a problem's pointer (`/steps/1/fields/2/options`) points at, if any. */
export function addressOfProblem(pointer: string): QuestionAddress | { step: number } | null {
  const match = /^\/steps\/(\d+)(?:\/fields\/(\d+)(?:\/fields\/(\d+))?)?/.exec(pointer);
  if (!match) return null;
  const step = Number(match[1]);
  if (match[2] === undefined) return { step };
  return { step, field: Number(match[2]), ...(match[3] !== undefined ? { item: Number(match[3]) } : {}) };
}
