/**
 * What editors add from the palette: question kinds and ready-made blocks from `schemas/`. Each
 * entry yields the field definition(s) and the schema written in place — the same shapes the
 * built-in forms use, so the engine, the receipt and the clerk's view need nothing new.
 */
import type { FieldDefinition, JsonSchema, LocalizedText } from "../../engine/types";

export type QuestionKind =
  "text" | "textarea" | "number" | "date" | "email" | "tel" | "select" | "radio" | "checkboxes" | "yesno" | "checkbox" | "file" | "group";

export const QUESTION_KINDS: ReadonlyArray<{ kind: QuestionKind; label: string }> = [
  { kind: "text", label: "Kurzer Text" },
  { kind: "textarea", label: "Langer Text" },
  { kind: "number", label: "Zahl" },
  { kind: "date", label: "Datum" },
  { kind: "email", label: "E-Mail-Adresse" },
  { kind: "tel", label: "Telefonnummer" },
  { kind: "select", label: "Auswahlliste" },
  { kind: "radio", label: "Eine Antwort aus mehreren (Optionsfelder)" },
  { kind: "checkboxes", label: "Mehrere Antworten (Kontrollkästchen)" },
  { kind: "yesno", label: "Ja/Nein-Frage" },
  { kind: "checkbox", label: "Einzelnes Häkchen (Bestätigung)" },
  { kind: "file", label: "Datei-Upload" },
  { kind: "group", label: "Wiederholbare Gruppe" },
];

/** The palette's name for a widget ("radio" → "Eine Antwort aus mehreren …"); an unknown widget keeps its own name. */
export function widgetName(widget: string): string {
  return QUESTION_KINDS.find((entry) => entry.kind === widget)?.label ?? widget;
}

const de = (text: string): LocalizedText => ({ de: text });

export const DEFAULT_ACCEPT = ["application/pdf", "image/jpeg", "image/png"];
export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

/** A new question of `kind` at `pointer`: its field and the schema for its property. */
export function questionTemplate(kind: QuestionKind, pointer: string, label: string): { field: FieldDefinition; schema: JsonSchema } {
  const base = { pointer, label: de(label) };
  const twoOptions = [
    { value: "option-1", label: de("Antwort 1") },
    { value: "option-2", label: de("Antwort 2") },
  ];
  switch (kind) {
    case "text":
      return { field: { ...base, widget: "text" }, schema: { type: "string", maxLength: 200 } };
    case "textarea":
      return { field: { ...base, widget: "textarea" }, schema: { type: "string", maxLength: 4000 } };
    case "number":
      return { field: { ...base, widget: "number" }, schema: { type: "number" } };
    case "date":
      return { field: { ...base, widget: "date" }, schema: { type: "string", format: "date" } };
    case "email":
      return { field: { ...base, widget: "email", autocomplete: "email" }, schema: { type: "string", format: "email", maxLength: 254 } };
    case "tel":
      return { field: { ...base, widget: "tel", autocomplete: "tel" }, schema: { type: "string", maxLength: 30 } };
    case "select":
    case "radio":
      return { field: { ...base, widget: kind, options: twoOptions }, schema: { type: "string", enum: twoOptions.map((o) => o.value) } };
    case "yesno": {
      const options = [
        { value: "ja", label: de("Ja") },
        { value: "nein", label: de("Nein") },
      ];
      return { field: { ...base, widget: "radio", options }, schema: { type: "string", enum: ["ja", "nein"] } };
    }
    case "checkboxes":
      return {
        field: { ...base, widget: "checkboxes", options: twoOptions },
        schema: { type: "array", uniqueItems: true, maxItems: 2, items: { type: "string", enum: twoOptions.map((o) => o.value) } },
      };
    case "checkbox":
      return { field: { ...base, widget: "checkbox" }, schema: { type: "boolean" } };
    case "file":
      return {
        field: { ...base, widget: "file", accept: [...DEFAULT_ACCEPT], maxBytes: DEFAULT_MAX_BYTES },
        schema: { $ref: "attachment.schema.json" },
      };
    case "group":
      return {
        field: { ...base, widget: "group", itemLabel: de("Eintrag"), addLabel: de("Weiteren Eintrag hinzufügen"), fields: [] },
        schema: { type: "array", minItems: 1, maxItems: 10, items: { type: "object", required: [], properties: {} } },
      };
  }
}

export type BlockId = "name" | "address" | "dateOfBirth" | "contact" | "bankAccount";

interface BlockTemplate {
  label: string;
  /** Base of the property key. */
  key: string;
  /** The shared part from `schemas/`. */
  ref: string;
  /** Whether the block as a whole is required when added. */
  required: boolean;
  /** Fields relative to the block's property (`""` for the block itself). */
  fields: ReadonlyArray<Omit<FieldDefinition, "pointer"> & { relative: string }>;
}

export const BLOCKS: Readonly<Record<BlockId, BlockTemplate>> = {
  name: {
    label: "Name einer Person",
    key: "name",
    ref: "person-name.schema.json",
    required: true,
    fields: [
      { relative: "/vorname", widget: "text", label: de("Vorname"), autocomplete: "given-name" },
      { relative: "/nachname", widget: "text", label: de("Nachname"), autocomplete: "family-name" },
    ],
  },
  address: {
    label: "Anschrift",
    key: "anschrift",
    ref: "address.schema.json",
    required: true,
    fields: [
      { relative: "/strasse", widget: "text", label: de("Straße"), autocomplete: "address-line1" },
      { relative: "/hausnummer", widget: "text", label: de("Hausnummer") },
      { relative: "/plz", widget: "text", label: de("Postleitzahl"), autocomplete: "postal-code" },
      { relative: "/ort", widget: "text", label: de("Ort"), autocomplete: "address-level2" },
      {
        relative: "/zusatz",
        widget: "text",
        label: de("Adresszusatz"),
        hint: de("Zum Beispiel c/o oder Hinterhaus"),
        autocomplete: "address-line2",
      },
    ],
  },
  dateOfBirth: {
    label: "Geburtsdatum",
    key: "geburtsdatum",
    ref: "date-of-birth.schema.json",
    required: true,
    fields: [{ relative: "", widget: "date", label: de("Geburtsdatum"), autocomplete: "bday" }],
  },
  contact: {
    label: "Kontakt (E-Mail, Telefon)",
    key: "kontakt",
    ref: "contact.schema.json",
    required: false,
    fields: [
      { relative: "/email", widget: "email", label: de("E-Mail-Adresse"), autocomplete: "email" },
      { relative: "/telefon", widget: "tel", label: de("Telefonnummer"), autocomplete: "tel" },
    ],
  },
  bankAccount: {
    label: "Bankverbindung",
    key: "bankverbindung",
    ref: "bank-account.schema.json",
    required: true,
    fields: [
      { relative: "/kontoinhaber", widget: "text", label: de("Kontoinhaberin oder Kontoinhaber"), autocomplete: "name" },
      { relative: "/iban", widget: "text", label: de("IBAN"), hint: de("Zum Beispiel DE02 1203 0000 0000 2020 51") },
      { relative: "/bic", widget: "text", label: de("BIC"), hint: de("Nur bei Konten außerhalb Deutschlands nötig") },
    ],
  },
};

/** Autocomplete tokens by the last pointer segment, as the blocks use them (WCAG 1.3.5). */
const AUTOCOMPLETE_BY_NAME: Record<string, string> = {
  vorname: "given-name",
  nachname: "family-name",
  strasse: "address-line1",
  plz: "postal-code",
  ort: "address-level2",
  zusatz: "address-line2",
  titel: "honorific-prefix",
  email: "email",
  telefon: "tel",
  geburtsdatum: "bday",
  kontoinhaber: "name",
  iban: "off",
};

/** The token a block would use for a question with this pointer, if any. */
export function suggestedAutocomplete(pointer: string): string | undefined {
  const name = pointer.split("/").at(-1) ?? "";
  const token = AUTOCOMPLETE_BY_NAME[name];
  return token === "off" ? undefined : token;
}
