/**
 * Error texts: our own templates per JSON Schema keyword, with the field's
 * label filled in. Never Ajv's English texts: citizens get plain German (or
 * English on request), phrased for the widget they actually see.
 */
import { engineCatalogue, type EngineTextKey } from "./engine-texts";
import type { FieldDefinition, Lang, LocalizedText, Widget } from "./types";

export function localize(text: LocalizedText | undefined, lang: Lang): string {
  if (text === undefined) return "";
  return (lang === "en" ? text.en : undefined) ?? text.de;
}

const WIDGETS_WITH_OWN_REQUIRED = new Set<Widget>(["select", "radio", "checkboxes", "checkbox", "file", "date", "group"]);
const FORMATS_WITH_OWN_TEXT = new Set(["date", "date-of-birth", "iban", "email"]);
const KEYWORDS_WITH_OWN_TEXT = new Set([
  "type",
  "minLength",
  "maxLength",
  "pattern",
  "format",
  "minimum",
  "maximum",
  "exclusiveMinimum",
  "exclusiveMaximum",
  "multipleOf",
  "enum",
  "minItems",
  "maxItems",
  "uniqueItems",
]);

/** One of the engine's texts in the given language. */
export function engineText(key: EngineTextKey, lang: Lang): string {
  return engineCatalogue[lang][key];
}

/** Everything needed to phrase one error. */
export interface MessageInput {
  keyword: string;
  params: Record<string, unknown>;
  /** The field the error is shown at; undefined for data no field shows. */
  field?: FieldDefinition;
  label: string;
  lang: Lang;
}

function templateFor({ keyword, params, field }: MessageInput): EngineTextKey {
  const widget = field?.widget;
  const required = (): EngineTextKey =>
    (widget && WIDGETS_WITH_OWN_REQUIRED.has(widget) ? `engine.required.${widget}` : "engine.required") as EngineTextKey;
  switch (keyword) {
    case "required":
    case "dependentRequired":
      return required();
    case "const":
      // A checkbox with `const: true` is a confirmation the citizen must tick.
      return widget === "checkbox" ? "engine.required.checkbox" : "engine.keyword.enum";
    case "type":
      if (params.type === "integer") return "engine.type.integer";
      if (params.type === "number") return "engine.type.number";
      return "engine.keyword.type";
    case "format":
      return FORMATS_WITH_OWN_TEXT.has(String(params.format))
        ? (`engine.format.${String(params.format)}` as EngineTextKey)
        : "engine.keyword.format";
    case "minItems":
      if (widget === "group" && params.limit === 1) return "engine.required.group";
      if (widget === "checkboxes") return params.limit === 1 ? "engine.required.checkboxes" : "engine.selectedTooFew";
      return "engine.keyword.minItems";
    case "additionalProperties":
    case "unevaluatedProperties":
      return "engine.keyword.unexpected";
    default:
      return KEYWORDS_WITH_OWN_TEXT.has(keyword) ? (`engine.keyword.${keyword}` as EngineTextKey) : "engine.keyword.invalid";
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
  return fill(engineText(templateFor(input), lang), values);
}

/** Label of one group item: "Hund 2"; an `itemLabel` containing `{n}` decides where the number goes. */
export function itemLabel(field: FieldDefinition, index: number, lang: Lang): string {
  const base = localize(field.itemLabel, lang) || localize(field.label, lang);
  const number = String(index + 1);
  return base.includes("{n}") ? base.replace("{n}", number) : `${base} ${number}`;
}
