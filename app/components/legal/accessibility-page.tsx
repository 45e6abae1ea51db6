import { formatDate } from "~/lib/i18n/format";
import { LEGAL_PAGES } from "~/lib/legal-paths";
import type { FeedbackOutcome } from "~/server/legal/feedback.server";
import type { LegalPageBase } from "~/server/legal/legal-pages.server";
import { ACCESSIBILITY_TESTS, ENFORCEMENT_BODY } from "~/server/legal/oversight";
import { FeedbackForm } from "./feedback-form";
import { LegalFrame } from "./legal-frame";
import { OperatorContact } from "./operator-contact";
import { OversightContact } from "./oversight-contact";

/** Erklärung zur Barrierefreiheit (ThürBarrWebG, BITV 2.0): conformity from our own tests, limitations, feedback, enforcement. */
export function AccessibilityPage({ base, outcome }: { base: LegalPageBase; outcome: FeedbackOutcome | null }) {
  const { operator, query } = base;
  return (
    <LegalFrame title="Erklärung zur Barrierefreiheit" path={LEGAL_PAGES.barrierefreiheit} base={base}>
      <p className="kern-body">
        {operator.name} ist bemüht, das Bürgerportal im Einklang mit dem Thüringer Gesetz über den barrierefreien Zugang zu den Websites und
        mobilen Anwendungen öffentlicher Stellen (ThürBarrWebG) und der Barrierefreie-Informationstechnik-Verordnung (BITV 2.0) barrierefrei
        zugänglich zu machen. Diese Erklärung gilt für alle Seiten des Bürgerportals unter dieser Adresse.
      </p>

      <section aria-labelledby="stand" className="kern-stack">
        <h2 className="kern-heading-medium" id="stand">
          Stand der Vereinbarkeit mit den Anforderungen
        </h2>
        <p className="kern-body">
          Das Portal ist mit den Anforderungen der BITV 2.0 (WCAG 2.1, Stufe AA, nach EN 301 549) weitgehend vereinbar. Die Bewertung beruht
          auf einer Selbstbewertung durch den Betreiber mit diesen Prüfungen, die bei jeder Änderung des Portals laufen:
        </p>
        <ul className="kern-list">
          {ACCESSIBILITY_TESTS.map((test) => (
            <li key={test}>{test}</li>
          ))}
        </ul>
        <p className="kern-body">Eine Prüfung durch eine unabhängige Prüfstelle (BITV-Test) steht noch aus.</p>
      </section>

      <section aria-labelledby="einschraenkungen" className="kern-stack">
        <h2 className="kern-heading-medium" id="einschraenkungen">
          Nicht barrierefreie Inhalte
        </h2>
        {operator.knownLimitations.length === 0 ? (
          <p className="kern-body">Uns sind derzeit keine Barrieren bekannt.</p>
        ) : (
          <ul className="kern-list">
            {operator.knownLimitations.map((limitation) => (
              <li key={limitation}>{limitation}</li>
            ))}
          </ul>
        )}
        <p className="kern-body">
          Eine Erklärung des Portals in Leichter Sprache finden Sie unter{" "}
          <a className="kern-link" href={`${LEGAL_PAGES.leichteSprache}${query}`}>
            Leichte Sprache
          </a>
          , Informationen in Deutscher Gebärdensprache unter{" "}
          <a className="kern-link" href={`${LEGAL_PAGES.gebaerdensprache}${query}`}>
            Gebärdensprache
          </a>
          .
        </p>
      </section>

      <section aria-labelledby="rueckmeldung" className="kern-stack">
        <h2 className="kern-heading-medium" id="rueckmeldung">
          Barrieren melden: Feedback und Kontakt
        </h2>
        <p className="kern-body">
          Sind Ihnen Barrieren aufgefallen, oder brauchen Sie Inhalte in einer anderen Form? Schreiben Sie uns mit diesem Formular oder
          direkt an den Betreiber:
        </p>
        <OperatorContact operator={operator} />
        <FeedbackForm outcome={outcome} operatorEmail={operator.email} />
      </section>

      <section aria-labelledby="durchsetzung" className="kern-stack">
        <h2 className="kern-heading-medium" id="durchsetzung">
          Durchsetzungsverfahren
        </h2>
        <p className="kern-body">
          Haben Sie auf Ihre Rückmeldung keine oder keine zufriedenstellende Antwort erhalten, können Sie sich an den Landesbeauftragten für
          Menschen mit Behinderungen wenden. Er vermittelt als Schlichtungsstelle zwischen Ihnen und dem Betreiber, um eine Lösung zu
          finden. Das Verfahren ist für Sie kostenlos; Sie brauchen keinen Rechtsbeistand.
        </p>
        <OversightContact body={ENFORCEMENT_BODY} />
      </section>

      <p className="kern-body kern-body--small">Diese Erklärung wurde zuletzt am {formatDate(operator.updatedAt, "de")} geändert.</p>
    </LegalFrame>
  );
}
