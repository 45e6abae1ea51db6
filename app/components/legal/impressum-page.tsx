import type { LegalPageBase } from "~/server/legal/legal-pages.server";
import { LEGAL_PAGES } from "~/lib/legal-paths";
import { Fact, LegalFrame } from "./legal-frame";
import { OperatorContact } from "./operator-contact";

/** Impressum after § 5 DDG: provider, address, representative, contact, supervisory authority, VAT id where there is one. */
export function ImpressumPage({ base }: { base: LegalPageBase }) {
  const { operator, query } = base;
  return (
    <LegalFrame title="Impressum" path={LEGAL_PAGES.impressum} base={base}>
      <section aria-labelledby="anbieter" className="kern-stack">
        <h2 className="kern-heading-medium" id="anbieter">
          Anbieter (§ 5 Digitale-Dienste-Gesetz)
        </h2>
        <OperatorContact operator={operator} />
      </section>
      <dl className="kern-description-list">
        <div className="kern-description-list-item">
          <dt className="kern-description-list-item__key">Vertreten durch</dt>
          <dd className="kern-description-list-item__value">
            <Fact value={operator.representative} />
          </dd>
        </div>
        <div className="kern-description-list-item">
          <dt className="kern-description-list-item__key">Aufsichtsbehörde</dt>
          <dd className="kern-description-list-item__value">
            <Fact value={operator.supervisoryAuthority} />
          </dd>
        </div>
        {operator.vatId && (
          <div className="kern-description-list-item">
            <dt className="kern-description-list-item__key">Umsatzsteuer-Identifikationsnummer (§ 27a UStG)</dt>
            <dd className="kern-description-list-item__value">{operator.vatId}</dd>
          </div>
        )}
      </dl>
      <section aria-labelledby="inhalte" className="kern-stack">
        <h2 className="kern-heading-medium" id="inhalte">
          Inhalte der Online-Dienste
        </h2>
        <p className="kern-body">
          Für die Anträge, ihre Texte und die Entscheidung über einen Antrag ist die Behörde verantwortlich, an die der Antrag geht: die
          Verwaltung Ihrer Gemeinde oder das Landratsamt. Welche Behörde das ist, steht auf der Startseite jedes Antrags und in der{" "}
          <a className="kern-link" href={`${LEGAL_PAGES.datenschutz}${query}`}>
            Datenschutzerklärung
          </a>
          .
        </p>
      </section>
    </LegalFrame>
  );
}
