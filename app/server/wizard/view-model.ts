/**
 * What the server hands a wizard page: the step's fields with their texts already in the page's
 * language, the values to show, the errors, and what the browser needs to run the same
 * machine. Plain data (it travels as loader data); the pages render nothing else.
 */
import type { Requirement } from "~/engine/field-requirement";
import type { FieldError, Lang, Widget } from "~/engine/types";
import type { MessageKey } from "~/lib/i18n/dictionary";
import type { Localized } from "~/lib/i18n/format";
import type { WizardMode } from "./answer-store";

export interface OptionView {
  value: string;
  label: Localized;
}

export interface FileRuleView {
  accept: string[];
  maxBytes: number;
  multiple: boolean;
  maxFiles: number;
}

export interface FieldView {
  /** Absolute for step fields; relative to one item for the fields of a group. */
  pointer: string;
  widget: Widget;
  label: Localized;
  hint?: Localized;
  autocomplete?: string;
  /** From the schema's `required` arrays (engine/field-requirement.ts): "(freiwillig)", aria-required. */
  requirement: Requirement;
  /** A checkbox whose only accepted answer is a tick: it says so. */
  mustBeTicked?: boolean;
  /** The longest answer allowed, for the input's width. */
  maxLength?: number;
  options?: OptionView[];
  file?: FileRuleView;
  group?: GroupView;
  /** Set when the question depends on another answer of this page (see question-conditions.ts). */
  condition?: ConditionView;
}

/** A question shown only when another answer of the same page (or group item) allows it. */
export interface ConditionView {
  /** The condition in words, in the page's language ("Nur wenn Sie ‚Ja‘ gewählt haben"). */
  words: string;
  /** Pointer of the controlling question in the same list; the question is placed right below it. */
  controller?: string;
  /** For radios and checkboxes: the option under which it is placed (GOV.UK conditional reveal). */
  revealUnder?: string;
}

/** The id of the element around a conditional question, for aria-controls. */
export function conditionalId(name: string): string {
  return `${fieldId(name)}--bedingt`;
}

export interface GroupView {
  fields: FieldView[];
  minItems: number;
  maxItems: number;
  /** Labels of the items shown ("Hund 1", "Hund 2"); their number is the number of items. */
  itemLabels: string[];
  addLabel?: Localized;
}

export interface StepView {
  id: string;
  title: Localized;
  description?: Localized;
  fields: FieldView[];
}

export interface FileRefView {
  id: string;
  name: string;
  mediaType: string;
  size: number;
  sha256: string;
}

export interface ProgressView {
  current: number;
  total: number;
  steps: Array<{ id: string; title: Localized; status: "done" | "current" | "todo"; href?: string }>;
}

/** The machine as the browser restores it: state and context only. */
export interface ClientMachine {
  value: string;
  context: { data: Record<string, unknown>; returnToReview: boolean };
}

export interface StepPageData {
  /** A preview says so in the page title, as its banner does on the page. */
  mode: WizardMode;
  lang: Lang;
  base: string;
  serviceTitle: Localized;
  municipalityName: string;
  formKey: { id: string; version: number };
  step: StepView;
  /** Input name → value(s), as the engine's inputValuesForStep gives them. */
  values: Record<string, string | string[]>;
  /** Input name of a file field → the files kept there. */
  files: Record<string, FileRefView[]>;
  errors: FieldError[];
  notice?: MessageKey;
  progress: ProgressView;
  backHref: string;
  /** Posted back as `_von=pruefen`: the page was opened from the review page. */
  viaReview: boolean;
  machine: ClientMachine;
  /** The stored draft's revision the page shows; a background sync names it (ADR 034). */
  revision: number;
  /** Steps only the server can build (e.g. an identity's prefill offer): the browser's walk asks it for them. */
  serverSteps?: string[];
}

/** The id of a value's (first) input, from its JSON pointer: `/hunde/0/name` → `feld-hunde-0-name`. */
export function fieldId(pointer: string): string {
  return `feld${pointer.replace(/-/g, "--").replace(/[^A-Za-z0-9-]/g, "-")}`;
}

/** Buttons of the step form post `_aktion`; text inputs never start with an underscore. */
export const ACTION_FIELD = "_aktion";
export const VIA_FIELD = "_von";

export type StepAction =
  | { kind: "next" }
  | { kind: "save" }
  | { kind: "add"; group: string }
  | { kind: "remove"; item: string }
  | { kind: "remove-file"; attachmentId: string };

export function stepActionValue(action: StepAction): string {
  switch (action.kind) {
    case "next":
      return "weiter";
    case "save":
      return "speichern";
    case "add":
      return `hinzufuegen:${action.group}`;
    case "remove":
      return `entfernen:${action.item}`;
    case "remove-file":
      return `datei-entfernen:${action.attachmentId}`;
  }
}

export function parseStepAction(value: string | null | undefined): StepAction {
  const text = value ?? "";
  if (text === "speichern") return { kind: "save" };
  if (text.startsWith("hinzufuegen:")) return { kind: "add", group: text.slice("hinzufuegen:".length) };
  if (text.startsWith("entfernen:")) return { kind: "remove", item: text.slice("entfernen:".length) };
  if (text.startsWith("datei-entfernen:")) return { kind: "remove-file", attachmentId: text.slice("datei-entfernen:".length) };
  return { kind: "next" };
}

/** Whether a step shows a file field, also inside a repeating group. */
export function hasFileField(fields: readonly FieldView[]): boolean {
  return fields.some((field) => field.widget === "file" || hasFileField(field.group?.fields ?? []));
}
