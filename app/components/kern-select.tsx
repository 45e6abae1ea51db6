export interface SelectOption {
  value: string;
  label: string;
}

/**
 * A labelled KERN select. `empty` adds a first option with the value "": a choice of its own
 * ("Alle") or, disabled, a prompt ("Bitte wählen") for a required select.
 */
export function KernSelect(props: {
  id: string;
  name: string;
  label: string;
  options: SelectOption[];
  empty?: { label: string; disabled?: boolean };
  defaultValue?: string;
  required?: boolean;
}) {
  return (
    <div className="kern-form-input">
      <label className="kern-label" htmlFor={props.id}>
        {props.label}
      </label>
      <div className="kern-form-input__select-wrapper">
        <select
          className="kern-form-input__select"
          id={props.id}
          name={props.name}
          required={props.required}
          defaultValue={props.defaultValue}
        >
          {props.empty && (
            <option value="" disabled={props.empty.disabled}>
              {props.empty.label}
            </option>
          )}
          {props.options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
