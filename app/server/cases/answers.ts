/**
 * The case's answers as clerks read them: every answered field with its label from the case's own
 * form version, grouped by step, repeating groups item by item.
 *
 * Adapter until the form engine exports `describeAnswers` (app/engine): then this module becomes a
 * one-line re-export and the case page does not change. Pure, so the page could render it anywhere.
 */
import { getAt, joinPointer, parsePointer } from "../../engine/json-pointer";
import { itemLabel, localize } from "../../engine/messages";
import type { FieldDefinition, FormDefinition, FormValues, Lang } from "../../engine/types";

export type AnswerRow = { pointer: string; label: string; value: string };
export type AnswerSection = { stepId: string; title: string; rows: AnswerRow[] };

export function describeCaseAnswers(definition: FormDefinition, data: FormValues, lang: Lang = "de"): AnswerSection[] {
  const sections: AnswerSection[] = [];
  for (const step of definition.steps) {
    const rows: AnswerRow[] = [];
    for (const field of step.fields) rows.push(...fieldRows(field, data, "", "", lang));
    // A step the citizen never saw (its `when` did not hold) has no answers and is left out.
    if (rows.length > 0) sections.push({ stepId: step.id, title: localize(step.title, lang), rows });
  }
  return sections;
}

function fieldRows(field: FieldDefinition, root: unknown, base: string, labelPrefix: string, lang: Lang): AnswerRow[] {
  const pointer = base + field.pointer;
  const value = getAt(root, parsePointer(pointer));
  const label = labelPrefix + localize(field.label, lang);
  if (field.widget === "group") {
    if (!Array.isArray(value)) return [];
    return value.flatMap((_, index) =>
      (field.fields ?? []).flatMap((child) =>
        fieldRows(child, root, joinPointer(pointer, index), `${itemLabel(field, index, lang)}: `, lang),
      ),
    );
  }
  const text = formatValue(field, value, lang);
  return text === null ? [] : [{ pointer, label, value: text }];
}

function formatValue(field: FieldDefinition, value: unknown, lang: Lang): string | null {
  if (value === undefined || value === null || value === "") return null;
  if (Array.isArray(value) && value.length === 0) return null;
  const yes = lang === "en" ? "Yes" : "Ja";
  const no = lang === "en" ? "No" : "Nein";
  switch (field.widget) {
    case "file":
      return (Array.isArray(value) ? value : [value]).map(describeFile).join(", ");
    case "checkbox":
      return value === true ? yes : value === false ? no : String(value);
    case "radio":
    case "select":
      return optionLabel(field, value, lang);
    case "checkboxes":
      return (Array.isArray(value) ? value : [value]).map((v) => optionLabel(field, v, lang)).join(", ");
    case "date":
      return typeof value === "string" && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value.split("-").reverse().join(".") : String(value);
    case "number":
      return typeof value === "number" ? value.toLocaleString(lang === "en" ? "en-GB" : "de-DE") : String(value);
    default:
      if (typeof value === "boolean") return value ? yes : no;
      return typeof value === "object" ? JSON.stringify(value) : String(value);
  }
}

function optionLabel(field: FieldDefinition, value: unknown, lang: Lang): string {
  const option = field.options?.find((o) => o.value === value);
  return option ? localize(option.label, lang) : String(value);
}

function describeFile(value: unknown): string {
  if (!value || typeof value !== "object") return String(value);
  const file = value as { name?: unknown; size?: unknown };
  const name = typeof file.name === "string" ? file.name : "Datei";
  return typeof file.size === "number" ? `${name} (${formatBytes(file.size)})` : name;
}

export function formatBytes(size: number): string {
  if (size < 1024) return `${size} Byte`;
  if (size < 1024 * 1024) return `${Math.round(size / 1024).toLocaleString("de-DE")} KB`;
  return `${(size / (1024 * 1024)).toLocaleString("de-DE", { maximumFractionDigits: 1 })} MB`;
}
