import { Form } from "@remix-run/react";
import { StaffField } from "~/components/staff/staff-field";
import type { SettingErrors, SettingField, SettingValues } from "~/server/legal/operator-settings.server";

const FIELDS: Array<{ field: SettingField; label: string; hint?: string; long?: boolean }> = [
  { field: "name", label: "Name des Betreibers" },
  { field: "legalForm", label: "Rechtsform (freiwillig)", hint: "Zum Beispiel „Zweckverband (Körperschaft des öffentlichen Rechts)“." },
  { field: "street", label: "Straße und Hausnummer" },
  { field: "postalCode", label: "Postleitzahl" },
  { field: "city", label: "Ort" },
  { field: "representative", label: "Vertreten durch", hint: "Wer den Betreiber gesetzlich vertritt, mit Funktion." },
  { field: "email", label: "Kontakt-E-Mail", hint: "Das Impressum nennt sie; Rückmeldungen zur Barrierefreiheit gehen an sie." },
  { field: "phone", label: "Telefon (freiwillig)" },
  { field: "vatId", label: "Umsatzsteuer-Identifikationsnummer (nur wenn vorhanden)" },
  { field: "supervisoryAuthority", label: "Aufsichtsbehörde mit Anschrift" },
  { field: "dataProtectionOfficer", label: "Datenschutzbeauftragte oder Datenschutzbeauftragter (Kontakt)" },
  {
    field: "knownLimitations",
    label: "Bekannte Barrieren",
    hint: "Eine Barriere je Zeile; die Erklärung zur Barrierefreiheit listet sie auf.",
    long: true,
  },
  {
    field: "signLanguageVideoUrl",
    label: "Video in Deutscher Gebärdensprache (Adresse, freiwillig)",
    hint: "Leer lassen, solange es kein Video gibt: die Seite sagt das dann und nennt den Kontakt.",
  },
];

/** The operator's legal settings: plain form post, two actions (save, confirm). */
export function OperatorSettingsForm({ values, errors }: { values: SettingValues; errors: SettingErrors }) {
  return (
    <Form method="post" className="kern-stack" noValidate aria-label="Angaben des Betreibers">
      {FIELDS.map(({ field, label, hint, long }) => (
        <StaffField key={field} id={`feld-${field}`} label={label} hint={hint} error={errors[field]}>
          {(control) =>
            long ? (
              <textarea {...control} name={field} rows={5} defaultValue={values[field]} />
            ) : (
              <input {...control} name={field} type={field === "email" ? "email" : "text"} defaultValue={values[field]} />
            )
          }
        </StaffField>
      ))}
      <div className="kern-stack">
        <p>
          <button type="submit" name="intent" value="save" className="kern-btn kern-btn--secondary">
            <span className="kern-label">Speichern</span>
          </button>
        </p>
        <p>
          <button type="submit" name="intent" value="confirm" className="kern-btn kern-btn--primary">
            <span className="kern-label">Speichern und als geprüft bestätigen</span>
          </button>
        </p>
      </div>
    </Form>
  );
}
