import type { SignInPage } from "~/server/citizen-login/sign-in.http.server";
import { FormAlert } from "~/components/staff/form-alert";

/** One way to sign in: a plain GET form, so it works without JavaScript and carries the return path along. */
function Provider({ action, page, label, children }: { action: string; page: SignInPage; label: string; children: React.ReactNode }) {
  return (
    <form method="get" action={action} className="kern-stack">
      {children}
      <input type="hidden" name="zurueck" value={page.returnTo} />
      {page.level && <input type="hidden" name="niveau" value={page.level} />}
      <p>
        <button type="submit" className="kern-btn kern-btn--primary">
          <span className="kern-label">{label}</span>
        </button>
      </p>
    </form>
  );
}

export function SignInChoice({ page }: { page: SignInPage }) {
  return (
    <div className="kern-stack-lg">
      <h1 className="kern-heading-large">Anmelden</h1>
      {page.signedIn && (
        <FormAlert tone="info" title="Sie sind bereits angemeldet.">
          <p className="kern-body">
            Eine neue Anmeldung ersetzt die bisherige nicht; Sie können sich auch mit einem höheren Vertrauensniveau erneut anmelden.
          </p>
        </FormAlert>
      )}
      <p className="kern-body">
        Mit einem Konto sehen Sie Ihre Anträge an einem Ort und können Ihre Angaben in Formulare übernehmen. Ohne Anmeldung können Sie
        weiterhin Anträge stellen.
      </p>
      {page.levelName && (
        <p className="kern-body">
          Für diesen Schritt ist eine Anmeldung mit dem Vertrauensniveau <strong>{page.levelName}</strong> nötig
          {page.level === "hoch" ? ", zum Beispiel mit der Online-Ausweisfunktion Ihres Personalausweises." : "."}
        </p>
      )}
      {!page.bundId && !page.land && (
        <FormAlert tone="info" title="Die Anmeldung ist in diesem Portal nicht eingerichtet.">
          <p className="kern-body">
            Sie können Anträge ohne Anmeldung stellen und ihren Stand mit Vorgangsnummer und Zugangscode abfragen.
          </p>
        </FormAlert>
      )}
      {page.bundId && (
        <section className="kern-stack" aria-labelledby="anmelden-bundid">
          <h2 className="kern-heading-medium" id="anmelden-bundid">
            BundID
          </h2>
          <Provider action="/anmelden/bundid" page={page} label="Mit BundID anmelden">
            <p className="kern-body">
              Das zentrale Konto des Bundes für Verwaltungsleistungen. Sie melden sich dort an; das Portal erhält Ihren Namen, Ihr
              Geburtsdatum, Ihre Anschrift und E-Mail-Adresse, soweit Ihr Konto sie enthält.
            </p>
          </Provider>
        </section>
      )}
      {page.land && (
        <section className="kern-stack" aria-labelledby="anmelden-land">
          <h2 className="kern-heading-medium" id="anmelden-land">
            Konto Ihres Landes
          </h2>
          <Provider action="/anmelden/land" page={page} label="Mit dem Konto Ihres Landes anmelden">
            <p className="kern-body">Falls Sie ein Servicekonto Ihres Bundeslandes haben, können Sie sich auch damit anmelden.</p>
          </Provider>
        </section>
      )}
    </div>
  );
}
