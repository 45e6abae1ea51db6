import { Form } from "@remix-run/react";
import type { OfferingPageView } from "~/server/publishing/offering-page.server";

/** Routing overrides of the service in the county, each removable. */
export function OverrideTable({ overrides }: { overrides: OfferingPageView["overrides"] }) {
  if (overrides.length === 0) {
    return <p className="kern-body">Keine: Anträge gehen an die Behörde, die nach der Ebene der Leistung zuständig ist.</p>;
  }
  return (
    <div className="kern-table-responsive" role="region" aria-labelledby="abweichungen-titel" tabIndex={0}>
      <table className="kern-table kern-table--striped">
        <caption className="kern-sr-only" id="abweichungen-titel">
          Abweichende Zuständigkeiten
        </caption>
        <thead>
          <tr className="kern-table__row">
            <th scope="col" className="kern-table__header">Gemeinde</th>
            <th scope="col" className="kern-table__header">Zuständige Behörde</th>
            <th scope="col" className="kern-table__header kern-table__header--action">Aktion</th>
          </tr>
        </thead>
        <tbody className="kern-table__body">
          {overrides.map((o) => (
            <tr className="kern-table__row" key={o.municipality.ags}>
              <td className="kern-table__cell">{o.municipality.name}</td>
              <td className="kern-table__cell">{o.authority.name}</td>
              <td className="kern-table__cell kern-table__cell--action">
                <Form method="post">
                  <input type="hidden" name="intent" value="remove-override" />
                  <input type="hidden" name="gemeinde" value={o.municipality.ags} />
                  <button type="submit" className="kern-btn kern-btn--tertiary kern-btn--x-small">
                    <span className="kern-label">
                      Aufheben<span className="kern-sr-only">: {o.municipality.name}</span>
                    </span>
                  </button>
                </Form>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function OverrideForm({ view }: { view: Pick<OfferingPageView, "municipalities" | "authorities"> }) {
  return (
    <Form method="post" className="kern-stack override-form" aria-label="Abweichende Zuständigkeit festlegen">
      <input type="hidden" name="intent" value="set-override" />
      <div className="kern-form-input">
        <label className="kern-label" htmlFor="override-gemeinde">
          Gemeinde
        </label>
        <div className="kern-form-input__select-wrapper">
        <select className="kern-form-input__select" id="override-gemeinde" name="gemeinde" required defaultValue="">
          <option value="" disabled>
            Bitte wählen
          </option>
          {view.municipalities.map((m) => (
            <option key={m.ags} value={m.ags}>
              {m.name}
            </option>
          ))}
        </select>
        </div>
      </div>
      <div className="kern-form-input">
        <label className="kern-label" htmlFor="override-behoerde">
          Zuständige Behörde
        </label>
        <div className="kern-form-input__select-wrapper">
        <select className="kern-form-input__select" id="override-behoerde" name="behoerde" required defaultValue="">
          <option value="" disabled>
            Bitte wählen
          </option>
          {view.authorities.map((a) => (
            <option key={a.id} value={a.id}>
              {a.name}
            </option>
          ))}
        </select>
        </div>
      </div>
      <div>
        <button type="submit" className="kern-btn kern-btn--secondary">
          <span className="kern-label">Zuständigkeit festlegen</span>
        </button>
      </div>
    </Form>
  );
}
