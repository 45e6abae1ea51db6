import { Form } from "@remix-run/react";
import { useRef } from "react";
import { useT } from "~/lib/i18n/use-translation";
import type { ResumePageData } from "~/server/wizard/resume-page.http.server";
import { ErrorSummary } from "./error-summary";
import { PageTextField } from "./field-parts";
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
      <Form method="post" className="kern-stack-lg" noValidate reloadDocument>
        <PageTextField
          id="feld-code"
          name="code"
          label={t("resume.label")}
          hint={t("resume.hint")}
          error={page.error}
          autoComplete="off"
          autoCapitalize="characters"
          defaultValue={page.code}
          inputClassName="kern-form-input__input--width-20 code-input"
        />
        <p>
          <button type="submit" className="kern-btn kern-btn--primary">
            <span className="kern-label">{t("resume.button")}</span>
          </button>
        </p>
      </Form>
    </div>
  );
}
