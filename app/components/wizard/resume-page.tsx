import { Form } from "@remix-run/react";
import { useRef } from "react";
import { useT } from "~/lib/i18n/use-translation";
import type { ResumePageData } from "~/server/drafts/resume-page.server";
import { ErrorSummary } from "./error-summary";
import { describedBy, FieldError, inputClass } from "./field-parts";
import { useFocusAfterNavigation } from "./use-focus-management";

export function ResumePage({ page }: { page: ResumePageData }) {
  const t = useT();
  const heading = useRef<HTMLHeadingElement>(null);
  const summary = useRef<HTMLDivElement>(null);
  useFocusAfterNavigation(heading, summary, Boolean(page.error));
  const errors = page.error ? [{ pointer: "/code", fieldPointer: "/code", label: "", message: page.error, keyword: "invalid" }] : [];
  return (
    <div className="kern-stack-lg">
      <ErrorSummary errors={errors} ref={summary} autoFocus={errors.length > 0} />
      <h1 className="kern-heading-large" tabIndex={-1} ref={heading}>
        {t("resume.title")}
      </h1>
      <p className="kern-body">{t("resume.intro")}</p>
      <Form method="post" className="kern-stack-lg" noValidate>
        <div className={inputClass("kern-form-input", Boolean(page.error))}>
          <label className="kern-label" htmlFor="feld-code">
            {t("resume.label")}
          </label>
          <div className="kern-hint" id="feld-code-hinweis">
            {t("resume.hint")}
          </div>
          <input
            className={`${inputClass("kern-form-input__input", Boolean(page.error))} kern-form-input__input--width-20 code-input`}
            id="feld-code"
            name="code"
            type="text"
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            defaultValue={page.code}
            aria-describedby={describedBy("feld-code", true, Boolean(page.error))}
            aria-invalid={page.error ? true : undefined}
          />
          <FieldError id="feld-code" message={page.error ?? undefined} />
        </div>
        <p>
          <button type="submit" className="kern-btn kern-btn--primary">
            <span className="kern-label">{t("resume.button")}</span>
          </button>
        </p>
      </Form>
    </div>
  );
}
