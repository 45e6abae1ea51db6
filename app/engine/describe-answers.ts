/**
 * The labelled view of an application: steps with label/value rows, as the
 * review page, the clerk's case page and the PDF receipt show it. Values are
 * what the citizen chose (option labels, DD.MM.YYYY, Ja/Nein, file names),
 * never raw enum values or JSON.
 */
import { getAt, joinPointer, parsePointer } from "./json-pointer";
import { engineText, itemLabel, localize } from "./messages";
import type { FormRuntime } from "./runtime";
import { ANY_ITEM } from "./schema-resolver";
import type { FieldDefinition, FormValues, Lang } from "./types";

export interface AnswerRow {
  /** Pointer of the value (`/hunde/1/name`): lets the review page link to the field. */
  pointer: string;
  label: string;
  value: string;
  answered: boolean;
}

export interface AnswerSection {
  stepId: string;
  title: string;
  rows: AnswerRow[];
}

function formatDate(value: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  return match ? `${match[3]}.${match[2]}.${match[1]}` : value;
}

/** IBANs are read in blocks of four: DE89 3704 0044 0532 0130 00. */
function formatIban(value: string): string {
  return value.replace(/(.{4})(?=.)/g, "$1 ");
}

function optionLabel(field: FieldDefinition, value: unknown, lang: Lang): string {
  const option = field.options?.find((candidate) => String(candidate.value) === String(value));
  return option ? localize(option.label, lang) : String(value);
}

function attachmentName(value: unknown): string {
  if (typeof value === "object" && value !== null && "name" in value) return String(value.name);
  return String(value);
}

function formatValue(field: FieldDefinition, value: unknown, format: string | undefined, lang: Lang): string {
  const list = (values: unknown) => (Array.isArray(values) ? values : [values]);
  switch (field.widget) {
    case "date":
      return formatDate(String(value));
    case "checkbox":
      return engineText(value === true ? "engine.yes" : "engine.no", lang);
    case "select":
    case "radio":
      return optionLabel(field, value, lang);
    case "checkboxes":
      return list(value)
        .map((choice) => optionLabel(field, choice, lang))
        .join(", ");
    case "file":
      return list(value).map(attachmentName).join(", ");
    case "number":
      return typeof value === "number" ? value.toLocaleString(lang === "de" ? "de-DE" : "en-GB") : String(value);
    default:
      if (typeof value === "boolean") return engineText(value ? "engine.yes" : "engine.no", lang);
      if (format === "iban" && typeof value === "string") return formatIban(value);
      if (format === "date" || format === "date-of-birth") return formatDate(String(value));
      return typeof value === "object" && value !== null ? JSON.stringify(value) : String(value);
  }
}

function isUnanswered(value: unknown): boolean {
  return value === undefined || value === null || value === "" || (Array.isArray(value) && value.length === 0);
}

export function describeAnswers(runtime: FormRuntime, data: FormValues, lang: Lang = "de"): AnswerSection[] {
  const pruned = runtime.pruneInactive(data);
  // Questions whose condition fails were not asked: no row at all, not even "not provided".
  const hidden = runtime.hiddenQuestions(data);
  const notProvided = engineText("engine.notProvided", lang);

  const row = (field: FieldDefinition, pointer: string, label: string, value: unknown, factsPointer: string): AnswerRow =>
    isUnanswered(value)
      ? { pointer, label, value: notProvided, answered: false }
      : { pointer, label, value: formatValue(field, value, runtime.fieldFacts(factsPointer).format, lang), answered: true };

  return runtime.activeSteps(pruned).map((stepId) => {
    const step = runtime.step(stepId);
    const rows: AnswerRow[] = [];
    for (const field of step.fields) {
      if (hidden.has(field.pointer)) continue;
      const value = getAt(pruned, parsePointer(field.pointer));
      const label = localize(field.label, lang);
      if (field.widget !== "group") {
        rows.push(row(field, field.pointer, label, value, field.pointer));
        continue;
      }
      if (!Array.isArray(value) || value.length === 0) {
        rows.push({ pointer: field.pointer, label, value: notProvided, answered: false });
        continue;
      }
      value.forEach((item, index) => {
        for (const itemField of field.fields ?? []) {
          if (hidden.has(joinPointer(field.pointer, index) + itemField.pointer)) continue;
          rows.push(
            row(
              itemField,
              joinPointer(field.pointer, index) + itemField.pointer,
              `${itemLabel(field, index, lang)}: ${localize(itemField.label, lang)}`,
              getAt(item, parsePointer(itemField.pointer)),
              `${field.pointer}/${ANY_ITEM}${itemField.pointer}`,
            ),
          );
        }
      });
    }
    return { stepId, title: localize(step.title, lang), rows };
  });
}
