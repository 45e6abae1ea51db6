import { Form } from "@remix-run/react";

/** Retiring the whole service asks for an explicit confirmation (a checkbox: works without JavaScript). */
export function RetireServiceForm() {
  return (
    <Form method="post" className="kern-stack" aria-label="Leistung einstellen">
      <input type="hidden" name="intent" value="retire-service" />
      <p className="kern-body">
        Eine eingestellte Leistung kann niemand mehr neu beantragen; sie verschwindet aus dem Angebot aller Gemeinden. Bereits begonnene
        Anträge können bis zu ihrem Ablauf noch abgeschlossen werden.
      </p>
      <div className="kern-form-check">
        <input className="kern-form-check__checkbox" type="checkbox" name="confirm" value="ja" id="confirm-retire" required />
        <label className="kern-label" htmlFor="confirm-retire">
          Ja, diese Leistung soll eingestellt werden.
        </label>
      </div>
      <div>
        <button type="submit" className="kern-btn kern-btn--secondary">
          <span className="kern-label">Leistung einstellen</span>
        </button>
      </div>
    </Form>
  );
}
