import { CaseHistoryTable } from "../status/case-history-table";
import { Form, Link } from "@remix-run/react";
import { useRef } from "react";
import type { FieldError as EngineFieldError } from "~/engine/types";
import type { Lang } from "~/lib/i18n/format";
import type { MessageKey } from "~/lib/i18n/dictionary";
import { GermanOnly, Text } from "~/lib/i18n/localized";
import { useT } from "~/lib/i18n/use-translation";
import type { StatusResult } from "~/server/status/status-result.server";
import { AuthorityContact } from "../authority";
import { ReplyForm } from "../status/reply-form";
import { SentReplies } from "../status/sent-replies";
import { WithdrawStart } from "../status/withdraw-start";
import { ErrorSummary } from "./error-summary";
import { PageTextField } from "./field-parts";
import { useFocusAfterNavigation } from "./use-focus-management";

export interface StatusFormData {
  caseNumber: string;
  errors: EngineFieldError[];
}

function statusLabel(t: ReturnType<typeof useT>, status: string): string {
  return t(`status.${status}` as MessageKey);
}

function LookupForm({ form }: { form: StatusFormData }) {
  const t = useT();
  const caseError = form.errors.find((error) => error.pointer === "/vorgangsnummer")?.message;
  const codeError = form.errors.find((error) => error.pointer === "/zugangscode")?.message;
  return (
    <Form method="post" className="kern-stack-lg" noValidate>
      <PageTextField
        id="feld-vorgangsnummer"
        name="vorgangsnummer"
        label={t("status.caseNumber")}
        hint={t("status.caseNumberHint")}
        error={caseError}
        autoComplete="off"
        defaultValue={form.caseNumber}
      />
      <PageTextField
        id="feld-zugangscode"
        name="zugangscode"
        label={t("status.accessCode")}
        hint={t("status.accessCodeHint")}
        error={codeError}
        autoComplete="off"
      />
      <p>
        <button type="submit" className="kern-btn kern-btn--primary">
          <span className="kern-label">{t("status.button")}</span>
        </button>
      </p>
    </Form>
  );
}

function Result({ result, lang }: { result: StatusResult; lang: Lang }) {
  const t = useT();
  return (
    <section aria-labelledby="vorgang" className="kern-stack-lg">
      <h2 className="kern-heading-medium" id="vorgang">
        {t("status.case", { caseNumber: result.caseNumber })}
      </h2>
      <dl className="kern-description-list">
        <div className="kern-description-list-item">
          <dt className="kern-description-list-item__key">{t("status.current")}</dt>
          <dd className="kern-description-list-item__value" data-testid="status">
            {statusLabel(t, result.status)}
          </dd>
        </div>
        <div className="kern-description-list-item">
          <dt className="kern-description-list-item__key">{t("status.service")}</dt>
          <dd className="kern-description-list-item__value" data-testid="leistung">
            <Text value={result.service} />
          </dd>
        </div>
        <div className="kern-description-list-item">
          <dt className="kern-description-list-item__key">{t("status.authority")}</dt>
          <dd className="kern-description-list-item__value" data-testid="behoerde">
            <GermanOnly lang={lang}>
              <AuthorityContact authority={result.authority} />
            </GermanOnly>
          </dd>
        </div>
      </dl>
      {result.replyToken && (
        <section aria-labelledby="antworten-auf-rueckfrage" className="kern-stack">
          <h3 className="kern-heading-small" id="antworten-auf-rueckfrage">
            {t("reply.heading")}
          </h3>
          <p className="kern-body">{t("reply.intro")}</p>
          <ReplyForm caseNumber={result.caseNumber} accessCode={result.accessCode} token={result.replyToken} />
        </section>
      )}
      <h3 className="kern-heading-small">{t("status.history")}</h3>
      <CaseHistoryTable history={result.history} lang={lang} statusLabel={(status) => statusLabel(t, status)} />
      <SentReplies result={result} lang={lang} />
      {/* A plain form post: the browser downloads the PDF; the access code never goes into a URL. */}
      <Form method="post" action="/status/eingangsbestaetigung.pdf" reloadDocument>
        <input type="hidden" name="vorgangsnummer" value={result.caseNumber} />
        <input type="hidden" name="zugangscode" value={result.accessCode} />
        <button type="submit" className="kern-btn kern-btn--secondary">
          <span className="kern-label">{t("status.receipt")}</span>
        </button>
      </Form>
      {result.canWithdraw && <WithdrawStart caseNumber={result.caseNumber} accessCode={result.accessCode} />}
      <p>
        <Link className="kern-link" to="/status" reloadDocument>
          {t("status.another")}
        </Link>
      </p>
    </section>
  );
}

export function StatusPage({ form, result, lang }: { form: StatusFormData; result: StatusResult | null; lang: Lang }) {
  const t = useT();
  const heading = useRef<HTMLHeadingElement>(null);
  const summary = useRef<HTMLDivElement>(null);
  useFocusAfterNavigation(heading, summary, form.errors.length > 0);
  return (
    <div className="kern-stack-lg">
      <ErrorSummary errors={form.errors} ref={summary} autoFocus={form.errors.length > 0} />
      <h1 className="kern-heading-large" tabIndex={-1} ref={heading}>
        {t("status.title")}
      </h1>
      {result ? (
        <Result result={result} lang={lang} />
      ) : (
        <>
          <p className="kern-body">{t("status.intro")}</p>
          <LookupForm form={form} />
        </>
      )}
    </div>
  );
}
