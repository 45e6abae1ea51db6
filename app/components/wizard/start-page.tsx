import type { ReactNode } from "react";
import { Form, Link } from "@remix-run/react";
import { AuthorityContact } from "~/components/authority";
import { GermanOnly, Text } from "~/lib/i18n/localized";
import { useT } from "~/lib/i18n/use-translation";
import type { StartPageData } from "~/server/wizard/start.http.server";
import { Notice } from "./notice";
import { KernAlert } from "~/components/kern-alert";
import { TrustLevelNotice } from "~/components/account/trust-level-notice";

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
      <TrustLevelNotice requirement={page.signIn} />

      {service.requirements.length > 0 && (
        <Section id="benoetigt" title={t("start.requirements")}>
          <ul className="kern-list">
            {service.requirements.map((requirement) => (
              <li key={requirement.text}>
                <Text value={requirement} />
              </li>
            ))}
          </ul>
        </Section>
      )}

      <Section id="gebuehren" title={t("start.fees")}>
        <Text as="p" className="kern-body" value={service.fees} />
      </Section>

      <Section id="zustaendig" title={t("start.authority")}>
        <p className="kern-body">{t("start.authorityText")}</p>
        <GermanOnly lang={page.lang}>
          <AuthorityContact authority={page.authority} />
        </GermanOnly>
      </Section>

      {service.processingTime?.text && (
        <Section id="dauer" title={t("start.processingTime")}>
          <Text as="p" className="kern-body" value={service.processingTime} />
        </Section>
      )}

      {service.legalBasis.length > 0 && (
        <Section id="rechtsgrundlagen" title={t("start.legalBasis")}>
          <ul className="kern-list">
            {service.legalBasis.map((basis) => (
              <li key={basis.text}>
                <Text value={basis} />
              </li>
            ))}
          </ul>
        </Section>
      )}

      <Section id="ablauf" title={t("start.howItWorks")}>
        <p className="kern-body">{t("start.howItWorksText")}</p>
        {page.continueHref ? (
          <KernAlert tone="info" title={t("start.existingTitle")} heading="h3">
            <p className="kern-body">{t("start.existingText")}</p>
            <p>
              <Link className="kern-btn kern-btn--primary" to={page.continueHref} reloadDocument>
                <span className="kern-label">{t("start.continue")}</span>
              </Link>
            </p>
            <Form method="post" className="kern-stack" reloadDocument>
              <input type="hidden" name="neu" value="ja" />
              <p className="kern-body">{t("start.restartHint")}</p>
              <p>
                <button type="submit" className="kern-btn kern-btn--secondary">
                  <span className="kern-label">{t("start.restart")}</span>
                </button>
              </p>
            </Form>
          </KernAlert>
        ) : page.signIn && !page.signIn.met ? null : (
          <Form method="post" reloadDocument>
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
      </Section>
    </div>
  );
}

/** A part of the start page under its own heading. */
function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="kern-stack">
      <h2 className="kern-heading-medium" id={id}>
        {title}
      </h2>
      {children}
    </section>
  );
}
