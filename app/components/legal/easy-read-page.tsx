import { LEGAL_PAGES } from "~/lib/legal-paths";
import type { LegalPageBase } from "~/server/legal/legal-pages.server";

/**
 * The portal explained in Leichte Sprache (Netzwerk Leichte Sprache rules): short sentences,
 * one statement per sentence, long words split with a hyphen, hard words explained where they
 * first appear, large type and line height (.easy-read).
 */
export function EasyReadPage({ base }: { base: LegalPageBase }) {
  const { operator, municipality, query, draftTtlDays } = base;
  return (
    <article className="easy-read kern-stack">
      <h1 className="kern-heading-large">Das Bürger-Portal in Leichter Sprache</h1>
      <p>Hier erklären wir das Bürger-Portal.</p>
      <p>Wir erklären es in Leichter Sprache.</p>

      <h2 className="kern-heading-medium">Was ist das Bürger-Portal?</h2>
      <p>Das Bürger-Portal ist eine Internet-Seite.</p>
      <p>Dort können Sie Anträge stellen.</p>
      <p>Ein Antrag ist eine Bitte an das Amt.</p>
      <p>Zum Beispiel: Sie haben einen Hund.</p>
      <p>Dann müssen Sie den Hund beim Amt anmelden.</p>
      <p>Das können Sie im Bürger-Portal machen.</p>
      <p>Sie müssen dafür nicht zum Amt gehen.</p>

      <h2 className="kern-heading-medium">So stellen Sie einen Antrag</h2>
      <ol className="kern-list">
        <li>Sie suchen Ihre Gemeinde. Die Gemeinde ist der Ort, in dem Sie wohnen.</li>
        <li>Sie wählen den Antrag.</li>
        <li>Sie beantworten die Fragen. Die Fragen kommen nacheinander.</li>
        <li>Am Ende sehen Sie alle Ihre Antworten. Sie können die Antworten noch ändern.</li>
        <li>Dann schicken Sie den Antrag ab.</li>
      </ol>
      <p>Sie bekommen dann eine Vorgangs-Nummer.</p>
      <p>Und Sie bekommen einen Zugangs-Code.</p>
      <p>Ein Zugangs-Code ist wie ein Passwort.</p>
      <p>Schreiben Sie beides auf.</p>
      <p>Mit der Nummer und dem Code sehen Sie später: So weit ist Ihr Antrag.</p>
      <p>
        Das sehen Sie auf der Seite{" "}
        <a className="kern-link" href="/status">
          Stand abrufen
        </a>
        .
      </p>

      <h2 className="kern-heading-medium">Pause machen</h2>
      <p>Sie können beim Antrag eine Pause machen.</p>
      <p>Dafür gibt es den Knopf: Speichern und später fortsetzen.</p>
      <p>Sie bekommen dann einen Code.</p>
      <p>Mit dem Code machen Sie später weiter.</p>
      <p>Der Code gilt {draftTtlDays} Tage.</p>

      <h2 className="kern-heading-medium">Ihre Daten</h2>
      <p>Daten sind Angaben über Sie.</p>
      <p>Zum Beispiel Ihr Name und Ihre Adresse.</p>
      <p>Nur das zuständige Amt bekommt Ihren Antrag.</p>
      <p>Zuständig heißt: Dieses Amt entscheidet über Ihren Antrag.</p>
      <p>Das Amt löscht Ihren Antrag nach einiger Zeit im Portal.</p>
      <p>
        Mehr dazu steht in der{" "}
        <a className="kern-link" href={`${LEGAL_PAGES.datenschutz}${query}`}>
          Daten-Schutz-Erklärung
        </a>
        .
      </p>
      <p>Die Daten-Schutz-Erklärung ist in schwerer Sprache.</p>

      <h2 className="kern-heading-medium">Hilfe und Kontakt</h2>
      <p>Das Bürger-Portal{municipality ? ` für ${municipality.name}` : ""} wird betrieben von:</p>
      <p>{operator.name}</p>
      <p>Betreiben heißt: Diese Stelle kümmert sich um die Technik.</p>
      <p>Haben Sie ein Problem mit dem Bürger-Portal?</p>
      <p>Dann schreiben Sie eine E-Mail an:</p>
      <p>
        <a className="kern-link" href={`mailto:${operator.email}`}>
          {operator.email}
        </a>
      </p>
      {operator.draft && (
        <p>
          <strong>Achtung:</strong> Diese Angaben sind noch nicht geprüft. Die Angaben können sich noch ändern.
        </p>
      )}
      <p>
        Oder schreiben Sie uns auf der Seite{" "}
        <a className="kern-link" href={`${LEGAL_PAGES.barrierefreiheit}${query}#rueckmeldung`}>
          Barriere-Freiheit
        </a>
        .
      </p>
      <p>Barriere-Freiheit heißt: Alle Menschen können die Seite gut benutzen.</p>
      <p>Haben Sie eine Frage zu Ihrem Antrag?</p>
      <p>Dann fragen Sie Ihr Amt.</p>
      <p>Die Adresse von Ihrem Amt steht auf der Seite von Ihrer Gemeinde.</p>
    </article>
  );
}
