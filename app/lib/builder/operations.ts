/**
 * The builder's edits as pure functions: definition in, new definition out. Each touches only
 * what its control shows and keeps every other key, so a definition saved unchanged is the
 * definition opened, and the live check judges exactly what will be stored.
 */
import type { FieldDefinition, FieldOption, FormDefinition, JsonSchema, LocalizedText } from "../../engine/types";
import { placeOf, type QuestionAddress } from "./builder-view";
import { propertyKeyFrom, pageIdFrom, uniqueName } from "./naming";
import { BLOCKS, questionTemplate, type BlockId, type QuestionKind } from "./palette";
import { writeConstraints, type Constraints } from "./question-schema";
import { groupItemPath, isSchemaObject, locateInPlace, schemaAt } from "./schema-location";

type Lang = "de" | "en";
export type TextFact = "title" | "description" | "fees" | "processingTime" | "declaration" | "reviewTitle";
export type ListFact = "requirements" | "legalBasis";

const copy = (definition: FormDefinition): FormDefinition => structuredClone(definition);

/** Sets one language of a localized text; an empty English text is removed, German stays. */
function withText(text: LocalizedText | undefined, lang: Lang, value: string): LocalizedText | undefined {
  const next: LocalizedText = { de: "", ...text };
  if (lang === "en" && value === "") delete next.en;
  else next[lang] = value;
  if (next.de === "" && next.en === undefined && lang === "de" && text === undefined) return undefined;
  return next;
}

function setOptionalText(target: Record<string, unknown>, key: string, lang: Lang, value: string, optional: boolean): void {
  const next = withText(target[key] as LocalizedText | undefined, lang, value);
  if (optional && (next === undefined || (next.de === "" && next.en === undefined))) delete target[key];
  else target[key] = next ?? { de: "" };
}

export function setTextFact(definition: FormDefinition, fact: TextFact, lang: Lang, value: string): FormDefinition {
  const next = copy(definition);
  if (fact === "declaration") setOptionalText(next.review as unknown as Record<string, unknown>, "declaration", lang, value, false);
  else if (fact === "reviewTitle") setOptionalText(next.review as unknown as Record<string, unknown>, "title", lang, value, true);
  else setOptionalText(next as unknown as Record<string, unknown>, fact, lang, value, fact === "processingTime");
  return next;
}

/** Replaces a list fact (requirements, legal basis); an empty list removes the key. */
export function setListFact(definition: FormDefinition, fact: ListFact, items: readonly LocalizedText[]): FormDefinition {
  const next = copy(definition);
  if (items.length === 0) delete next[fact];
  else next[fact] = items.map((item) => ({ ...item }));
  return next;
}

export function setLeikaKey(definition: FormDefinition, value: string): FormDefinition {
  const next = copy(definition);
  if (value.trim() === "") delete next.leikaKey;
  else next.leikaKey = value.trim();
  return next;
}

/** The LeiKa key format the meta-schema demands, for an immediate message beside the input. */
export const LEIKA_KEY_FORMAT = /^99\d{12}$/;

export function setLevel(definition: FormDefinition, level: "gemeinde" | "kreis"): FormDefinition {
  return { ...copy(definition), level };
}

export function setServiceId(definition: FormDefinition, id: string): FormDefinition {
  return { ...copy(definition), id: id.trim() };
}

// ---------------------------------------------------------------- pages

export function addPage(definition: FormDefinition, title: string): { definition: FormDefinition; index: number } {
  const next = copy(definition);
  const id = pageIdFrom(title, new Set(next.steps.map((s) => s.id)));
  next.steps.push({ id, title: { de: title }, fields: [] });
  return { definition: next, index: next.steps.length - 1 };
}

export function setPageText(
  definition: FormDefinition,
  index: number,
  key: "title" | "description",
  lang: Lang,
  value: string,
): FormDefinition {
  const next = copy(definition);
  setOptionalText(next.steps[index] as unknown as Record<string, unknown>, key, lang, value, key === "description");
  return next;
}

function move<T>(list: T[], from: number, to: number): boolean {
  if (from < 0 || from >= list.length || to < 0 || to >= list.length || from === to) return false;
  const [item] = list.splice(from, 1);
  list.splice(to, 0, item as T);
  return true;
}

export function movePage(definition: FormDefinition, from: number, to: number): FormDefinition {
  const next = copy(definition);
  return move(next.steps, from, to) ? next : definition;
}

/** Deletes a page with its questions and the data they owned. */
export function deletePage(definition: FormDefinition, index: number): FormDefinition {
  let next = definition;
  for (let field = (definition.steps[index]?.fields.length ?? 0) - 1; field >= 0; field -= 1) {
    next = deleteQuestion(next, { step: index, field });
  }
  next = copy(next);
  next.steps.splice(index, 1);
  return next;
}

/** Sets or removes a page's condition schema (the builder writes it from clauses in words). */
export function setPageWhen(definition: FormDefinition, index: number, when: JsonSchema | null): FormDefinition {
  const next = copy(definition);
  const step = next.steps[index];
  if (!step) return definition;
  if (when === null) delete step.when;
  else step.when = when;
  return next;
}

/** The top-level data keys a page's questions fill (the first pointer segment of each). */
export function pageDataKeys(definition: FormDefinition, index: number): string[] {
  const keys = new Set<string>();
  for (const field of definition.steps[index]?.fields ?? []) {
    const first = field.pointer.split("/")[1];
    if (first) keys.add(first.replace(/~1/g, "/").replace(/~0/g, "~"));
  }
  return [...keys];
}

// ---------------------------------------------------------------- questions

function fieldList(definition: FormDefinition, address: { step: number; field?: number; inGroup?: boolean }): FieldDefinition[] | null {
  const step = definition.steps[address.step];
  if (!step) return null;
  if (!address.inGroup) return step.fields;
  const group = address.field === undefined ? undefined : step.fields[address.field];
  if (!group || group.widget !== "group") return null;
  group.fields ??= [];
  return group.fields;
}

function questionAt(definition: FormDefinition, address: QuestionAddress): FieldDefinition | undefined {
  const top = definition.steps[address.step]?.fields[address.field];
  return address.item === undefined ? top : top?.fields?.[address.item];
}

/** The object schema new questions of a page (or group item) go into. */
function containerPath(definition: FormDefinition, step: number, group?: number): string[] | null {
  if (group === undefined) return [];
  const groupPlace = placeOf(definition, { step, field: group });
  return groupPlace ? groupItemPath(definition.dataSchema, groupPlace.path) : null;
}

function takenKeys(definition: FormDefinition, container: JsonSchema, step: number, group?: number): Set<string> {
  const taken = new Set(Object.keys(isSchemaObject(container.properties) ? container.properties : {}));
  const fields = group === undefined ? definition.steps.flatMap((s) => s.fields) : (definition.steps[step]?.fields[group]?.fields ?? []);
  for (const field of fields) taken.add(field.pointer.split("/")[1] ?? "");
  return taken;
}

export type NewQuestion = { definition: FormDefinition; address: QuestionAddress };

/**
 * Adds a question of `kind` at the end of a page or — with `group` — of a repeating group's
 * item, with its property named after the label.
 */
export function addQuestion(
  definition: FormDefinition,
  step: number,
  kind: QuestionKind,
  label: string,
  group?: number,
): NewQuestion | null {
  const next = copy(definition);
  const path = containerPath(next, step, group);
  const container = path && schemaAt(next.dataSchema, path);
  const fields = fieldList(next, { step, field: group, inGroup: group !== undefined });
  if (!container || !fields) return null;
  const key = uniqueName(propertyKeyFrom(label), takenKeys(next, container, step, group));
  const { field, schema } = questionTemplate(kind, `/${key}`, label);
  const properties = isSchemaObject(container.properties) ? container.properties : (container.properties = {});
  properties[key] = schema;
  fields.push(field);
  const index = fields.length - 1;
  return { definition: next, address: group === undefined ? { step, field: index } : { step, field: group, item: index } };
}

/** Adds a ready-made block (name, address …): one required property with the shared part, and its fields. */
export function addBlock(definition: FormDefinition, step: number, block: BlockId, group?: number): NewQuestion | null {
  const template = BLOCKS[block];
  const next = copy(definition);
  const path = containerPath(next, step, group);
  const container = path && schemaAt(next.dataSchema, path);
  const fields = fieldList(next, { step, field: group, inGroup: group !== undefined });
  if (!container || !fields) return null;
  const key = uniqueName(template.key, takenKeys(next, container, step, group));
  const properties = isSchemaObject(container.properties) ? container.properties : (container.properties = {});
  properties[key] = { $ref: template.ref };
  if (template.required) container.required = [...(Array.isArray(container.required) ? container.required : []), key];
  const first = fields.length;
  for (const { relative, ...field } of template.fields) fields.push({ ...structuredClone(field), pointer: `/${key}${relative}` });
  return { definition: next, address: group === undefined ? { step, field: first } : { step, field: group, item: first } };
}

export interface QuestionPatch {
  label?: LocalizedText;
  hint?: LocalizedText | null;
  required?: boolean;
  options?: FieldOption[];
  constraints?: Constraints;
  accept?: string[] | null;
  maxBytes?: number | null;
  autocomplete?: string | null;
  messages?: Record<string, LocalizedText> | null;
  itemLabel?: LocalizedText | null;
  addLabel?: LocalizedText | null;
  /** A condition schema on the question itself; null removes it. */
  when?: JsonSchema | null;
}

const FIELD_KEYS = ["label", "hint", "accept", "maxBytes", "autocomplete", "messages", "itemLabel", "addLabel", "when"] as const;

/** Applies a patch to one question: field keys to the field, required/options/constraints to its schema. */
export function updateQuestion(definition: FormDefinition, address: QuestionAddress, patch: QuestionPatch): FormDefinition {
  const next = copy(definition);
  const field = questionAt(next, address) as (FieldDefinition & Record<string, unknown>) | undefined;
  if (!field) return definition;
  for (const key of FIELD_KEYS) {
    if (!(key in patch)) continue;
    const value = patch[key];
    if (value === null || value === undefined) delete field[key];
    else (field as Record<string, unknown>)[key] = structuredClone(value);
  }
  const place = placeOf(next, address);
  const schema = place ? schemaAt(next.dataSchema, place.path) : undefined;
  const parent = place ? schemaAt(next.dataSchema, place.parentPath) : undefined;
  if (patch.options) {
    field.options = structuredClone(patch.options);
    const holder = schema && (field.widget === "checkboxes" ? schema.items : schema);
    if (isSchemaObject(holder) && Array.isArray(holder.enum)) holder.enum = patch.options.map((o) => o.value);
    // A list of checkboxes can hold each value once.
    if (schema && field.widget === "checkboxes" && typeof schema.maxItems === "number") schema.maxItems = patch.options.length;
  }
  if (patch.constraints && schema && schema.$ref === undefined) writeConstraints(schema, patch.constraints);
  if (patch.required !== undefined && place && parent) {
    const list = Array.isArray(parent.required) ? (parent.required as string[]) : [];
    if (patch.required && !list.includes(place.name)) parent.required = [...list, place.name];
    if (!patch.required && list.includes(place.name)) parent.required = list.filter((name) => name !== place.name);
  }
  return next;
}

/** Moves a question within its page (or group) to position `to`. */
export function moveQuestion(definition: FormDefinition, address: QuestionAddress, to: number): FormDefinition {
  const next = copy(definition);
  const fields = fieldList(next, { step: address.step, field: address.field, inGroup: address.item !== undefined });
  if (!fields) return definition;
  return move(fields, address.item ?? address.field, to) ? next : definition;
}

/** Moves a top-level question to the end of another page (its data stays where it is). */
export function moveQuestionToPage(definition: FormDefinition, address: QuestionAddress, step: number): FormDefinition {
  if (address.item !== undefined || !definition.steps[step] || step === address.step) return definition;
  const next = copy(definition);
  const [field] = next.steps[address.step]!.fields.splice(address.field, 1);
  if (field) next.steps[step]!.fields.push(field);
  return next;
}

function removeProperty(container: JsonSchema | undefined, name: string): void {
  if (!container || !isSchemaObject(container.properties)) return;
  delete container.properties[name];
  if (Array.isArray(container.required) && container.required.includes(name)) {
    container.required = container.required.filter((entry) => entry !== name);
  }
}

/**
 * Deletes a question and the data property it owned — the whole top-level property (a block's
 * object, a group) once no question points into it any more, so no orphaned requirement stays.
 */
export function deleteQuestion(definition: FormDefinition, address: QuestionAddress): FormDefinition {
  const next = copy(definition);
  const inGroup = address.item !== undefined;
  const fields = fieldList(next, { step: address.step, field: address.field, inGroup });
  const place = placeOf(next, address);
  const containerBase = inGroup ? containerPath(next, address.step, address.field) : [];
  if (!fields) return definition;
  const [removed] = fields.splice(address.item ?? address.field, 1);
  if (!removed) return definition;
  const first = removed.pointer.split("/")[1] ?? "";
  const stillUsed = (inGroup ? fields : next.steps.flatMap((s) => s.fields)).some((f) => f.pointer.split("/")[1] === first);
  if (stillUsed) {
    // A nested question of an object written in place: drop just its own property.
    if (place && place.path.length > 2) removeProperty(schemaAt(next.dataSchema, place.parentPath), place.name);
    return next;
  }
  if (containerBase) {
    const container = schemaAt(next.dataSchema, containerBase);
    const key = first.replace(/~1/g, "/").replace(/~0/g, "~");
    if (container && locateInPlace(next.dataSchema, containerBase, `/${first}`)) removeProperty(container, key);
  }
  return next;
}
