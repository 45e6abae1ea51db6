/** The pieces every field shares: label, hint, error message, and how they are wired by id. */
import { Text } from "~/lib/i18n/localized";
import type { Localized } from "~/lib/i18n/format";
import { useT } from "~/lib/i18n/use-translation";

export function hintId(id: string): string {
  return `${id}-hinweis`;
}

export function errorId(id: string): string {
  return `${id}-fehler`;
}

/** aria-describedby: the hint, then the error, as screen readers should read them after the label. */
export function describedBy(id: string, hint: boolean, error: boolean): string | undefined {
  const ids = [hint ? hintId(id) : null, error ? errorId(id) : null].filter(Boolean);
  return ids.length > 0 ? ids.join(" ") : undefined;
}

export function Hint({ id, hint, extra }: { id: string; hint?: Localized; extra?: string }) {
  if (!hint?.text && !extra) return null;
  return (
    <div className="kern-hint" id={hintId(id)}>
      {hint?.text && <Text value={hint} />}
      {hint?.text && extra ? " " : null}
      {extra}
    </div>
  );
}

export function FieldError({ id, message }: { id: string; message?: string }) {
  const t = useT();
  if (!message) return null;
  return (
    <p className="kern-error" id={errorId(id)}>
      <span className="kern-icon kern-icon--danger kern-icon--md" aria-hidden="true" />
      <span className="kern-body">
        <span className="kern-sr-only">{t("common.errorPrefix")}</span>
        {message}
      </span>
    </p>
  );
}

export function inputClass(base: string, error: boolean): string {
  return error ? `${base} ${base}--error` : base;
}
