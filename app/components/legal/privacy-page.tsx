import { LEGAL_PAGES } from "~/lib/legal-paths";
import { DATA_PROTECTION_AUTHORITY } from "~/server/legal/oversight";
import type { PrivacyPageData } from "~/server/legal/legal-pages.server";
import type { ServicePrivacy } from "~/server/legal/privacy-notice.server";
import { Fact, LegalFrame } from "./legal-frame";
import { OversightContact } from "./oversight-contact";

const levelController: Record<ServicePrivacy["level"], string> = {
  gemeinde: "die Verwaltung Ihrer Gemeinde (ihre Verwaltungsgemeinschaft, ihre erfüllende Gemeinde oder die Gemeinde selbst)",
  kreis: "das Landratsamt Ihres Landkreises",
};

function ServiceEntry({ service }: { service: ServicePrivacy }) {
  return (
    <section aria-labelledby={`leistung-${service.id}`} className="kern-stack">
      <h3 className="kern-heading-small" id={`leistung-${service.id}`}>
        {service.title}
      </h3>
      <dl className="kern-description-list">
        <div className="kern-description-list-item">
          <dt className="kern-description-list-item__key">Verantwortlich</dt>
          <dd className="kern-description-list-item__value">
            {service.controller ? (
              <>
                {service.controller.name}
                {service.controller.street && `, ${service.controller.street}`}
                {service.controller.city && `, ${[service.controller.postalCode, service.controller.city].filter(Boolean).join(" ")}`}
                {service.controller.email && `, ${service.controller.email}`}
              </>
            ) : (
              levelController[service.level]
            )}
          </dd>
        </div>
        <div className="kern-description-list-item">
          <dt className="kern-description-list-item__key">Zweck</dt>
          <dd className="kern-description-list-item__value">Prüfung und Entscheidung Ihres Antrags „{service.title}“</dd>
        </div>
        <div className="kern-description-list-item">
          <dt className="kern-description-list-item__key">Rechtsgrundlage</dt>
          <dd className="kern-description-list-item__value">
            Art. 6 Abs. 1 Buchst. e und Abs. 3 DSGVO in Verbindung mit{" "}
            {service.legalBasis.length > 0 ? service.legalBasis.join("; ") : "den Vorschriften über diese Leistung"}
          </dd>
        </div>
        <div className="kern-description-list-item">
          <dt className="kern-description-list-item__key">Speicherdauer im Portal</dt>
          <dd className="kern-description-list-item__value">
            {service.retentionDays} Tage nach Abschluss oder Ablehnung des Antrags
            {service.retentionRule === "default" ? " (Regelfrist des Portals)" : " (Frist dieser Leistung)"}; danach wird der Vorgang mit
            allen Anlagen und der Eingangsbestätigung gelöscht, außer die Behörde hat eine Löschsperre gesetzt, weil der Vorgang noch
            gebraucht wird (zum Beispiel in einem Widerspruchsverfahren).
          </dd>
        </div>
      </dl>
    </section>
  );
}

/** Datenschutzerklärung after Art. 13 DSGVO, per service of the municipality (or operator) in view. */
export function PrivacyPage({ data }: { data: PrivacyPageData }) {
  const { operator, municipality, services } = data;
  return (
    <LegalFrame title="Datenschutzerklärung" path={LEGAL_PAGES.datenschutz} base={data}>
      <section aria-labelledby="verantwortliche" className="kern-stack">
        <h2 className="kern-heading-medium" id="verantwortliche">
          Wer für Ihre Daten verantwortlich ist
        </h2>
        <p className="kern-body">
          Verantwortlich für die Daten eines Antrags (Art. 4 Nr. 7 DSGVO) ist die Behörde, an die der Antrag geht. Sie steht unten bei jeder
          Leistung{municipality ? ` für ${municipality.name}` : ""}. {operator.name} betreibt das Portal in ihrem Auftrag
          (Auftragsverarbeitung nach Art. 28 DSGVO) und ist für die Seiten ohne Antrag verantwortlich.
        </p>
        <p className="kern-body">
          Datenschutzbeauftragte oder Datenschutzbeauftragter des Betreibers: <Fact value={operator.dataProtectionOfficer} />. Die
          Datenschutzbeauftragten der Behörden erreichen Sie über die Behörde.
        </p>
        {!municipality && (
          <p className="kern-body">
            Welche Behörde für Sie genau zuständig ist, zeigt diese Seite, wenn Sie sie von den Seiten Ihrer Gemeinde aus öffnen.
          </p>
        )}
      </section>

      <section aria-labelledby="leistungen" className="kern-stack">
        <h2 className="kern-heading-medium" id="leistungen">
          Daten je Leistung
        </h2>
        {services.length === 0 ? (
          <p className="kern-body">Hier werden noch keine Leistungen online angeboten.</p>
        ) : (
          services.map((service) => <ServiceEntry key={service.id} service={service} />)
        )}
      </section>

      <section aria-labelledby="technik" className="kern-stack">
        <h2 className="kern-heading-medium" id="technik">
          Was das Portal außerdem speichert
        </h2>
        <ul className="kern-list">
          <li>
            Begonnene Anträge: Ihre Angaben werden nach jedem Schritt gespeichert und {data.draftTtlDays} Tage nach der letzten Änderung
            gelöscht, wenn Sie den Antrag nicht absenden. Ein Cookie verbindet Ihren Browser mit dem begonnenen Antrag.
          </li>
          <li>Ein Cookie merkt sich die gewählte Sprache. Es enthält keine Angaben zu Ihrer Person.</li>
          <li>
            Zum Schutz vor Missbrauch zählt das Portal Anmeldungen, Statusabfragen und Rückmeldungen je Internetadresse in kurzen
            Zeitfenstern (Art. 6 Abs. 1 Buchst. e DSGVO); gespeichert wird je Adresse nur der Zähler des letzten Zeitfensters. Die
            Protokolle des Servers enthalten weder Ihre Internetadresse noch Ihre Angaben.
          </li>
          <li>Es gibt keine Analyse- oder Werbedienste und keine Inhalte anderer Anbieter.</li>
          <li>Rückmeldungen zur Barrierefreiheit gehen per E-Mail an {operator.name} und werden im Portal nach dem Versand gelöscht.</li>
        </ul>
      </section>

      <section aria-labelledby="rechte" className="kern-stack">
        <h2 className="kern-heading-medium" id="rechte">
          Ihre Rechte
        </h2>
        <p className="kern-body">
          Sie haben das Recht auf Auskunft (Art. 15 DSGVO), Berichtigung (Art. 16), Löschung (Art. 17), Einschränkung der Verarbeitung (Art.
          18) und Widerspruch (Art. 21). Wenden Sie sich dafür an die Behörde, an die Ihr Antrag ging. Sie können sich außerdem bei der
          Aufsichtsbehörde beschweren (Art. 77 DSGVO):
        </p>
        <OversightContact body={DATA_PROTECTION_AUTHORITY} />
      </section>
    </LegalFrame>
  );
}
