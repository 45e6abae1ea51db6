import type { ReactNode } from "react";
import { ChoiceInput, CheckboxInput, SelectInput, type RevealedQuestions } from "./choice-inputs";
import { DateInput } from "./date-input";
import type { FieldContext } from "./field-context";
import { FileInput } from "./file-input";
import { GroupInput } from "./group-input";
import { TextInput } from "./text-input";
import type { FieldView } from "../../server/wizard/view-model";

/** One field of a step, by widget. `name` is the input name: the value's JSON pointer. */
export function FieldInput({
  field,
  name,
  context,
  reveals,
  renderItemFields,
}: {
  field: FieldView;
  name: string;
  context: FieldContext;
  /** Questions revealed under an option (radios, checkboxes), by option value. */
  reveals?: ReadonlyMap<string, RevealedQuestions>;
  /** Renders the questions of one group item (field-list.tsx: placement of conditional questions). */
  renderItemFields: (fields: readonly FieldView[], itemPointer: string) => ReactNode;
}) {
  switch (field.widget) {
    case "date":
      return <DateInput field={field} name={name} context={context} />;
    case "radio":
    case "checkboxes":
      return <ChoiceInput field={field} name={name} context={context} reveals={reveals} />;
    case "checkbox":
      return <CheckboxInput field={field} name={name} context={context} />;
    case "select":
      return <SelectInput field={field} name={name} context={context} />;
    case "file":
      return <FileInput field={field} name={name} context={context} />;
    case "group":
      return <GroupInput field={field} context={context} renderItemFields={renderItemFields} />;
    default:
      return <TextInput field={field} name={name} context={context} />;
  }
}
