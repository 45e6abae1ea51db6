/**
 * How a question with a condition (`when`) appears on its page. A condition
 * that only names answers of earlier pages is decided by the server: the
 * question is shown or left out. One that names a question of the same page
 * (or, inside a group, of the same item) is "live": the question is shown with
 * its condition in words, placed right below the controlling question — for
 * radios and checkboxes below the controlling option, as in GOV.UK's
 * conditional reveal — and revealed or hidden in place when JavaScript runs.
 */
import { describeCondition, schemaToClauses, type ConditionSubject, type ConditionValue } from "../../engine/condition-clauses";
import { concerns, conditionReferences } from "../../engine/field-conditions";
import { parsePointer } from "../../engine/json-pointer";
import type { FieldDefinition, FormDefinition, Lang, StepDefinition } from "../../engine/types";
import { localizeText } from "../../lib/i18n/format";
import type { ViewText } from "../../lib/i18n/view-text";
import type { ConditionView } from "./view-model";

/** True when the condition names a question among `siblings` (the page's fields, or one item's fields). */
export function isLiveCondition(field: FieldDefinition, siblings: readonly FieldDefinition[]): boolean {
  if (!field.when) return false;
  const paths = conditionReferences(field.when);
  return siblings.some((other) => other !== field && paths.some((path) => concerns(path, parsePointer(other.pointer))));
}

function subjectOf(field: FieldDefinition, lang: Lang, label: string): ConditionSubject {
  const options = field.options ?? [];
  return {
    label,
    optionLabel: (value: ConditionValue) => {
      const option = options.find((candidate) => candidate.value === value);
      return option ? localizeText(option.label, lang).text : String(value);
    },
  };
}

/** The field a condition pointer names: in the same list first, else anywhere in the form. */
function fieldNamed(pointer: string, siblings: readonly FieldDefinition[], definition: FormDefinition): FieldDefinition | undefined {
  const segments = parsePointer(pointer);
  const matches = (candidate: FieldDefinition) => concerns(segments, parsePointer(candidate.pointer));
  return siblings.find(matches) ?? definition.steps.flatMap((step) => step.fields).find(matches);
}

/** The live condition of `field` as the page shows it. */
export function conditionView(
  field: FieldDefinition,
  siblings: readonly FieldDefinition[],
  definition: FormDefinition,
  lang: Lang,
  text: ViewText,
): ConditionView {
  const words = schemaToClauses(field.when);
  if (words === null || words.clauses.length === 0) return { words: text("step.conditionOther") };
  const position = siblings.indexOf(field);
  const single = words.clauses.length === 1 ? words.clauses[0]! : undefined;
  const controller = single
    ? siblings.find((other, index) => index < position && concerns(parsePointer(single.pointer), parsePointer(other.pointer)))
    : undefined;
  if (single && controller) {
    const values = single.values ?? [];
    const byOption =
      (controller.widget === "radio" && (single.operator === "is" || (single.operator === "isOneOf" && values.length === 1))) ||
      (controller.widget === "checkboxes" && single.operator === "isTicked" && values.length === 1);
    return {
      // Placed with its controlling question: the words need not repeat its label.
      words: describeCondition(words, () => subjectOf(controller, lang, ""), lang),
      controller: controller.pointer,
      ...(byOption ? { revealUnder: String(values[0]) } : {}),
    };
  }
  const labelOf = (pointer: string) => {
    const named = fieldNamed(pointer, siblings, definition);
    return named ? subjectOf(named, lang, localizeText(named.label, lang).text) : undefined;
  };
  return { words: describeCondition(words, labelOf, lang) };
}

/** The fields of a step the page shows: a question whose condition the server decides is left out while it fails. */
export function shownFields(step: StepDefinition, hidden: ReadonlySet<string>): FieldDefinition[] {
  return step.fields.filter((field) => isLiveCondition(field, step.fields) || !hidden.has(field.pointer));
}
