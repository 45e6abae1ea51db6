import { Link } from "@remix-run/react";
import { useRef } from "react";
import { AuthorityContact } from "~/components/authority";
import { GermanOnly, Text } from "~/lib/i18n/localized";
import { useT } from "~/lib/i18n/use-translation";
import type { ConfirmationPageData } from "~/server/wizard/confirmation.http.server";
import { useFocusAfterNavigation } from "./use-focus-management";
import { KernAlert } from "~/components/kern-alert";

/** After submission: case number, the access code once, who decides, the receipt, what comes next. */
export function ConfirmationPage({ page }: { page: ConfirmationPageData }) {
  const t = useT();
  const heading = useRef<HTMLHeadingElement>(null);
  const none = useRef<HTMLDivElement>(null);
  useFocusAfterNavigation(heading, none, false);
  return (
    <div className="kern-stack-lg">
      <div className="kern-alert kern-alert--success confirmation-panel">
        <div className="kern-alert__header">
          <span className="kern-icon kern-icon--success" aria-hidden="true" />
          <h1 className="kern-title kern-heading-large" tabIndex={-1} ref={heading}>
            {t("confirm.title")}
          </h1>
        </div>
        <div className="kern-alert__body kern-stack">
          <p className="kern-body">{t("confirm.lead", { service: page.serviceTitle.text })}</p>
          <dl className="kern-description-list">
            <div className="kern-description-list-item">
              <dt className="kern-description-list-item__key">{t("confirm.caseNumber")}</dt>
              <dd className="kern-description-list-item__value">
                <strong className="case-number" data-testid="vorgangsnummer">
                  {page.caseNumber}
                </strong>
              </dd>
            </div>
            {page.accessCode && (
              <div className="kern-description-list-item">
                <dt className="kern-description-list-item__key">{t("confirm.accessCode")}</dt>
                <dd className="kern-description-list-item__value">
                  <code className="secret" data-testid="zugangscode">
                    {page.accessCode}
                  </code>
                </dd>
              </div>
            )}
          </dl>
        </div>
      </div>
      {page.accessCode ? (
        <KernAlert tone="warning" title={t("confirm.accessCode")}>
          <p className="kern-body">{t("confirm.accessCodeWarning")}</p>
        </KernAlert>
      ) : (
        <p className="kern-body">{t("confirm.accessCodeGone")}</p>
      )}
      <p>
        <a className="kern-btn kern-btn--secondary" href={`${page.base}/eingangsbestaetigung.pdf`} download>
          <span className="kern-label">{t("confirm.receipt")}</span>
        </a>
      </p>
      <section aria-labelledby="behoerde" className="kern-stack">
        <h2 className="kern-heading-medium" id="behoerde">
          {t("confirm.authority")}
        </h2>
        <GermanOnly lang={page.lang}>
          <AuthorityContact authority={page.authority} />
        </GermanOnly>
      </section>
      <section aria-labelledby="weiter" className="kern-stack">
        <h2 className="kern-heading-medium" id="weiter">
          {t("confirm.next")}
        </h2>
        <p className="kern-body">{t("confirm.nextText")}</p>
        {page.processingTime?.text && <Text as="p" className="kern-body" value={page.processingTime} />}
        <p>
          <Link className="kern-link" to="/status">
            {t("confirm.statusLink")}
          </Link>
        </p>
      </section>
    </div>
  );
}
