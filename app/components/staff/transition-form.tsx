import { Form } from "@remix-run/react";
import { MESSAGE_MAX_LENGTH, NOTE_MAX_LENGTH } from "~/server/cases/text-limits";
import { requiresCitizenMessage, transitionLabel, type CaseStatus } from "~/server/cases/lifecycle";
import type { CaseActionFailure } from "./case-action-result";
import { FieldError } from "./field-error";
import { FormAlert } from "./form-alert";
import { StaffField } from "./staff-field";

/**
 * Moves the case on: only the transitions the lifecycle machine allows from here are offered.
 * The revision the clerk saw goes along, so a colleague's change in between is detected.
 */
export function TransitionForm({
  status,
  nextStatuses,
  revision,
  failure,
}: {
  status: CaseStatus;
  nextStatuses: CaseStatus[];
  revision: number;
  failure: CaseActionFailure | null;
}) {
  if (nextStatuses.length === 0) {
    return <p className="kern-body">Der Vorgang ist beendet. Sie können weiterhin interne Vermerke hinzufügen.</p>;
  }
  const errorOn = (field: string) => (failure?.field === field ? failure.message : null);
  const chosen = failure?.values.to ?? (nextStatuses.length === 1 ? nextStatuses[0] : undefined);
  const messageNeeded = nextStatuses.filter(requiresCitizenMessage).map((s) => transitionLabel(status, s));
  return (
    <Form method="post" className="kern-stack" aria-label="Status ändern" noValidate>
      <input type="hidden" name="intent" value="transition" />
      <input type="hidden" name="revision" value={revision} />
      {failure && failure.code !== "conflict" && failure.field !== "to" && failure.field !== "note" && failure.field !== "message" && (
        <FormAlert tone="danger" title="Der Status wurde nicht geändert">
          <p className="kern-body">{failure.message}</p>
        </FormAlert>
      )}
      <fieldset
        className={`kern-fieldset${errorOn("to") ? " kern-fieldset--error" : ""}`}
        aria-describedby={errorOn("to") ? "to-fehler" : undefined}
      >
        <legend className="kern-label">Neuer Status</legend>
        <FieldError id="to-fehler" message={errorOn("to")} />
        <div className="kern-fieldset__body">
          {nextStatuses.map((to) => (
            <div className="kern-form-check" key={to}>
              <input
                className="kern-form-check__radio"
                type="radio"
                name="to"
                id={`to-${to}`}
                value={to}
                defaultChecked={chosen === to}
                required
              />
              <label className="kern-label" htmlFor={`to-${to}`}>
                {transitionLabel(status, to)}
              </label>
            </div>
          ))}
        </div>
      </fieldset>
      <StaffField
        id="message"
        label="Nachricht an die antragstellende Person"
        hint={`${messageNeeded.length > 0 ? `Pflicht bei: ${messageNeeded.join(", ")}. ` : ""}Erscheint im Status-Abruf und wird per E-Mail gesendet, wenn eine Adresse angegeben wurde.`}
        error={errorOn("message")}
      >
        {(control) => (
          <textarea {...control} name="message" rows={4} maxLength={MESSAGE_MAX_LENGTH} defaultValue={failure?.values.message} />
        )}
      </StaffField>
      <StaffField
        id="transition-note"
        label="Interner Vermerk zur Änderung (optional)"
        hint="Nur für die Verwaltung sichtbar, z. B. der Grund der Änderung."
        error={errorOn("note")}
      >
        {(control) => <textarea {...control} name="note" rows={2} maxLength={NOTE_MAX_LENGTH} defaultValue={failure?.values.note} />}
      </StaffField>
      <div>
        <button type="submit" className="kern-btn kern-btn--primary">
          <span className="kern-label">Status ändern</span>
        </button>
      </div>
    </Form>
  );
}
