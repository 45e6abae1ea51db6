import { Form } from "@remix-run/react";
import type { OfferingPageView } from "~/server/publishing/offering-page.server";
import { KernSelect } from "~/components/kern-select";
import { RowAction } from "~/components/row-action";

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
            <th scope="col" className="kern-table__header">
              Gemeinde
            </th>
            <th scope="col" className="kern-table__header">
              Zuständige Behörde
            </th>
            <th scope="col" className="kern-table__header kern-table__header--action">
              Aktion
            </th>
          </tr>
        </thead>
        <tbody className="kern-table__body">
          {overrides.map((o) => (
            <tr className="kern-table__row" key={o.municipality.ags}>
              <td className="kern-table__cell">{o.municipality.name}</td>
              <td className="kern-table__cell">{o.authority.name}</td>
              <td className="kern-table__cell kern-table__cell--action">
                <RowAction
                  intent="remove-override"
                  fields={{ gemeinde: o.municipality.ags }}
                  label="Aufheben"
                  target={o.municipality.name}
                />
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
      <KernSelect
        id="override-gemeinde"
        name="gemeinde"
        label="Gemeinde"
        required
        empty={{ label: "Bitte wählen", disabled: true }}
        defaultValue=""
        options={view.municipalities.map((m) => ({ value: m.ags, label: m.name }))}
      />
      <KernSelect
        id="override-behoerde"
        name="behoerde"
        label="Zuständige Behörde"
        required
        empty={{ label: "Bitte wählen", disabled: true }}
        defaultValue=""
        options={view.authorities.map((a) => ({ value: a.id, label: a.name }))}
      />
      <div>
        <button type="submit" className="kern-btn kern-btn--secondary">
          <span className="kern-label">Zuständigkeit festlegen</span>
        </button>
      </div>
    </Form>
  );
}
