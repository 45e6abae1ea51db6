import { Form } from "@remix-run/react";
import { NOTE_MAX_LENGTH } from "~/server/cases/text-limits";
import type { CaseActionFailure } from "./case-action-result";
import { FieldError } from "./field-error";

export function NoteForm({ failure }: { failure: CaseActionFailure | null }) {
  return (
    <Form method="post" className="kern-stack-sm" aria-label="Internen Vermerk hinzufügen" noValidate>
      <input type="hidden" name="intent" value="note" />
      <div className={`kern-form-input${failure ? " kern-form-input--error" : ""}`}>
        <label className="kern-label" htmlFor="note">
          Interner Vermerk
        </label>
        <div className="kern-hint" id="note-hinweis">
          Nur für die Verwaltung sichtbar. Höchstens {NOTE_MAX_LENGTH.toLocaleString("de-DE")} Zeichen.
        </div>
        <FieldError id="note-fehler" message={failure?.message} />
        <textarea
          className={`kern-form-input__input${failure ? " kern-form-input__input--error" : ""}`}
          id="note"
          name="note"
          rows={3}
          maxLength={NOTE_MAX_LENGTH}
          defaultValue={failure?.values.note}
          aria-describedby={`note-hinweis${failure ? " note-fehler" : ""}`}
        />
      </div>
      <div>
        <button type="submit" className="kern-btn kern-btn--secondary">
          <span className="kern-label">Vermerk speichern</span>
        </button>
      </div>
    </Form>
  );
}
