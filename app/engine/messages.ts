/**
 * Error texts: our own templates per JSON Schema keyword, with the field's
 * label filled in. Never Ajv's English texts: citizens get plain German (or
 * English on request), phrased for the widget they actually see.
 */
import type { FieldDefinition, Lang, LocalizedText, Widget } from "./types";

export function localize(text: LocalizedText | undefined, lang: Lang): string {
  if (text === undefined) return "";
  return (lang === "en" ? text.en : undefined) ?? text.de;
}

type Template = Record<Lang, string>;

const REQUIRED_BY_WIDGET: Partial<Record<Widget, Template>> = {
  select: { de: "Bitte wählen Sie bei „{label}“ eine Antwort aus.", en: "Select an answer for “{label}”." },
  radio: { de: "Bitte wählen Sie bei „{label}“ eine Antwort aus.", en: "Select an answer for “{label}”." },
  checkboxes: {
    de: "Bitte wählen Sie bei „{label}“ mindestens eine Antwort aus.",
    en: "Select at least one answer for “{label}”.",
  },
  checkbox: { de: "Bitte bestätigen Sie „{label}“.", en: "Confirm “{label}”." },
  file: { de: "Bitte laden Sie „{label}“ hoch.", en: "Upload “{label}”." },
  date: {
    de: "Bitte geben Sie „{label}“ mit Tag, Monat und Jahr an.",
    en: "Enter “{label}” with day, month and year.",
  },
  group: {
    de: "Bitte machen Sie mindestens eine Angabe bei „{label}“.",
    en: "Add at least one entry for “{label}”.",
  },
};

const REQUIRED: Template = { de: "Bitte geben Sie „{label}“ an.", en: "Enter “{label}”." };

const FORMATS: Record<string, Template> = {
  date: { de: "„{label}“ muss ein gültiges Datum sein.", en: "“{label}” must be a real date." },
  "date-of-birth": {
    de: "„{label}“ muss ein gültiges Geburtsdatum sein: nicht in der Zukunft und nicht vor 1900.",
    en: "“{label}” must be a real date of birth, not in the future and not before 1900.",
  },
  iban: {
    de: "„{label}“ ist keine gültige IBAN. Bitte prüfen Sie Ihre Eingabe, z. B. DE89 3704 0044 0532 0130 00.",
    en: "“{label}” is not a valid IBAN. Check it, for example DE89 3704 0044 0532 0130 00.",
  },
  email: {
    de: "Bitte geben Sie bei „{label}“ eine E-Mail-Adresse im Format name@beispiel.de an.",
    en: "Enter “{label}” in the format name@example.com.",
  },
};

const KEYWORDS: Record<string, Template> = {
  type: { de: "„{label}“ hat ein ungültiges Format.", en: "“{label}” is not in the right format." },
  minLength: {
    de: "„{label}“ muss mindestens {limit} Zeichen lang sein.",
    en: "“{label}” must be at least {limit} characters long.",
  },
  maxLength: {
    de: "„{label}“ darf höchstens {limit} Zeichen lang sein.",
    en: "“{label}” must be {limit} characters or fewer.",
  },
  pattern: { de: "„{label}“ hat nicht das erwartete Format.", en: "“{label}” is not in the expected format." },
  format: { de: "„{label}“ hat nicht das erwartete Format.", en: "“{label}” is not in the expected format." },
  minimum: { de: "„{label}“ muss mindestens {limit} sein.", en: "“{label}” must be {limit} or more." },
  maximum: { de: "„{label}“ darf höchstens {limit} sein.", en: "“{label}” must be {limit} or less." },
  exclusiveMinimum: { de: "„{label}“ muss größer als {limit} sein.", en: "“{label}” must be more than {limit}." },
  exclusiveMaximum: { de: "„{label}“ muss kleiner als {limit} sein.", en: "“{label}” must be less than {limit}." },
  multipleOf: { de: "„{label}“ muss ein Vielfaches von {limit} sein.", en: "“{label}” must be a multiple of {limit}." },
  enum: {
    de: "Bitte wählen Sie bei „{label}“ eine der angebotenen Antworten aus.",
    en: "Select one of the offered answers for “{label}”.",
  },
  minItems: {
    de: "Bitte machen Sie bei „{label}“ mindestens {limit} Angaben.",
    en: "Give at least {limit} entries for “{label}”.",
  },
  maxItems: {
    de: "Bei „{label}“ sind höchstens {limit} Angaben möglich.",
    en: "“{label}” allows at most {limit} entries.",
  },
  uniqueItems: { de: "„{label}“ enthält doppelte Angaben.", en: "“{label}” contains duplicates." },
  unexpected: {
    de: "Die Angabe „{property}“ ist in diesem Formular nicht vorgesehen.",
    en: "“{property}” is not part of this form.",
  },
  invalid: {
    de: "„{label}“ ist ungültig. Bitte prüfen Sie Ihre Eingabe.",
    en: "“{label}” is not valid. Check your answer.",
  },
};

const NUMBER_TYPE: Template = { de: "„{label}“ muss eine Zahl sein.", en: "“{label}” must be a number." };
const INTEGER_TYPE: Template = { de: "„{label}“ muss eine ganze Zahl sein.", en: "“{label}” must be a whole number." };
const SELECTED_TOO_FEW: Template = {
  de: "Bitte wählen Sie bei „{label}“ mindestens {limit} Antworten aus.",
  en: "Select at least {limit} answers for “{label}”.",
};

/** Everything needed to phrase one error. */
export interface MessageInput {
  keyword: string;
  params: Record<string, unknown>;
  /** The field the error is shown at; undefined for data no field shows. */
  field?: FieldDefinition;
  label: string;
  lang: Lang;
}

function templateFor({ keyword, params, field }: MessageInput): Template {
  const widget = field?.widget;
  switch (keyword) {
    case "required":
    case "dependentRequired":
      return (widget && REQUIRED_BY_WIDGET[widget]) ?? REQUIRED;
    case "const":
      // A checkbox with `const: true` is a confirmation the citizen must tick.
      return widget === "checkbox" ? (REQUIRED_BY_WIDGET.checkbox as Template) : KEYWORDS.enum!;
    case "type":
      if (params.type === "integer") return INTEGER_TYPE;
      if (params.type === "number") return NUMBER_TYPE;
      return KEYWORDS.type!;
    case "format":
      return FORMATS[String(params.format)] ?? KEYWORDS.format!;
    case "minItems":
      if (widget === "group" && params.limit === 1) return REQUIRED_BY_WIDGET.group as Template;
      if (widget === "checkboxes") return params.limit === 1 ? (REQUIRED_BY_WIDGET.checkboxes as Template) : SELECTED_TOO_FEW;
      return KEYWORDS.minItems!;
    case "additionalProperties":
    case "unevaluatedProperties":
      return KEYWORDS.unexpected!;
    default:
      return KEYWORDS[keyword] ?? KEYWORDS.invalid!;
  }
}

function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(label|limit|property)\}/g, (_match, name: string) => values[name] ?? "");
}

function formatLimit(limit: unknown, lang: Lang): string {
  return typeof limit === "number" ? limit.toLocaleString(lang === "de" ? "de-DE" : "en-GB") : String(limit ?? "");
}

/** The text for one error: the field's own `messages` override wins over the templates. */
export function errorMessage(input: MessageInput): string {
  const { keyword, params, field, label, lang } = input;
  const overrideKey = keyword === "dependentRequired" ? "required" : keyword;
  const override = field?.messages?.[overrideKey];
  const values = {
    label,
    limit: formatLimit(params.limit ?? params.multipleOf, lang),
    property: String(params.additionalProperty ?? params.unevaluatedProperty ?? ""),
  };
  if (override) return fill(localize(override, lang), values);
  return fill(templateFor(input)[lang], values);
}

/** Label of one group item: "Hund 2"; an `itemLabel` containing `{n}` decides where the number goes. */
export function itemLabel(field: FieldDefinition, index: number, lang: Lang): string {
  const base = localize(field.itemLabel, lang) || localize(field.label, lang);
  const number = String(index + 1);
  return base.includes("{n}") ? base.replace("{n}", number) : `${base} ${number}`;
}

/** Texts the engine shows outside of field errors. */
export const engineTexts = {
  declarationRequired: {
    de: "Bitte bestätigen Sie die Erklärung, bevor Sie den Antrag absenden.",
    en: "Confirm the declaration before you send the application.",
  },
  declaration: { de: "Erklärung", en: "Declaration" },
  notProvided: { de: "Keine Angabe", en: "Not provided" },
  yes: { de: "Ja", en: "Yes" },
  no: { de: "Nein", en: "No" },
} satisfies Record<string, Template>;
