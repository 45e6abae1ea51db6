import type { ReactNode } from "react";
import type { FieldContext } from "./field-context";
import { describedBy, FieldError, Hint, inputClass, FieldLabel } from "./field-parts";
import { ACTION_FIELD, fieldId, stepActionValue, type FieldView } from "../../server/wizard/view-model";

/**
 * A repeating group ("Hund 1", "Hund 2"): each item a fieldset of the group's fields, with
 * "remove" and "add" as submit buttons carrying name/value, so they work without JavaScript.
 */
export function GroupInput({
  field,
  context,
  renderItemFields,
}: {
  field: FieldView;
  context: FieldContext;
  /** Renders the questions of one item; passed in because items hold ordinary fields (field-list.tsx). */
  renderItemFields: (fields: readonly FieldView[], itemPointer: string) => ReactNode;
}) {
  const id = fieldId(field.pointer);
  const error = context.errors.get(field.pointer);
  const group = field.group!;
  const count = group.itemLabels.length;
  const canRemove = count > group.minItems;
  return (
    <fieldset
      className={inputClass("kern-fieldset", Boolean(error)) + " repeating-group"}
      id={id}
      tabIndex={-1}
      aria-describedby={describedBy(id, Boolean(field.hint?.text), Boolean(error))}
    >
      <legend className="kern-heading-medium">
        <FieldLabel field={field} />
      </legend>
      <Hint id={id} hint={field.hint} />
      <FieldError id={id} message={error} />
      {count === 0 && <p className="kern-body">{context.t("step.groupEmpty")}</p>}
      {group.itemLabels.map((label, index) => {
        const itemPointer = `${field.pointer}/${index}`;
        return (
          <fieldset className="kern-fieldset repeating-group__item" id={fieldId(itemPointer)} tabIndex={-1} key={itemPointer}>
            <legend className="kern-heading-small">{label}</legend>
            <div className="kern-fieldset__body">{renderItemFields(group.fields, itemPointer)}</div>
            {canRemove && (
              <p>
                <button
                  type="submit"
                  className="kern-btn kern-btn--secondary"
                  name={ACTION_FIELD}
                  value={stepActionValue({ kind: "remove", item: itemPointer })}
                >
                  <span className="kern-label">{context.t("step.groupRemove", { item: label })}</span>
                </button>
              </p>
            )}
          </fieldset>
        );
      })}
      {count < group.maxItems && (
        <p>
          <button
            type="submit"
            className="kern-btn kern-btn--secondary"
            name={ACTION_FIELD}
            value={stepActionValue({ kind: "add", group: field.pointer })}
          >
            <span className="kern-label" lang={group.addLabel?.lang}>
              {group.addLabel?.text ?? context.t("step.groupAdd")}
            </span>
          </button>
        </p>
      )}
    </fieldset>
  );
}
