import { CaseHistoryTable } from "../status/case-history-table";
import { SentReplyList } from "../status/sent-replies";
import { Link } from "@remix-run/react";
import type { MessageKey } from "~/lib/i18n/dictionary";
import { formatDateTime } from "~/lib/i18n/format";
import { GermanOnly, Text } from "~/lib/i18n/localized";
import { useLang, useT } from "~/lib/i18n/use-translation";
import type { MyCaseView } from "~/server/citizen-account/my-case-actions.http.server";
import { AuthorityContact } from "../authority";
import { ReplyForm } from "../status/reply-form";

export const myCaseHref = (caseNumber: string) => `/mein-bereich/vorgaenge/${encodeURIComponent(caseNumber)}`;

/** One of the account's cases: what /status shows, opened by the account instead of an access code. */
export function MyCasePage({ view }: { view: MyCaseView }) {
  const t = useT();
  const lang = useLang();
  const href = myCaseHref(view.caseNumber);
  return (
    <div className="kern-stack-lg">
      <p>
        <Link className="kern-link back-link" to="/mein-bereich">
          {t("account.back")}
        </Link>
      </p>
      <h1 className="kern-heading-large">{t("account.caseTitle", { caseNumber: view.caseNumber })}</h1>
      <dl className="kern-description-list">
        <div className="kern-description-list-item">
          <dt className="kern-description-list-item__key">{t("status.current")}</dt>
          <dd className="kern-description-list-item__value" data-testid="status">
            {t(`caseStatus.${view.status}` as MessageKey)}
          </dd>
        </div>
        <div className="kern-description-list-item">
          <dt className="kern-description-list-item__key">{t("status.service")}</dt>
          <dd className="kern-description-list-item__value">
            <Text value={view.service} />
          </dd>
        </div>
        <div className="kern-description-list-item">
          <dt className="kern-description-list-item__key">{t("status.authority")}</dt>
          <dd className="kern-description-list-item__value">
            <GermanOnly lang={lang}>
              <AuthorityContact authority={view.authority} />
            </GermanOnly>
          </dd>
        </div>
      </dl>
      {view.replyToken && (
        <section aria-labelledby="antworten-auf-rueckfrage" className="kern-stack">
          <h2 className="kern-heading-medium" id="antworten-auf-rueckfrage">
            {t("reply.heading")}
          </h2>
          <p className="kern-body">{t("reply.intro")}</p>
          <ReplyForm caseNumber={view.caseNumber} token={view.replyToken} action={`${href}/antwort`} />
        </section>
      )}
      <h2 className="kern-heading-medium">{t("account.messages")}</h2>
      <CaseHistoryTable history={view.history} lang={lang} statusLabel={(status) => t(`caseStatus.${status}` as MessageKey)} />
      <SentReplyList
        replies={view.replies}
        lang={lang}
        headingLevel={2}
        receipt={(reply) => (
          <p>
            <a className="kern-link" href={`${href}/antworten/${reply.id}.pdf`} download>
              {t("account.replyReceipt", { date: formatDateTime(reply.at, lang) })}
            </a>
          </p>
        )}
      />
      <p>
        <a className="kern-link" href={`${href}/eingangsbestaetigung.pdf`} download>
          {t("account.receipt")}
        </a>
      </p>
      {view.canWithdraw && (
        <section aria-labelledby="zurueckziehen" className="kern-stack">
          <h2 className="kern-heading-medium" id="zurueckziehen">
            {t("withdraw.heading")}
          </h2>
          <p className="kern-body">{t("withdraw.intro")}</p>
          <p>
            <Link className="kern-link" to={`${href}/zurueckziehen`}>
              {t("withdraw.start")}
            </Link>
          </p>
        </section>
      )}
    </div>
  );
}
