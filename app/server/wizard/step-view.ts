/**
 * The step page's view model: the definition's texts in the page's language, the values the
 * inputs show (accepted answers, or the unaccepted ones typed last time), the files kept, the
 * errors when the page is shown after a refused post, progress and the back link.
 */
import { getAt, parsePointer } from "../../engine/json-pointer";
import { itemLabel } from "../../engine/messages";
import type { FormRuntime } from "../../engine/runtime";
import type { FieldDefinition, FormValues, Lang, StepDefinition } from "../../engine/types";
import { localizeText } from "../../lib/i18n/format";
import type { ViewText } from "../../lib/i18n/view-text";
import type { FieldView, FileRefView, ProgressView, StepView } from "./view-model";
import { fileRuleOf } from "../uploads/upload-rules";
import { formShape } from "./form-shape";
import { conditionView, isLiveCondition, shownFields } from "./question-conditions";

function fieldView(
  runtime: FormRuntime,
  field: FieldDefinition,
  factsPointer: string,
  data: FormValues,
  lang: Lang,
  text: ViewText,
  siblings: readonly FieldDefinition[],
): FieldView {
  const shape = formShape(runtime.definition);
  const { requirement, mustBeTicked, maxLength } = shape.requirement(factsPointer);
  const view: FieldView = {
    pointer: field.pointer,
    widget: field.widget,
    label: localizeText(field.label, lang),
    hint: field.hint ? localizeText(field.hint, lang) : undefined,
    autocomplete: field.autocomplete,
    requirement,
    ...(mustBeTicked ? { mustBeTicked } : {}),
    ...(maxLength !== undefined ? { maxLength } : {}),
    options: field.options?.map((option) => ({ value: String(option.value), label: localizeText(option.label, lang) })),
    // Item conditions are about the item and always decided on the page (by the citizen's answers there).
    ...(field.when && (factsPointer.includes("/*/") || isLiveCondition(field, siblings))
      ? { condition: conditionView(field, siblings, runtime.definition, lang, text) }
      : {}),
  };
  if (field.widget === "file") {
    const bounds = shape.arrayBounds(factsPointer);
    view.file = fileRuleOf(field, bounds.isArray, bounds.maxItems);
  }
  if (field.widget === "group") {
    const bounds = shape.arrayBounds(field.pointer);
    const items = getAt(data, parsePointer(field.pointer));
    const count = Math.max(Array.isArray(items) ? items.length : 0, bounds.minItems);
    view.group = {
      fields: (field.fields ?? []).map((item) =>
        fieldView(runtime, item, `${field.pointer}/*${item.pointer}`, data, lang, text, field.fields ?? []),
      ),
      minItems: bounds.minItems,
      maxItems: bounds.maxItems,
      itemLabels: Array.from({ length: Math.min(count, bounds.maxItems) }, (_, index) => itemLabel(field, index, lang)),
      addLabel: field.addLabel ? localizeText(field.addLabel, lang) : undefined,
    };
  }
  return view;
}

export function stepView(runtime: FormRuntime, step: StepDefinition, data: FormValues, lang: Lang, text: ViewText): StepView {
  return {
    id: step.id,
    title: localizeText(step.title, lang),
    description: step.description ? localizeText(step.description, lang) : undefined,
    fields: shownFields(step, runtime.hiddenQuestions(data)).map((field) =>
      fieldView(runtime, field, field.pointer, data, lang, text, step.fields),
    ),
  };
}

function isRef(value: unknown): value is FileRefView {
  return typeof value === "object" && value !== null && typeof (value as FileRefView).id === "string";
}

/** The kept files per file input name, from the data shown. */
export function fileRefsForStep(step: StepDefinition, data: FormValues): Record<string, FileRefView[]> {
  const files: Record<string, FileRefView[]> = {};
  const collect = (name: string, value: unknown) => {
    const refs = (Array.isArray(value) ? value : value === undefined ? [] : [value]).filter(isRef);
    if (refs.length > 0)
      files[name] = refs.map(({ id, name: fileName, mediaType, size, sha256 }) => ({ id, name: fileName, mediaType, size, sha256 }));
  };
  for (const field of step.fields) {
    const value = getAt(data, parsePointer(field.pointer));
    if (field.widget === "file") collect(field.pointer, value);
    if (field.widget !== "group" || !Array.isArray(value)) continue;
    value.forEach((item, index) => {
      for (const itemField of field.fields ?? []) {
        if (itemField.widget === "file")
          collect(`${field.pointer}/${index}${itemField.pointer}`, getAt(item, parsePointer(itemField.pointer)));
      }
    });
  }
  return files;
}

export function progressView(
  runtime: FormRuntime,
  data: FormValues,
  stepId: string,
  base: string,
  reached: string,
  lang: Lang,
): ProgressView {
  const active = runtime.activeSteps(data);
  const current = active.indexOf(stepId);
  const reachedIndex = reached === "pruefen" ? active.length : active.indexOf(reached);
  return {
    current: current + 1,
    total: active.length,
    steps: active.map((id, index) => ({
      id,
      title: localizeText(runtime.step(id).title, lang),
      status: index === current ? "current" : index < Math.max(current, reachedIndex) ? "done" : "todo",
      href: index !== current && index <= reachedIndex ? `${base}/schritt/${encodeURIComponent(id)}` : undefined,
    })),
  };
}
