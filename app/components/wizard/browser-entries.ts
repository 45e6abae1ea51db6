/**
 * A step form's current inputs as the engine reads a post (FormEntries), in the browser: kept
 * files become their references, newly chosen files a stand-in reference (the server computes
 * the real one) after a first check of type and size against the field's rules.
 */
import type { FormEntries } from "~/engine/form-submission";
import type { FieldError, Lang } from "~/engine/types";
import { formatBytes } from "~/lib/i18n/format";
import type { Translate } from "~/lib/i18n/use-translation";
import { looksAllowed, typesLabel } from "~/server/uploads/upload-rules";
import { fieldId, type FieldView, type FileRuleView, type StepPageData } from "../../server/wizard/view-model";

const STAND_IN_ID = "00000000-0000-4000-8000-000000000000";
const STAND_IN_HASH = "0".repeat(64);

/** The upload rule of a file input name (also inside groups: `/einkommen/2/nachweis`). */
export function fileRuleFor(fields: readonly FieldView[], name: string): FileRuleView | null {
  for (const field of fields) {
    if (field.widget === "file" && field.pointer === name) return field.file ?? null;
    if (field.widget === "group" && field.group && name.startsWith(`${field.pointer}/`)) {
      const rest = name.slice(field.pointer.length).replace(/^\/\d+/, "");
      const item = field.group.fields.find((candidate) => candidate.widget === "file" && candidate.pointer === rest);
      if (item?.file) return item.file;
    }
  }
  return null;
}

export function checkChosenFile(rule: FileRuleView, file: File, name: string, lang: Lang, t: Translate): FieldError | null {
  const problem = (key: "upload.tooLarge" | "upload.wrongType" | "upload.empty", values: Record<string, string>): FieldError => ({
    pointer: name,
    fieldPointer: name,
    label: "",
    message: t(key, values),
    keyword: "upload",
  });
  if (file.size > rule.maxBytes) return problem("upload.tooLarge", { name: file.name, size: formatBytes(rule.maxBytes, lang) });
  if (file.size === 0) return problem("upload.empty", { name: file.name });
  if (!looksAllowed(rule, file.name, file.type))
    return problem("upload.wrongType", { name: file.name, types: typesLabel(rule.accept, t("common.or")) });
  return null;
}

export function browserEntries(form: HTMLFormElement, page: StepPageData, t: Translate): { entries: FormEntries; issues: FieldError[] } {
  const entries: Array<readonly [string, string]> = [];
  const issues: FieldError[] = [];
  for (const [name, value] of new FormData(form).entries()) {
    if (name.startsWith("_")) continue;
    const rule = fileRuleFor(page.step.fields, name);
    if (typeof value === "string") {
      if (!rule) entries.push([name, value]);
      else {
        const kept = page.files[name]?.find((file) => file.id === value);
        if (kept) entries.push([name, JSON.stringify(kept)]);
      }
      continue;
    }
    if (!rule || (value.name === "" && value.size === 0)) continue;
    const issue = checkChosenFile(rule, value, name, page.lang, t);
    if (issue) {
      issues.push(issue);
      continue;
    }
    const standIn = {
      id: STAND_IN_ID,
      name: value.name.slice(0, 255) || "datei",
      mediaType: rule.accept[0] ?? "application/pdf",
      size: value.size,
      sha256: STAND_IN_HASH,
    };
    entries.push([name, JSON.stringify(standIn)]);
  }
  return { entries, issues };
}

/** The value pointer an input stands for (a date part posts `<pointer>/day`). */
export function pointerOfInput(element: Element): string | null {
  const dateField = element.closest("[data-date-field]");
  if (dateField) return dateField.getAttribute("data-date-field");
  const name = element.getAttribute("name");
  return name && !name.startsWith("_") ? name : null;
}

export { fieldId };
