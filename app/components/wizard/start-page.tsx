import { Form, Link } from "@remix-run/react";
import { AuthorityContact } from "~/components/authority";
import { GermanOnly, Text } from "~/lib/i18n/localized";
import { useT } from "~/lib/i18n/use-translation";
import type { StartPageData } from "~/server/drafts/start.server";
import { Notice } from "./notice";

/** What a citizen needs to know before starting, then one button that opens a draft. */
export function StartPage({ page }: { page: StartPageData }) {
  const t = useT();
  const { service } = page;
  return (
    <div className="kern-stack-lg">
      <p>
        <Link className="kern-link back-link" to={`/${page.municipality.slug}`}>
          {t("start.back", { municipality: page.municipality.name })}
        </Link>
      </p>
      <Notice message={page.notice} />
      <hgroup className="kern-hgroup">
        <p className="kern-body wizard__caption">{page.municipality.name}</p>
        <h1 className="kern-heading-large">
          <Text value={service.title} />
        </h1>
      </hgroup>
      <Text as="p" className="kern-body kern-body--large" value={service.description} />

      {service.requirements.length > 0 && (
        <section aria-labelledby="benoetigt" className="kern-stack">
          <h2 className="kern-heading-medium" id="benoetigt">
            {t("start.requirements")}
          </h2>
          <ul className="kern-list">
            {service.requirements.map((requirement) => (
              <li key={requirement.text}>
                <Text value={requirement} />
              </li>
            ))}
          </ul>
        </section>
      )}

      <section aria-labelledby="gebuehren" className="kern-stack">
        <h2 className="kern-heading-medium" id="gebuehren">
          {t("start.fees")}
        </h2>
        <Text as="p" className="kern-body" value={service.fees} />
      </section>

      <section aria-labelledby="zustaendig" className="kern-stack">
        <h2 className="kern-heading-medium" id="zustaendig">
          {t("start.authority")}
        </h2>
        <p className="kern-body">{t("start.authorityText")}</p>
        <GermanOnly lang={page.lang}>
          <AuthorityContact authority={page.authority} />
        </GermanOnly>
      </section>

      {service.processingTime?.text && (
        <section aria-labelledby="dauer" className="kern-stack">
          <h2 className="kern-heading-medium" id="dauer">
            {t("start.processingTime")}
          </h2>
          <Text as="p" className="kern-body" value={service.processingTime} />
        </section>
      )}

      {service.legalBasis.length > 0 && (
        <section aria-labelledby="rechtsgrundlagen" className="kern-stack">
          <h2 className="kern-heading-medium" id="rechtsgrundlagen">
            {t("start.legalBasis")}
          </h2>
          <ul className="kern-list">
            {service.legalBasis.map((basis) => (
              <li key={basis.text}>
                <Text value={basis} />
              </li>
            ))}
          </ul>
        </section>
      )}

      <section aria-labelledby="ablauf" className="kern-stack">
        <h2 className="kern-heading-medium" id="ablauf">
          {t("start.howItWorks")}
        </h2>
        <p className="kern-body">{t("start.howItWorksText")}</p>
        {page.continueHref ? (
          <div className="kern-alert kern-alert--info">
            <div className="kern-alert__header">
              <span className="kern-icon kern-icon--info" aria-hidden="true" />
              <h3 className="kern-title">{t("start.existingTitle")}</h3>
            </div>
            <div className="kern-alert__body kern-stack">
              <p className="kern-body">{t("start.existingText")}</p>
              <p>
                <Link className="kern-btn kern-btn--primary" to={page.continueHref}>
                  <span className="kern-label">{t("start.continue")}</span>
                </Link>
              </p>
              <Form method="post" className="kern-stack">
                <input type="hidden" name="neu" value="ja" />
                <p className="kern-body">{t("start.restartHint")}</p>
                <p>
                  <button type="submit" className="kern-btn kern-btn--secondary">
                    <span className="kern-label">{t("start.restart")}</span>
                  </button>
                </p>
              </Form>
            </div>
          </div>
        ) : (
          <Form method="post">
            <button type="submit" className="kern-btn kern-btn--primary">
              <span className="kern-label">{t("start.button")}</span>
            </button>
          </Form>
        )}
        <p>
          <Link className="kern-link" to="/fortsetzen">
            {t("start.haveCode")}
          </Link>
        </p>
      </section>
    </div>
  );
}
