import { Form } from "@remix-run/react";
import { MAX_DEFINITION_MEGABYTES } from "./limits";
import { PROBLEMS_ID } from "./problem-list";

/**
 * Text area and file upload for a definition. Posted as multipart, so the text is not inflated
 * by URL encoding; a chosen file replaces the text. Works without JavaScript.
 */
export function DefinitionEditor({ text, basis, submitLabel }: { text: string; basis?: string; submitLabel: string }) {
  return (
    <Form method="post" encType="multipart/form-data" className="kern-stack" aria-label="Formulardefinition bearbeiten">
      {basis !== undefined && <input type="hidden" name="basis" value={basis} />}
      <div className="kern-form-input">
        <label className="kern-label" htmlFor="definition">
          Formulardefinition (JSON)
        </label>
        <div className="kern-hint" id="definition-hinweis">
          Format: siehe „Formulardefinitionen“ in der Dokumentation. Höchstens {MAX_DEFINITION_MEGABYTES} MB.
        </div>
        <textarea
          className="kern-form-input__input definition-text"
          id="definition"
          name="definition"
          rows={28}
          spellCheck={false}
          autoCapitalize="off"
          autoComplete="off"
          defaultValue={text}
          aria-describedby={`definition-hinweis ${PROBLEMS_ID}`}
        />
      </div>
      <div className="kern-form-input">
        <label className="kern-label" htmlFor="datei">
          Oder eine Datei hochladen
        </label>
        <div className="kern-hint" id="datei-hinweis">
          Eine gewählte Datei (JSON, UTF-8) ersetzt den Text oben.
        </div>
        <input
          className="kern-form-input__input"
          id="datei"
          name="datei"
          type="file"
          accept="application/json,.json"
          aria-describedby="datei-hinweis"
        />
      </div>
      <div className="button-row">
        <button type="submit" name="intent" value="save" className="kern-btn kern-btn--primary">
          <span className="kern-label">{submitLabel}</span>
        </button>
        <button type="submit" name="intent" value="check" className="kern-btn kern-btn--secondary">
          <span className="kern-label">Nur prüfen, nicht speichern</span>
        </button>
      </div>
    </Form>
  );
}
