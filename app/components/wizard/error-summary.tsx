import { forwardRef, type MouseEvent } from "react";
import type { FieldError } from "~/engine/types";
import { useT } from "~/lib/i18n/use-translation";
import { fieldId } from "../../server/wizard/view-model";

/**
 * The GOV.UK error summary on KERN's danger alert: at the top of the page, announced (role
 * alert) and focused, one link per problem to the field's first input. Without JavaScript the
 * server-rendered summary takes focus through `autofocus`.
 */
export const ErrorSummary = forwardRef<HTMLDivElement, { errors: readonly FieldError[]; autoFocus?: boolean }>(function ErrorSummary(
  { errors, autoFocus },
  ref,
) {
  const t = useT();
  if (errors.length === 0) return null;
  const jump = (event: MouseEvent<HTMLAnchorElement>, id: string) => {
    const target = document.getElementById(id);
    if (!target) return;
    event.preventDefault();
    // The question (label or legend) is scrolled into view with the input, not just the input.
    const question = target.closest("fieldset")?.querySelector("legend") ?? document.querySelector(`label[for="${id}"]`);
    (question ?? target).scrollIntoView();
    target.focus({ preventScroll: true });
  };
  return (
    <div
      className="kern-alert kern-alert--danger error-summary"
      role="alert"
      tabIndex={-1}
      ref={ref}
      // After a refused post, focus goes to the list of errors first (as GOV.UK and KERN advise).
      // eslint-disable-next-line jsx-a11y/no-autofocus
      autoFocus={autoFocus}
      aria-labelledby="fehlerliste-titel"
    >
      <div className="kern-alert__header">
        <span className="kern-icon kern-icon--danger" aria-hidden="true" />
        <h2 className="kern-title" id="fehlerliste-titel">
          {t("common.errorSummaryTitle")}
        </h2>
      </div>
      <div className="kern-alert__body">
        <ul className="kern-list error-summary__list">
          {errors.map((error) => {
            const id = fieldId(error.pointer);
            return (
              <li key={error.pointer}>
                <a className="kern-link" href={`#${id}`} onClick={(event) => jump(event, id)}>
                  {error.message}
                </a>
              </li>
            );
          })}
        </ul>
      </div>
    </div>
  );
});
