import { Form, Link } from "@remix-run/react";
import { useRef } from "react";
import { Text } from "~/lib/i18n/localized";
import { formatDate } from "~/lib/i18n/format";
import { useT } from "~/lib/i18n/use-translation";
import type { SavePageData } from "~/server/wizard/save-page.http.server";
import { ErrorSummary } from "./error-summary";
import { PageTextField } from "./field-parts";
import { useFocusAfterNavigation } from "./use-focus-management";
import { KernAlert } from "~/components/kern-alert";

/** Save and continue later: the resume code (shown once), its link, and an optional e-mail. */
export function SavePage({ page }: { page: SavePageData }) {
  const t = useT();
  const heading = useRef<HTMLHeadingElement>(null);
  const summary = useRef<HTMLDivElement>(null);
  useFocusAfterNavigation(heading, summary, Boolean(page.error));
  const errors = page.error ? [{ pointer: "/email", fieldPointer: "/email", label: "", message: page.error, keyword: "format" }] : [];
  return (
    <div className="kern-stack-lg">
      <p>
        <Link className="kern-link back-link" to={page.continueHref} reloadDocument>
          {t("save.backToForm")}
        </Link>
      </p>
      <ErrorSummary errors={errors} ref={summary} autoFocus={errors.length > 0} />
      <hgroup className="kern-hgroup">
        <p className="kern-body wizard__caption">
          <Text value={page.serviceTitle} />
        </p>
        <h1 className="kern-heading-large" tabIndex={-1} ref={heading}>
          {t("save.title")}
        </h1>
      </hgroup>
      <p className="kern-body">{t("save.saved", { date: formatDate(page.expiresAt, page.lang) })}</p>
      {page.code && (
        <KernAlert tone="success" title={t("save.codeTitle")} heading="h2" role="status">
          <p className="kern-body">
            <code className="secret" data-testid="fortsetzungscode">
              {page.code}
            </code>
          </p>
          <p className="kern-body">{t("save.codeAdvice")}</p>
          {page.link && (
            <p className="kern-body">
              {t("save.link")}:{" "}
              <a className="kern-link" href={page.link}>
                {page.link}
              </a>
            </p>
          )}
          {page.emailedTo && <p className="kern-body">{t("save.emailed", { email: page.emailedTo })}</p>}
        </KernAlert>
      )}
      {!page.code && page.codeGone && <p className="kern-body">{t("save.codeGone")}</p>}
      {!page.code && <p className="kern-body">{t("save.explain")}</p>}
      <Form method="post" className="kern-stack-lg" noValidate>
        <PageTextField
          id="feld-email"
          name="email"
          type="email"
          label={t("save.email")}
          hint={t("save.emailHint")}
          error={page.error}
          autoComplete="email"
          defaultValue={page.email}
        />
        <p>
          <button type="submit" className="kern-btn kern-btn--primary">
            <span className="kern-label">{t("save.create")}</span>
          </button>
        </p>
      </Form>
    </div>
  );
}
