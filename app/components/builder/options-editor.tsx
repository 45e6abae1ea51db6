import type { FieldOption } from "~/engine/types";
import { slugFrom, uniqueName } from "~/lib/builder/naming";

/**
 * The answers of a select, radio or checkbox list: label in German and English, the stored value
 * (derived from the German label until the editor sets it), reorder and remove by buttons.
 */
export function OptionsEditor({
  id,
  options,
  editableValues,
  onChange,
}: {
  id: string;
  options: FieldOption[];
  /** False when the values are fixed by a schema the builder does not write (labels stay editable). */
  editableValues: boolean;
  onChange: (options: FieldOption[], say?: string, focus?: string) => void;
}) {
  const values = (except: number) => new Set(options.filter((_, i) => i !== except).map((o) => String(o.value)));
  const setLabel = (index: number, lang: "de" | "en", text: string) => {
    const next = options.map((o) => ({ ...o, label: { ...o.label } }));
    const option = next[index]!;
    const derived =
      typeof option.value === "string" && option.value === uniqueName(slugFrom(option.label.de, "antwort"), values(index), "-");
    if (lang === "en" && text === "") delete option.label.en;
    else option.label[lang] = text;
    // A value still derived from the label follows it; one the editor changed stays.
    if (lang === "de" && editableValues && (derived || /^option-\d+$/.test(String(option.value)))) {
      option.value = uniqueName(slugFrom(text, "antwort"), values(index), "-");
    }
    onChange(next);
  };
  const setValue = (index: number, text: string) => onChange(options.map((o, i) => (i === index ? { ...o, value: text } : o)));
  const move = (index: number, to: number) => {
    const next = [...options];
    const [option] = next.splice(index, 1);
    next.splice(to, 0, option!);
    onChange(next, `Antwort „${option!.label.de}“ an Position ${to + 1} verschoben.`, `${id}-${to}-${to < index ? "hoch" : "runter"}`);
  };
  const remove = (index: number) => {
    const next = options.filter((_, i) => i !== index);
    onChange(next, `Antwort „${options[index]!.label.de}“ entfernt.`, `${id}-neu`);
  };
  const add = () => {
    const value = uniqueName(`option-${options.length + 1}`, values(-1), "-");
    onChange([...options, { value, label: { de: `Antwort ${options.length + 1}` } }], "Antwort hinzugefügt.", `${id}-${options.length}-de`);
  };
  return (
    <fieldset className="kern-fieldset">
      <legend className="kern-label">Antworten</legend>
      {!editableValues && (
        <p className="kern-hint">Die gespeicherten Werte legt eine Expertenangabe fest; die Beschriftungen können Sie ändern.</p>
      )}
      <ol className="builder-options">
        {options.map((option, index) => (
          <li key={index} className="builder-option">
            <div className="kern-form-input">
              <label className="kern-label builder-sublabel" htmlFor={`${id}-${index}-de`}>
                Antwort {index + 1} (Deutsch)
              </label>
              <input
                id={`${id}-${index}-de`}
                className="kern-form-input__input"
                value={option.label.de}
                onChange={(e) => setLabel(index, "de", e.target.value)}
              />
            </div>
            <div className="kern-form-input">
              <label className="kern-label builder-sublabel" htmlFor={`${id}-${index}-en`}>
                Antwort {index + 1} (Englisch, optional)
              </label>
              <input
                id={`${id}-${index}-en`}
                className="kern-form-input__input"
                lang="en"
                value={option.label.en ?? ""}
                onChange={(e) => setLabel(index, "en", e.target.value)}
              />
            </div>
            <div className="kern-form-input">
              <label className="kern-label builder-sublabel" htmlFor={`${id}-${index}-wert`}>
                Gespeicherter Wert {index + 1}
              </label>
              <input
                id={`${id}-${index}-wert`}
                className="kern-form-input__input builder-code"
                value={String(option.value)}
                readOnly={!editableValues || typeof option.value !== "string"}
                onChange={(e) => setValue(index, e.target.value)}
              />
            </div>
            {editableValues && (
              <div className="button-row builder-row-actions">
                <button
                  type="button"
                  id={`${id}-${index}-hoch`}
                  className="kern-btn kern-btn--tertiary"
                  disabled={index === 0}
                  onClick={() => move(index, index - 1)}
                >
                  <span className="kern-label">Antwort {index + 1} nach oben</span>
                </button>
                <button
                  type="button"
                  id={`${id}-${index}-runter`}
                  className="kern-btn kern-btn--tertiary"
                  disabled={index === options.length - 1}
                  onClick={() => move(index, index + 1)}
                >
                  <span className="kern-label">Antwort {index + 1} nach unten</span>
                </button>
                <button type="button" className="kern-btn kern-btn--tertiary" disabled={options.length <= 1} onClick={() => remove(index)}>
                  <span className="kern-label">Antwort {index + 1} entfernen</span>
                </button>
              </div>
            )}
          </li>
        ))}
      </ol>
      {editableValues && (
        <button type="button" id={`${id}-neu`} className="kern-btn kern-btn--secondary" onClick={add}>
          <span className="kern-label">Antwort hinzufügen</span>
        </button>
      )}
    </fieldset>
  );
}
