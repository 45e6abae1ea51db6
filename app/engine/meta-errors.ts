/**
 * Meta-schema violations in words an editor can act on ("unbekanntes Widget
 * „slider“; erlaubt: …") instead of Ajv's "must be equal to one of the
 * allowed values".
 */
import { relevantIssues } from "./field-errors";
import { parsePointer } from "./json-pointer";
import type { ValidationIssue } from "./types";

export interface MetaProblem {
  pointer: string;
  message: string;
}

const TYPE_NAMES: Record<string, string> = {
  string: "ein Text",
  integer: "eine ganze Zahl",
  number: "eine Zahl",
  boolean: "true oder false",
  object: "ein Objekt",
  array: "eine Liste",
  null: "null",
};

function listOf(values: unknown, limit = 12): string {
  const all = Array.isArray(values) ? values.map(String) : [];
  return all.length > limit ? `${all.slice(0, limit).join(", ")}, …` : all.join(", ");
}

function typeName(type: unknown): string {
  return String(type)
    .split(",")
    .map((name) => TYPE_NAMES[name] ?? name)
    .join(" oder ");
}

function isInsideSchema(pointer: string): boolean {
  return /^\/dataSchema(\/|$)|^\/steps\/\d+\/when(\/|$)/.test(pointer);
}

function describe(issue: ValidationIssue, pointer: string, value: unknown): string {
  const { keyword, params } = issue;
  const last = parsePointer(pointer).at(-1) ?? "";
  switch (keyword) {
    case "required":
      return `Pflichtangabe „${String(params.missingProperty)}“ fehlt.`;
    case "additionalProperties":
      return isInsideSchema(issue.instancePath)
        ? `JSON-Schema-Schlüsselwort „${String(params.additionalProperty)}“ wird nicht unterstützt.`
        : `Unbekannter Schlüssel „${String(params.additionalProperty)}“.`;
    case "enum":
      if (last === "widget") return `Unbekanntes Widget „${String(value)}“. Erlaubt: ${listOf(params.allowedValues)}.`;
      if (last === "format") return `Unbekanntes Format „${String(value)}“. Erlaubt: ${listOf(params.allowedValues)}.`;
      return `Wert „${String(value)}“ ist nicht erlaubt. Erlaubt: ${listOf(params.allowedValues)}.`;
    case "const":
      return `Muss „${String(params.allowedValue)}“ sein.`;
    case "type":
      return `Muss ${typeName(params.type)} sein.`;
    case "pattern":
      if (last === "id" && pointer === "/id") {
        return "Die ID beginnt mit einem Kleinbuchstaben und enthält nur Kleinbuchstaben, Ziffern und Bindestriche (3–63 Zeichen).";
      }
      if (last === "id")
        return "Die Schritt-ID beginnt mit einem Kleinbuchstaben und enthält nur Kleinbuchstaben, Ziffern und Bindestriche.";
      if (last === "leikaKey") return "Der LeiKa-Schlüssel hat 14 Ziffern und beginnt mit 99.";
      if (last === "pointer") return `„${String(value)}“ ist kein JSON-Pointer; er beginnt mit „/“, z. B. /antragsteller/vorname.`;
      return `Hat nicht das erwartete Format (${String(params.pattern)}).`;
    case "minLength":
      return params.limit === 1 ? "Darf nicht leer sein." : `Mindestens ${String(params.limit)} Zeichen.`;
    case "maxLength":
      return `Höchstens ${String(params.limit)} Zeichen.`;
    case "minItems":
      return `Mindestens ${String(params.limit)} Einträge.`;
    case "maxItems":
      return `Höchstens ${String(params.limit)} Einträge.`;
    case "maxProperties":
      return `Höchstens ${String(params.limit)} Schlüssel.`;
    case "minimum":
    case "maximum":
    case "exclusiveMinimum":
    case "exclusiveMaximum":
      return `Muss ${String(params.comparison)} ${String(params.limit)} sein.`;
    case "uniqueItems":
      return "Enthält doppelte Einträge.";
    case "false schema":
      return `„${last}“ ist bei diesem Widget nicht vorgesehen.`;
    case "not":
      if (last === "id") return "„review“ und „submitted“ sind reservierte Schritt-IDs.";
      if (last === "widget") return "Gruppen können nicht verschachtelt werden.";
      return "Dieser Wert ist hier nicht erlaubt.";
    case "propertyNames":
      return `Ungültiger Schlüssel „${String(params.propertyName)}“.`;
    default:
      return "Ungültiger Wert.";
  }
}

/** One problem per pointer and message, in document order of the issues. */
export function describeMetaIssues(issues: readonly ValidationIssue[], definition: unknown): MetaProblem[] {
  const problems: MetaProblem[] = [];
  const seen = new Set<string>();
  // Inner failures of `propertyNames` repeat the outer one with less context.
  const outer = issues.filter((issue) => !issue.schemaPath.includes("/propertyNames/"));
  for (const { issue, pointer } of relevantIssues(outer)) {
    let value: unknown = definition;
    for (const segment of parsePointer(pointer)) value = (value as Record<string, unknown> | undefined)?.[segment];
    const message = describe(issue, pointer, value);
    const key = `${pointer}\n${message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    problems.push({ pointer, message });
  }
  return problems;
}
