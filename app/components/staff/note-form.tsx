import { Form } from "@remix-run/react";
import { NOTE_MAX_LENGTH } from "~/server/cases/text-limits";
import type { CaseActionFailure } from "./case-action-result";
import { StaffField } from "./staff-field";

export function NoteForm({ failure }: { failure: CaseActionFailure | null }) {
  return (
    <Form method="post" className="kern-stack-sm" aria-label="Internen Vermerk hinzufügen" noValidate>
      <input type="hidden" name="intent" value="note" />
      <StaffField
        id="note"
        label="Interner Vermerk"
        hint={`Nur für die Verwaltung sichtbar. Höchstens ${NOTE_MAX_LENGTH.toLocaleString("de-DE")} Zeichen.`}
        error={failure?.message}
      >
        {(control) => <textarea {...control} name="note" rows={3} maxLength={NOTE_MAX_LENGTH} defaultValue={failure?.values.note} />}
      </StaffField>
      <div>
        <button type="submit" className="kern-btn kern-btn--secondary">
          <span className="kern-label">Vermerk speichern</span>
        </button>
      </div>
    </Form>
  );
}
