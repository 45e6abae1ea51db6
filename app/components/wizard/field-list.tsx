/**
 * The questions of a page or of one group item, with conditional questions
 * placed where they belong: right below the option that reveals them (radios,
 * checkboxes — GOV.UK's conditional reveal) or right below the controlling
 * question. Without JavaScript every conditional question shows, its
 * condition stated in words; with it, those whose condition fails are hidden
 * (the `hidden` attribute: out of sight and out of the focus order).
 */
import { Fragment, type ReactNode } from "react";
import type { RevealedQuestions } from "./choice-inputs";
import { FieldInput } from "./field";
import type { FieldContext } from "./field-context";
import { conditionalId, type FieldView } from "../../server/wizard/view-model";

/** `prefix`: "" for the page's fields, the item pointer (`/hunde/0`) for an item's. */
export function FieldList({ fields, prefix, context }: { fields: readonly FieldView[]; prefix: string; context: FieldContext }) {
  const present = new Set(fields.map((field) => field.pointer));
  const placed = (field: FieldView) => field.condition?.controller !== undefined && present.has(field.condition.controller);
  const dependentsOf = (controller: FieldView) =>
    fields.filter((field) => placed(field) && field.condition!.controller === controller.pointer);

  const renderItemFields = (itemFields: readonly FieldView[], itemPointer: string) => (
    <FieldList fields={itemFields} prefix={itemPointer} context={context} />
  );

  const render = (field: FieldView): ReactNode => {
    const name = `${prefix}${field.pointer}`;
    const dependents = dependentsOf(field);
    const reveals = new Map<string, RevealedQuestions>();
    for (const dependent of dependents) {
      const option = dependent.condition!.revealUnder;
      if (option === undefined) continue;
      const shown = reveals.get(option);
      reveals.set(option, {
        node: (
          <>
            {shown?.node}
            {render(dependent)}
          </>
        ),
        names: [...(shown?.names ?? []), `${prefix}${dependent.pointer}`],
      });
    }
    const below = dependents.filter((dependent) => dependent.condition!.revealUnder === undefined);
    const question = (
      <>
        <FieldInput field={field} name={name} context={context} reveals={reveals} renderItemFields={renderItemFields} />
        {below.map((dependent) => (
          <Fragment key={dependent.pointer}>{render(dependent)}</Fragment>
        ))}
      </>
    );
    if (!field.condition) return question;
    return (
      <div
        className="conditional-question kern-stack"
        id={conditionalId(name)}
        data-question={name}
        hidden={context.hidden?.has(name) ?? false}
      >
        <p className="kern-body kern-body--small conditional-question__words">{field.condition.words}</p>
        {question}
      </div>
    );
  };

  return (
    <>
      {fields
        .filter((field) => !placed(field))
        .map((field) => (
          <Fragment key={field.pointer}>{render(field)}</Fragment>
        ))}
    </>
  );
}
