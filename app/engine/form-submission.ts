/**
 * HTML form posts ⇄ typed step data. Every step is a real form post (the
 * portal works without JavaScript), so this is where strings become numbers,
 * booleans, dates and arrays. Input names are the fields' JSON pointers;
 * group items are `/hunde/0/name`; a date posts `<pointer>/day|month|year`.
 *
 * Invalid input is kept (not dropped) so validation can name the problem and
 * the form can show exactly what the citizen typed.
 */
import { getAt, joinPointer, parsePointer, setAt } from "./json-pointer";
import type { FormRuntime } from "./runtime";
import { ANY_ITEM, type SchemaFacts } from "./schema-resolver";
import type { FieldDefinition, FormValues } from "./types";

export type FormEntries = ReadonlyArray<readonly [name: string, value: string]>;

export const DATE_PARTS = ["day", "month", "year"] as const;
export type DatePart = (typeof DATE_PARTS)[number];

/** Values an HTML checkbox posts when ticked (browsers send "on" without a value attribute). */
const CHECKED = new Set(["true", "on", "1", "yes", "ja"]);

type PostedValues = ReadonlyMap<string, readonly string[]>;

function collect(entries: FormEntries): PostedValues {
  const posted = new Map<string, string[]>();
  for (const [name, value] of entries) {
    const values = posted.get(name);
    if (values) values.push(value);
    else posted.set(name, [value]);
  }
  return posted;
}

/** "12,5" (German) and "12.5" both mean twelve and a half; unparsable text stays text. */
export function parseNumber(text: string): number | string {
  const normalized = text.includes(",") ? text.replace(/\./g, "").replace(",", ".") : text;
  if (!/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(normalized)) return text;
  const value = Number(normalized);
  return Number.isFinite(value) ? value : text;
}

/** Maps a posted string to the enum value it stands for (enums may hold numbers or booleans). */
function toEnumValue(text: string, allowed: readonly unknown[] | undefined): unknown {
  return allowed?.find((candidate) => String(candidate) === text) ?? text;
}

function isNumeric(facts: SchemaFacts): boolean {
  return (facts.types.has("number") || facts.types.has("integer")) && !facts.types.has("string");
}

/** Day and month are padded ("5" → "05"); the year is kept as typed so "80" is not read as 0080. */
function composeDate(day: string, month: string, year: string): string | undefined {
  if (day === "" && month === "" && year === "") return undefined;
  const pad = (part: string) => (/^\d$/.test(part) ? `0${part}` : part);
  return `${year}-${pad(month)}-${pad(day)}`;
}

function parseAttachment(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text; // fails validation as "not an attachment" instead of vanishing
  }
}

function parseField(field: FieldDefinition, name: string, facts: SchemaFacts, posted: PostedValues): unknown {
  const values = (posted.get(name) ?? []).map((value) => value.trim());
  const first = values.find((value) => value !== "") ?? "";
  switch (field.widget) {
    case "date": {
      const part = (which: DatePart) => (posted.get(`${name}/${which}`)?.[0] ?? "").trim();
      // A single value (JS date picker, API client) wins over the three parts.
      return first !== "" ? first : composeDate(part("day"), part("month"), part("year"));
    }
    case "checkbox":
      return values.some((value) => CHECKED.has(value.toLowerCase()));
    case "checkboxes": {
      const chosen = values.filter((value) => value !== "").map((value) => toEnumValue(value, facts.enumValues));
      return chosen.length > 0 ? chosen : undefined;
    }
    case "select":
    case "radio":
      return first === "" ? undefined : toEnumValue(first, facts.enumValues);
    case "file": {
      const attachments = values.filter((value) => value !== "").map(parseAttachment);
      if (facts.types.has("array")) return attachments.length > 0 ? attachments : undefined;
      return attachments[0];
    }
    case "number":
      return first === "" ? undefined : parseNumber(first);
    default: {
      if (first === "") return undefined;
      if (facts.format === "iban") return first.replace(/\s+/g, "").toUpperCase();
      return isNumeric(facts) ? parseNumber(first) : first;
    }
  }
}

/** Item numbers posted for a group, in numeric order (`/hunde/0/…`, `/hunde/2/…` → [0, 2]). */
function postedItemIndices(groupPointer: string, posted: PostedValues): number[] {
  const prefix = `${groupPointer}/`;
  const indices = new Set<number>();
  for (const name of posted.keys()) {
    if (!name.startsWith(prefix)) continue;
    const segment = name.slice(prefix.length).split("/", 1)[0] ?? "";
    if (/^(0|[1-9]\d{0,3})$/.test(segment)) indices.add(Number(segment));
  }
  return [...indices].sort((a, b) => a - b);
}

function parseGroup(runtime: FormRuntime, group: FieldDefinition, posted: PostedValues): unknown[] | undefined {
  const indices = postedItemIndices(group.pointer, posted);
  if (indices.length === 0) return undefined;
  // Items are renumbered 0..n-1: a removed middle item leaves no hole.
  return indices.map((postedIndex) => {
    let item: FormValues = {};
    for (const itemField of group.fields ?? []) {
      const name = joinPointer(group.pointer, postedIndex) + itemField.pointer;
      const facts = runtime.fieldFacts(`${group.pointer}/${ANY_ITEM}${itemField.pointer}`);
      const value = parseField(itemField, name, facts, posted);
      if (value !== undefined) item = setAt(item, parsePointer(itemField.pointer), value);
    }
    return item;
  });
}

/** The typed answers of one step from its posted form fields; names of other steps are ignored. */
export function parseStepSubmission(runtime: FormRuntime, stepId: string, entries: FormEntries): FormValues {
  const posted = collect(entries);
  let data: FormValues = {};
  for (const field of runtime.step(stepId).fields) {
    const value =
      field.widget === "group"
        ? parseGroup(runtime, field, posted)
        : parseField(field, field.pointer, runtime.fieldFacts(field.pointer), posted);
    if (value !== undefined) data = setAt(data, parsePointer(field.pointer), value);
  }
  return data;
}

/** Input values to re-render a form: input name → value (several values for checkboxes and multi-file). */
export type InputValues = Record<string, string | string[]>;

function splitDate(value: string): Record<DatePart, string> {
  const match = /^(.*)-(.*)-(.*)$/.exec(value);
  return match ? { year: match[1]!, month: match[2]!, day: match[3]! } : { year: value, month: "", day: "" };
}

function writeInputs(field: FieldDefinition, name: string, value: unknown, inputs: InputValues): void {
  if (value === undefined || value === null) return;
  switch (field.widget) {
    case "date":
      if (typeof value === "string") {
        const parts = splitDate(value);
        for (const part of DATE_PARTS) inputs[`${name}/${part}`] = parts[part];
      }
      return;
    case "checkbox":
      if (value === true) inputs[name] = "true";
      return;
    case "checkboxes":
      inputs[name] = (Array.isArray(value) ? value : [value]).map(String);
      return;
    case "file":
      inputs[name] = Array.isArray(value) ? value.map((attachment) => JSON.stringify(attachment)) : JSON.stringify(value);
      return;
    default:
      inputs[name] = typeof value === "object" ? JSON.stringify(value) : String(value);
  }
}

/** The inverse of parseStepSubmission: what each input of the step should show for `data`. */
export function inputValuesForStep(runtime: FormRuntime, stepId: string, data: FormValues): InputValues {
  const inputs: InputValues = {};
  for (const field of runtime.step(stepId).fields) {
    const value = getAt(data, parsePointer(field.pointer));
    if (field.widget !== "group") {
      writeInputs(field, field.pointer, value, inputs);
      continue;
    }
    if (!Array.isArray(value)) continue;
    value.forEach((item, index) => {
      for (const itemField of field.fields ?? []) {
        const name = joinPointer(field.pointer, index) + itemField.pointer;
        writeInputs(itemField, name, getAt(item, parsePointer(itemField.pointer)), inputs);
      }
    });
  }
  return inputs;
}
