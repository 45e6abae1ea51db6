import { Form } from "@remix-run/react";
import { FormAlert } from "~/components/staff/form-alert";
import { StaffField } from "~/components/staff/staff-field";
import type { FeedbackOutcome } from "~/server/legal/feedback.server";

type Failure = Extract<FeedbackOutcome, { ok: false }>;

/** The feedback mechanism: a plain form post, answered on the same page. */
export function FeedbackForm({ outcome, operatorEmail }: { outcome: FeedbackOutcome | null; operatorEmail: string }) {
  const failure: Failure | null = outcome && !outcome.ok ? outcome : null;
  const values = failure?.values;
  const errors = failure?.errors ?? {};
  return (
    <div className="kern-stack">
      {outcome?.ok && (
        <FormAlert tone="success" title="Vielen Dank, Ihre Nachricht wurde gesendet." id="rueckmeldung-ergebnis">
          Sie geht an {operatorEmail}. Wenn Sie eine E-Mail-Adresse angegeben haben, erhalten Sie dort eine Antwort.
        </FormAlert>
      )}
      {failure && <FormAlert tone="danger" title={failure.message} id="rueckmeldung-ergebnis" />}
      {/* A new form after a sent message: its fields start empty again (with JavaScript, too). */}
      <Form method="post" className="kern-stack" noValidate key={outcome?.ok ? "gesendet" : "offen"}>
        <StaffField id="feld-nachricht" label="Welche Barriere haben Sie bemerkt?" error={errors.message}>
          {(control) => (
            <textarea {...control} name="nachricht" rows={6} maxLength={5000} defaultValue={values?.message} aria-required="true" />
          )}
        </StaffField>
        <StaffField
          id="feld-seite"
          label="Auf welcher Seite? (freiwillig)"
          hint="Zum Beispiel die Adresse der Seite oder der Name des Antrags."
          error={errors.page}
        >
          {(control) => <input {...control} name="seite" type="text" maxLength={500} defaultValue={values?.page} />}
        </StaffField>
        <StaffField id="feld-name" label="Ihr Name (freiwillig)" error={errors.name}>
          {(control) => <input {...control} name="name" type="text" autoComplete="name" maxLength={200} defaultValue={values?.name} />}
        </StaffField>
        <StaffField id="feld-email" label="Ihre E-Mail-Adresse für eine Antwort (freiwillig)" error={errors.email}>
          {(control) => <input {...control} name="email" type="email" autoComplete="email" maxLength={254} defaultValue={values?.email} />}
        </StaffField>
        <p>
          <button type="submit" className="kern-btn kern-btn--primary">
            <span className="kern-label">Nachricht senden</span>
          </button>
        </p>
      </Form>
    </div>
  );
}
