/**
 * One FIM data field → its JSON Schema and field definition parts (widget, options, file
 * limits). datentyp gives the type and widget, praezisierung the limits, werte or a supplied
 * code list the enum with the names as option labels. Whatever is approximated or left for
 * the editor is said in `notes`.
 */
import type { FieldDefinition, JsonSchema } from "../../engine/types";
import { checkPatternSafety } from "../../engine/regex-safety";
import type { FimCodeList, FimField, FimValue } from "./model";
import type { ReportLine } from "./report";
import { convertXsdPattern } from "./xsd-pattern";

export interface FieldMapping {
  schema: JsonSchema;
  widget: FieldDefinition["widget"];
  options?: FieldDefinition["options"];
  accept?: string[];
  maxBytes?: number;
  approximated: string[];
  decisions: string[];
  /** The code list that supplied the values, for the count. */
  codeListUsed?: string;
}

const MAX_OPTIONS = 200;
const RADIO_UP_TO = 5;
const MAX_FILE_BYTES = 104857600;
const TIME_PATTERN = "^(?:[01][0-9]|2[0-3]):[0-5][0-9]$";
const DATETIME_PATTERN = "^[0-9]{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])T(?:[01][0-9]|2[0-3]):[0-5][0-9]$";

function valuesOf(field: FimField, codeLists: ReadonlyMap<string, FimCodeList>, notes: FieldMapping): FimValue[] | undefined {
  if (field.values) return field.values;
  if (!field.codeList) return undefined;
  const list = codeLists.get(field.codeList.uri);
  if (!list) {
    notes.decisions.push(
      `Code-Liste „${field.codeList.uri}“${field.codeList.version ? ` (Version ${field.codeList.version})` : ""} wurde nicht mitgeliefert: ` +
        "als Textfeld übernommen. Die Liste als genericode-Datei mit hochladen, um eine Auswahl zu erhalten.",
    );
    return undefined;
  }
  if (field.codeList.version && list.version && list.version !== field.codeList.version) {
    notes.approximated.push(`Code-Liste „${list.uri}“ in Version ${list.version} statt ${field.codeList.version} verwendet.`);
  }
  notes.codeListUsed = list.uri;
  return list.values;
}

function stringConstraints(field: FimField, schema: JsonSchema, notes: FieldMapping): void {
  const c = field.constraints;
  if (c.minLength !== undefined && c.minLength > 0) schema.minLength = Math.floor(c.minLength);
  if (c.maxLength !== undefined && c.maxLength > 0) schema.maxLength = Math.min(Math.floor(c.maxLength), 10000);
  if (c.pattern) {
    const converted = convertXsdPattern(c.pattern);
    if (!converted.ok) {
      notes.decisions.push(`Muster „${c.pattern}“ nicht übernommen: ${converted.reason}.`);
    } else {
      const verdict = checkPatternSafety(converted.pattern);
      if (verdict.safe) {
        schema.pattern = converted.pattern;
        for (const note of converted.notes) notes.approximated.push(`Muster „${c.pattern}“: ${note}.`);
      } else {
        notes.decisions.push(`Muster „${c.pattern}“ (als „${converted.pattern}“) nicht übernommen: ${verdict.reason}.`);
      }
    }
  }
}

function numberConstraints(field: FimField, schema: JsonSchema): void {
  const c = field.constraints;
  if (c.minValue !== undefined) schema.minimum = c.minValue;
  if (c.maxValue !== undefined) schema.maximum = c.maxValue;
}

function mediaTypes(field: FimField, notes: FieldMapping): string[] | undefined {
  const accepted = [...new Set(field.mediaTypes.map((m) => m.toLowerCase()))];
  const valid = accepted.filter((m) => /^[a-z]+\/[a-z0-9.+*-]+$/.test(m) && m.length <= 100).slice(0, 20);
  for (const m of accepted.filter((x) => !valid.includes(x))) notes.approximated.push(`Medientyp „${m}“ nicht übernommen.`);
  return valid.length > 0 ? valid : undefined;
}

export function mapField(field: FimField, codeLists: ReadonlyMap<string, FimCodeList>): FieldMapping {
  const notes: FieldMapping = { schema: {}, widget: "text", approximated: [], decisions: [] };
  if (field.constraintProblem) notes.decisions.push(field.constraintProblem);
  const values = valuesOf(field, codeLists, notes);
  const type = field.dataType;

  if (values && type !== "bool" && type !== "file") {
    const unique = [...new Map(values.map((v) => [v.code, v])).values()].filter((v) => v.code.length <= 200);
    if (unique.length > MAX_OPTIONS) {
      notes.decisions.push(`Die Werteliste hat ${unique.length} Einträge (höchstens ${MAX_OPTIONS} als Auswahl): als Textfeld übernommen.`);
      notes.codeListUsed = undefined;
    } else if (unique.length > 0) {
      notes.schema = { type: "string", enum: unique.map((v) => v.code) };
      notes.widget = unique.length <= RADIO_UP_TO ? "radio" : "select";
      notes.options = unique.map((v) => ({ value: v.code, label: { de: v.name.slice(0, 300) } }));
      return notes;
    }
  }

  switch (type) {
    case "bool":
      // The enum lets a posted "true"/"false" map back to the boolean (form posts are text).
      notes.schema = { type: "boolean", enum: [true, false] };
      notes.widget = "radio";
      notes.options = [
        { value: true, label: { de: "Ja" } },
        { value: false, label: { de: "Nein" } },
      ];
      return notes;
    case "date":
      notes.schema = { type: "string", format: "date" };
      notes.widget = "date";
      return notes;
    case "num":
    case "num_int":
    case "num_currency":
      notes.schema = { type: type === "num_int" ? "integer" : "number" };
      if (type === "num_currency") notes.schema.multipleOf = 0.01;
      numberConstraints(field, notes.schema);
      notes.widget = "number";
      return notes;
    case "file":
      notes.schema = { $ref: "attachment.schema.json" };
      notes.widget = "file";
      notes.accept = mediaTypes(field, notes);
      if (field.maxSize !== undefined && field.maxSize > 0) notes.maxBytes = Math.min(Math.floor(field.maxSize), MAX_FILE_BYTES);
      return notes;
    case "time":
      notes.schema = { type: "string", pattern: TIME_PATTERN, maxLength: 5 };
      notes.approximated.push("Uhrzeit als Textfeld im Format HH:MM übernommen.");
      return notes;
    case "datetime":
      notes.schema = { type: "string", pattern: DATETIME_PATTERN, maxLength: 16 };
      notes.approximated.push("Zeitpunkt als Textfeld im Format JJJJ-MM-TTTHH:MM übernommen.");
      return notes;
    case "text":
    case "text_latin":
    case "string_latin":
      break;
    default:
      notes.approximated.push(`Datentyp „${type}“ als Text übernommen.`);
  }
  notes.schema = { type: "string" };
  stringConstraints(field, notes.schema, notes);
  if (type === "text_latin" || type === "string_latin") {
    notes.approximated.push("Zeichensatz nach DIN SPEC 91379 (text_latin) wird nicht geprüft.");
  }
  const maxLength = notes.schema.maxLength as number | undefined;
  notes.widget = maxLength !== undefined && maxLength > 300 ? "textarea" : "text";
  if (/e-?mail/i.test(field.name) && !notes.schema.pattern) {
    notes.widget = "email";
    notes.schema.format = "email";
    notes.approximated.push("Als E-Mail-Adresse geprüft (Format „email“).");
  } else if (/telefon|telefax|mobil/i.test(field.name)) notes.widget = "tel";
  return notes;
}

/** Report lines from a mapping, with element and pointer. */
export function mappingLines(field: FimField, pointer: string, notes: FieldMapping) {
  const line = (message: string): ReportLine => ({ element: field.id, pointer, message });
  return { approximated: notes.approximated.map(line), decisions: notes.decisions.map(line) };
}
