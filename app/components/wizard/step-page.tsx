import { Form, Link, useLocation, useNavigate, useSubmit } from "@remix-run/react";
import { useEffect, useMemo, useRef, type FormEvent, type ReactNode } from "react";
import { parseStepSubmission } from "~/engine/form-submission";
import type { PageMessages } from "~/lib/i18n/messages.server";
import { Text } from "~/lib/i18n/localized";
import { useT } from "~/lib/i18n/use-translation";
import { ErrorSummary } from "./error-summary";
import { FieldList } from "./field-list";
import type { FieldContext } from "./field-context";
import { Notice } from "./notice";
import { StepProgress } from "./step-progress";
import { useFocusAfterNavigation, useFocusOnAttempt } from "./use-focus-management";
import { useConditionalReveal } from "./use-conditional-reveal";
import { useStepValidation } from "./use-step-validation";
import { ACTION_FIELD, hasFileField, VIA_FIELD, type StepPageData } from "../../server/wizard/view-model";
import { pageOf } from "../../server/wizard/step-events";
import { browserEntries } from "./browser-entries";
import { advance, handOverToServer } from "./local-walk";
import { SaveStatus } from "./save-status";
import { useLocalWalk } from "./use-local-walk";

/** The page title: "Fehler: " first while errors are shown (the GOV.UK pattern); "Vorschau: " before all in a preview. */
export function stepTitle(page: Pick<StepPageData, "step" | "serviceTitle" | "mode">, errors: boolean, errorPrefix: string): string {
  return `${page.mode === "preview" ? "Vorschau: " : ""}${errors ? errorPrefix : ""}${page.step.title.text} – ${page.serviceTitle.text} – Bürgerportal`;
}

/** The fields a plain post of the step form carries (files aside): what the background sync sends. */
function postedFields(form: HTMLFormElement): Array<[string, string]> {
  return [...new FormData(form).entries()].filter(
    (entry): entry is [string, string] => typeof entry[1] === "string" && (!entry[0].startsWith("_") || entry[0] === VIA_FIELD),
  );
}

function choseFiles(form: HTMLFormElement): boolean {
  return Array.from(form.querySelectorAll<HTMLInputElement>('input[type="file"]')).some((input) => (input.files?.length ?? 0) > 0);
}

/**
 * One step of the wizard: a real form post, enhanced in place when JavaScript runs. Once the
 * browser holds the walk (ADR 034), "Weiter" moves its actor and shows the next page at once;
 * the answers are saved in the background. Posts the server must see (new files, add or remove
 * an item, save for later) wait until every earlier page is saved.
 */
export function StepPage({ page, beforeForm }: { page: StepPageData & { messages?: PageMessages }; beforeForm?: ReactNode }) {
  const t = useT();
  const location = useLocation();
  const formKey = `${page.step.id}:${location.key}`;
  const validation = useStepValidation(page, formKey);
  const errors = validation.errors ?? page.errors;
  const heading = useRef<HTMLHeadingElement>(null);
  const summary = useRef<HTMLDivElement>(null);
  const form = useRef<HTMLFormElement>(null);
  const reveal = useConditionalReveal(page, form);
  const walk = useLocalWalk(page);
  const navigate = useNavigate();
  const submit = useSubmit();
  useFocusAfterNavigation(heading, summary, page.errors.length > 0);
  useFocusOnAttempt(summary, validation.attempt);

  useEffect(() => {
    document.title = stepTitle(page, errors.length > 0, t("common.errorPrefix"));
  }, [errors.length, page, t]);

  const context: FieldContext = useMemo(
    () => ({
      lang: page.lang,
      t,
      values: page.values,
      files: page.files,
      errors: new Map(errors.map((error) => [error.pointer, error.message])),
      hidden: reveal.hidden,
    }),
    [page, t, errors, reveal.hidden],
  );

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    validation.onSubmit(event);
    if (event.defaultPrevented || !walk) return;
    const element = event.currentTarget;
    const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
    const action = submitter?.getAttribute("name") === ACTION_FIELD ? submitter.getAttribute("value") : "weiter";
    if (action === "weiter" && validation.ready && !choseFiles(element)) {
      event.preventDefault();
      const answers = parseStepSubmission(walk.runtime, page.step.id, browserEntries(element, page, t).entries);
      const outcome = advance(walk, page.step.id, answers, postedFields(element), page.viaReview);
      if (outcome.kind === "accepted") {
        navigate(`${page.base}/${pageOf(outcome.snapshot)}`);
        return;
      }
      // The browser and the server disagree about this page: the server decides.
      handOverToServer(walk);
      void walk.sync.flush().then(() => submit(submitter ?? element));
      return;
    }
    handOverToServer(walk);
    if (!walk.sync.pending) return;
    event.preventDefault();
    void walk.sync.flush().then(() => submit(submitter ?? element));
  };

  return (
    <div className="kern-stack-lg wizard">
      <p>
        <Link className="kern-link back-link" to={page.backHref}>
          {page.viaReview ? t("step.backToReview") : t("common.back")}
        </Link>
      </p>
      <ErrorSummary errors={errors} ref={summary} autoFocus={page.errors.length > 0} />
      <Notice message={page.notice} />
      <StepProgress progress={page.progress} />
      <hgroup className="kern-hgroup">
        <p className="kern-body wizard__caption">
          <Text value={page.serviceTitle} /> – {page.municipalityName}
        </p>
        <h1 className="kern-heading-large" tabIndex={-1} ref={heading}>
          <Text value={page.step.title} />
        </h1>
      </hgroup>
      {page.step.description?.text && <Text as="p" className="kern-body" value={page.step.description} />}
      {beforeForm}
      <Form
        method="post"
        encType={hasFileField(page.step.fields) ? "multipart/form-data" : undefined}
        noValidate
        preventScrollReset={false}
        onSubmit={onSubmit}
        onBlur={validation.onBlur}
        onChange={(event) => {
          validation.onChange(event);
          reveal.onChange(event);
        }}
        ref={form}
        className="kern-stack-lg wizard__form"
        data-validation={validation.ready ? "browser" : "server"}
        key={formKey}
      >
        {/* Enter in a text field presses the first submit button: that must be "Weiter", not "remove". */}
        <button type="submit" name={ACTION_FIELD} value="weiter" className="default-action" tabIndex={-1} aria-hidden="true">
          {t("step.next")}
        </button>
        {page.viaReview && <input type="hidden" name={VIA_FIELD} value="pruefen" />}
        <FieldList fields={page.step.fields} prefix="" context={context} />
        <div className="kern-sr-only" aria-live="polite">
          {reveal.announcement}
        </div>
        <div className="wizard__actions">
          <button type="submit" name={ACTION_FIELD} value="weiter" className="kern-btn kern-btn--primary">
            <span className="kern-label">{t("step.next")}</span>
          </button>
          <button type="submit" name={ACTION_FIELD} value="speichern" className="kern-btn kern-btn--secondary">
            <span className="kern-label">{t("step.save")}</span>
          </button>
        </div>
        {walk && <SaveStatus walk={walk} />}
      </Form>
    </div>
  );
}
