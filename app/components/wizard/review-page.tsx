import { Form, Link, useLocation, useSubmit } from "@remix-run/react";
import { useEffect, useRef, useState, type FormEvent } from "react";
import { Text } from "~/lib/i18n/localized";
import { useT } from "~/lib/i18n/use-translation";
import type { ReviewPageData } from "~/server/wizard/review.http.server";
import { ErrorSummary } from "./error-summary";
import { describedBy, FieldError } from "./field-parts";
import { Notice } from "./notice";
import { useFocusAfterNavigation } from "./use-focus-management";
import { fieldId } from "../../server/wizard/view-model";
import { KernAlert } from "~/components/kern-alert";
import { SummaryList } from "~/components/summary-list";
import { handOverToServer, localWalk } from "./local-walk";
import { SaveStatus } from "./save-status";

const DECLARATION_ID = fieldId("#declaration");

/** The page title: "Fehler: " first while errors or a problem are shown, as on the steps. */
export function reviewTitle(page: Pick<ReviewPageData, "title" | "serviceTitle" | "errors" | "problem">, errorPrefix: string): string {
  const prefix = page.errors.length > 0 || page.problem ? errorPrefix : "";
  return `${prefix}${page.title.text} – ${page.serviceTitle.text} – Bürgerportal`;
}

/** "Ihre Angaben prüfen": every answer by step with "Ändern" links, the declaration, submit. */
export function ReviewPage({ page }: { page: ReviewPageData }) {
  const t = useT();
  const heading = useRef<HTMLHeadingElement>(null);
  const summary = useRef<HTMLDivElement>(null);
  const location = useLocation();
  useFocusAfterNavigation(heading, summary, page.errors.length > 0);
  // Also where no route's meta sets it: the page built in the browser (ADR 034, ADR 043).
  useEffect(() => {
    document.title = reviewTitle(page, t("common.errorPrefix"));
  }, [page, t]);
  // A walk the browser holds (ADR 034): the submit waits until every page is saved on the server.
  const [walk] = useState(() => (typeof window === "undefined" ? null : localWalk(page.base)));
  const submit = useSubmit();
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    if (!walk) return;
    handOverToServer(walk);
    if (!walk.sync.pending) return;
    event.preventDefault();
    const form = event.currentTarget;
    void walk.sync.flush().then(() => submit(form));
  };
  const declarationError = page.errors.find((error) => error.pointer === "#declaration")?.message;
  return (
    <div className="kern-stack-lg wizard">
      <ErrorSummary errors={page.errors} ref={summary} autoFocus={page.errors.length > 0} />
      {page.problem && (
        <KernAlert tone="danger" title={t("review.failed")} role="alert">
          <p className="kern-body">{page.problem}</p>
        </KernAlert>
      )}
      <Notice message={page.notice} />
      <hgroup className="kern-hgroup">
        <p className="kern-body wizard__caption">
          <Text value={page.serviceTitle} />
        </p>
        <h1 className="kern-heading-large" tabIndex={-1} ref={heading}>
          <Text value={page.title} />
        </h1>
      </hgroup>
      <p className="kern-body">{t("review.intro")}</p>
      {page.sections.map((section) => (
        <section key={section.stepId} aria-labelledby={`abschnitt-${section.stepId}`} className="kern-stack">
          <h2 className="kern-heading-medium" id={`abschnitt-${section.stepId}`}>
            {section.title}
          </h2>
          <SummaryList
            rows={section.rows.map((row) => ({
              id: row.pointer,
              key: row.label,
              value: row.value,
              action: (
                <Link className="kern-link" to={row.changeHref}>
                  {t("review.change")}
                  <span className="kern-sr-only"> {row.label}</span>
                </Link>
              ),
            }))}
          />
        </section>
      ))}
      <Form method="post" className="kern-stack-lg" key={location.key} onSubmit={onSubmit}>
        <fieldset
          className={`kern-fieldset${declarationError ? " kern-fieldset--error" : ""}`}
          aria-describedby={describedBy(DECLARATION_ID, true, Boolean(declarationError))}
        >
          <legend className="kern-heading-medium">{t("review.declarationTitle")}</legend>
          <div className="kern-hint" id={`${DECLARATION_ID}-hinweis`}>
            <Text value={page.declaration} />
          </div>
          <div className={`kern-form-check${declarationError ? " kern-form-check--error" : ""}`}>
            <input
              className={`kern-form-check__checkbox${declarationError ? " kern-form-check__checkbox--error" : ""}`}
              type="checkbox"
              id={DECLARATION_ID}
              name="erklaerung"
              value="ja"
              aria-invalid={declarationError ? true : undefined}
            />
            <label className="kern-label" htmlFor={DECLARATION_ID}>
              {t("review.declarationConfirm")}
            </label>
          </div>
          <FieldError id={DECLARATION_ID} message={declarationError} />
        </fieldset>
        <div className="wizard__actions">
          <button type="submit" className="kern-btn kern-btn--primary">
            <span className="kern-label">{t("review.submit")}</span>
          </button>
          <Link className="kern-btn kern-btn--secondary" to={`${page.base}/speichern`}>
            <span className="kern-label">{t("step.save")}</span>
          </Link>
        </div>
        {walk && <SaveStatus walk={walk} />}
      </Form>
    </div>
  );
}
