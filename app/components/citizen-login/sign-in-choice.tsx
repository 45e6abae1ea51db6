import type { ReactNode } from "react";
import type { SignInPage } from "~/server/citizen-login/sign-in.http.server";
import { FormAlert } from "~/components/staff/form-alert";

/**
 * One way to sign in: a plain link that carries the return path along, so it works without
 * JavaScript. Not a form: the CSP's form-action 'self' would stop the redirect to the provider.
 */
function Provider({ path, page, label, children }: { path: string; page: SignInPage; label: string; children: ReactNode }) {
  const query = new URLSearchParams({ zurueck: page.returnTo, ...(page.level ? { niveau: page.level } : {}) });
  return (
    <div className="kern-stack">
      {children}
      <p>
        <a className="kern-btn kern-btn--primary" href={`${path}?${query}`}>
          <span className="kern-label">{label}</span>
        </a>
      </p>
    </div>
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
      {page.level && (
        <p className="kern-body">
          Für diesen Schritt ist eine Anmeldung mit dem Vertrauensniveau <strong>{page.level}</strong> nötig
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
          <Provider path="/anmelden/bundid" page={page} label="Mit BundID anmelden">
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
          <Provider path="/anmelden/land" page={page} label="Mit dem Konto Ihres Landes anmelden">
            <p className="kern-body">Falls Sie ein Servicekonto Ihres Bundeslandes haben, können Sie sich auch damit anmelden.</p>
          </Provider>
        </section>
      )}
    </div>
  );
}
