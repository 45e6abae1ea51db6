import { formatBytes } from "~/lib/i18n/format";
import { acceptAttribute, typesLabel } from "~/server/uploads/upload-rules";
import type { FieldContext } from "./field-context";
import { describedBy, FieldError, Hint, inputClass, FieldLabel } from "./field-parts";
import { ACTION_FIELD, fieldId, stepActionValue, type FieldView } from "../../server/wizard/view-model";

/**
 * An upload: the files kept so far (each posted back as its id in a hidden input, which the
 * server checks against the draft's own uploads) with a remove button, and a file input for a
 * new one. A new file in a single-file field replaces the old one.
 */
export function FileInput({ field, name, context }: { field: FieldView; name: string; context: FieldContext }) {
  const id = fieldId(name);
  const error = context.errors.get(name);
  const { t, lang } = context;
  const rule = field.file ?? { accept: [], maxBytes: 0, multiple: false, maxFiles: 1 };
  const kept = context.files[name] ?? [];
  const types = typesLabel(rule.accept, t("common.or"));
  const size = formatBytes(rule.maxBytes, lang);
  const rules = rule.multiple ? t("step.fileRulesMany", { types, size, count: rule.maxFiles }) : t("step.fileRules", { types, size });
  const canAdd = rule.multiple ? kept.length < rule.maxFiles : true;
  return (
    <div className={inputClass("kern-form-input", Boolean(error))}>
      <label className="kern-label" htmlFor={id}>
        <FieldLabel field={field} />
      </label>
      <Hint id={id} hint={field.hint} extra={rules} />
      {kept.length > 0 && (
        <ul className="file-list" aria-label={t("step.fileUploaded")}>
          {kept.map((file) => (
            <li className="file-list__item" key={file.id}>
              <input type="hidden" name={name} value={file.id} />
              <span className="kern-body file-list__name">
                {file.name} ({formatBytes(file.size, lang)})
              </span>
              <button
                type="submit"
                className="kern-btn kern-btn--tertiary kern-btn--small"
                name={ACTION_FIELD}
                value={stepActionValue({ kind: "remove-file", attachmentId: file.id })}
              >
                <span className="kern-label">
                  {t("step.fileRemove")}
                  <span className="kern-sr-only"> {file.name}</span>
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {canAdd && (
        <input
          className={inputClass("kern-form-input__input", Boolean(error))}
          type="file"
          id={id}
          name={name}
          accept={acceptAttribute(rule.accept)}
          multiple={rule.multiple}
          data-max-bytes={rule.maxBytes}
          aria-describedby={describedBy(id, true, Boolean(error))}
          aria-invalid={error ? true : undefined}
        />
      )}
      <FieldError id={id} message={error} />
    </div>
  );
}
