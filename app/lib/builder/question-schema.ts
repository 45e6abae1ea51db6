/**
 * The part of a question's schema the builder offers in words (required, lengths, bounds,
 * pattern, format, item counts) and the rest it keeps untouched and shows as "Expertenangabe".
 */
import type { JsonSchema } from "../../engine/types";

/** Schema keywords a question's controls read and write. Every other keyword is kept as it is. */
export const CONTROLLED_KEYWORDS = [
  "type",
  "enum",
  "items",
  "minLength",
  "maxLength",
  "minimum",
  "maximum",
  "pattern",
  "format",
  "minItems",
  "maxItems",
  "uniqueItems",
  "properties",
  "required",
  "additionalProperties",
  "$ref",
] as const;

export interface Constraints {
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  /** A JavaScript regular expression (`u` flag); vetted for linear time by the check. */
  pattern?: string;
  format?: string;
  minItems?: number;
  maxItems?: number;
}

export const CONSTRAINT_KEYS = ["minLength", "maxLength", "minimum", "maximum", "pattern", "format", "minItems", "maxItems"] as const;

export function readConstraints(schema: JsonSchema): Constraints {
  const constraints: Constraints = {};
  for (const key of CONSTRAINT_KEYS) {
    const value = schema[key];
    if (key === "pattern" || key === "format") {
      if (typeof value === "string") constraints[key] = value;
    } else if (typeof value === "number") constraints[key] = value;
  }
  return constraints;
}

/** Writes exactly the constraint keywords; absent ones are removed, all others stay. */
export function writeConstraints(schema: JsonSchema, constraints: Constraints): void {
  for (const key of CONSTRAINT_KEYS) {
    const value = constraints[key];
    if (value === undefined || value === "") delete schema[key];
    else schema[key] = value;
  }
}

/** The keywords of a question's schema that no control of the builder covers. */
export function expertKeywords(schema: JsonSchema): JsonSchema | null {
  const rest: JsonSchema = {};
  for (const [key, value] of Object.entries(schema)) {
    if (!(CONTROLLED_KEYWORDS as readonly string[]).includes(key)) rest[key] = value;
  }
  return Object.keys(rest).length > 0 ? rest : null;
}

/** Vetted patterns editors choose by name; each passes the linear-time check of forms:check. */
export const VETTED_PATTERNS: ReadonlyArray<{ id: string; label: string; pattern: string }> = [
  { id: "plz", label: "Deutsche Postleitzahl (5 Ziffern)", pattern: "^[0-9]{5}$" },
  { id: "ziffern", label: "Nur Ziffern", pattern: "^[0-9]+$" },
  { id: "buchstaben", label: "Buchstaben, Leerzeichen, Apostroph und Bindestrich", pattern: "^[A-Za-zÄÖÜäöüß]+([ '-][A-Za-zÄÖÜäöüß]+)*$" },
  { id: "transponder", label: "Transpondernummer (15 Ziffern)", pattern: "^[0-9]{15}$" },
  { id: "kennzeichen", label: "Kfz-Kennzeichen (z. B. SÖM-AB 123)", pattern: "^[A-ZÄÖÜ]{1,3}-[A-Z]{1,2} [1-9][0-9]{0,3}[EH]?$" },
];

/** Formats offered in words; `date`, `email` and `iban` also come with their widgets or blocks. */
export const FORMAT_LABELS: Record<string, string> = {
  iban: "IBAN (Prüfziffer wird geprüft)",
  email: "E-Mail-Adresse",
  date: "Kalenderdatum",
  "date-of-birth": "Geburtsdatum (nicht in der Zukunft, nicht vor 1900)",
  uuid: "UUID",
};
