import { Fragment, type ReactNode } from "react";
import { Text } from "~/lib/i18n/localized";
import { allValues, firstValue, type FieldContext } from "./field-context";
import { describedBy, FieldError, Hint, inputClass, FieldLabel, requiredProps } from "./field-parts";
import { conditionalId, fieldId, type FieldView } from "../../server/wizard/view-model";

/** The questions placed under one option, and their input names (for aria-controls). */
export interface RevealedQuestions {
  node: ReactNode;
  names: readonly string[];
}

/** Radios (one answer) and checkboxes (several): a fieldset whose legend is the question. */
export function ChoiceInput({
  field,
  name,
  context,
  reveals,
}: {
  field: FieldView;
  name: string;
  context: FieldContext;
  /** Questions placed under an option, revealed when it is chosen (GOV.UK conditional reveal). */
  reveals?: ReadonlyMap<string, RevealedQuestions>;
}) {
  const id = fieldId(name);
  const error = context.errors.get(name);
  const multiple = field.widget === "checkboxes";
  const chosen = multiple ? allValues(context, name) : [firstValue(context, name)];
  return (
    <fieldset
      className={inputClass("kern-fieldset", Boolean(error))}
      aria-describedby={describedBy(id, Boolean(field.hint?.text), Boolean(error))}
    >
      <legend className="kern-label">
        <FieldLabel field={field} />
      </legend>
      <Hint id={id} hint={field.hint} />
      <div className="kern-fieldset__body">
        {(field.options ?? []).map((option, index) => {
          const optionId = index === 0 ? id : `${id}-${index}`;
          const revealed = reveals?.get(option.value);
          return (
            <Fragment key={option.value}>
              <div className={inputClass("kern-form-check", Boolean(error))}>
                <input
                  className={inputClass(multiple ? "kern-form-check__checkbox" : "kern-form-check__radio", Boolean(error))}
                  type={multiple ? "checkbox" : "radio"}
                  id={optionId}
                  name={name}
                  value={option.value}
                  defaultChecked={chosen.includes(option.value)}
                  aria-controls={revealed ? revealed.names.map(conditionalId).join(" ") : undefined}
                />
                <label className="kern-label" htmlFor={optionId}>
                  <Text value={option.label} />
                </label>
              </div>
              {revealed && <div className="conditional-reveal">{revealed.node}</div>}
            </Fragment>
          );
        })}
      </div>
      <FieldError id={id} message={error} />
    </fieldset>
  );
}

/** One checkbox for one yes/no statement (a confirmation such as the SEPA mandate). */
export function CheckboxInput({ field, name, context }: { field: FieldView; name: string; context: FieldContext }) {
  const id = fieldId(name);
  const error = context.errors.get(name);
  return (
    <div className="kern-form-input single-check">
      <div className={inputClass("kern-form-check", Boolean(error))}>
        <input
          className={inputClass("kern-form-check__checkbox", Boolean(error))}
          type="checkbox"
          id={id}
          name={name}
          value="true"
          defaultChecked={firstValue(context, name) === "true"}
          aria-describedby={describedBy(id, Boolean(field.hint?.text) || Boolean(field.mustBeTicked), Boolean(error))}
          aria-invalid={error ? true : undefined}
          {...requiredProps(field)}
        />
        <label className="kern-label" htmlFor={id}>
          <FieldLabel field={field} />
        </label>
      </div>
      <Hint id={id} hint={field.hint} extra={field.mustBeTicked ? context.t("step.mustTick") : undefined} />
      <FieldError id={id} message={error} />
    </div>
  );
}

export function SelectInput({ field, name, context }: { field: FieldView; name: string; context: FieldContext }) {
  const id = fieldId(name);
  const error = context.errors.get(name);
  return (
    <div className={inputClass("kern-form-input", Boolean(error))}>
      <label className="kern-label" htmlFor={id}>
        <FieldLabel field={field} />
      </label>
      <Hint id={id} hint={field.hint} />
      <div className="kern-form-input__select-wrapper">
        <select
          className={inputClass("kern-form-input__select", Boolean(error))}
          id={id}
          name={name}
          defaultValue={firstValue(context, name)}
          autoComplete={field.autocomplete}
          aria-describedby={describedBy(id, Boolean(field.hint?.text), Boolean(error))}
          aria-invalid={error ? true : undefined}
          {...requiredProps(field)}
        >
          <option value="">{context.t("step.selectPlaceholder")}</option>
          {(field.options ?? []).map((option) => (
            <option key={option.value} value={option.value} lang={option.label.lang}>
              {option.label.text}
            </option>
          ))}
        </select>
      </div>
      <FieldError id={id} message={error} />
    </div>
  );
}
