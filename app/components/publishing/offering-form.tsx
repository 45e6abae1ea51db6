import { Form } from "@remix-run/react";
import type { OfferingView } from "~/server/publishing/offering.server";

/**
 * Which municipalities offer the service: checkboxes grouped by the authority that administers
 * them, a box per association for all its members, and buttons for the whole county or none.
 */
export function OfferingForm({ view }: { view: OfferingView }) {
  return (
    <Form method="post" className="kern-stack" aria-label="Angebot festlegen">
      <input type="hidden" name="intent" value="offering" />
      <div className="offering-groups">
        {view.groups.map(({ authority, municipalities }) => {
          const association = authority.kind !== "gemeinde";
          const groupId = `gruppe-${authority.id}`;
          return (
            <fieldset className="kern-fieldset offering-group" key={authority.id} aria-labelledby={groupId}>
              <legend className="kern-label" id={groupId}>
                {authority.name}
              </legend>
              <div className="kern-fieldset__body">
                {association && (
                  <div className="kern-form-check">
                    <input
                      className="kern-form-check__checkbox"
                      type="checkbox"
                      name="verband"
                      value={authority.id}
                      id={`verband-${authority.id}`}
                    />
                    <label className="kern-label" htmlFor={`verband-${authority.id}`}>
                      Alle {municipalities.length} Mitgliedsgemeinden
                    </label>
                  </div>
                )}
                {municipalities.map((m) => (
                  <div className="kern-form-check" key={m.ags}>
                    <input
                      className="kern-form-check__checkbox"
                      type="checkbox"
                      name="gemeinde"
                      value={m.ags}
                      id={`gemeinde-${m.ags}`}
                      defaultChecked={m.offered}
                    />
                    <label className="kern-label" htmlFor={`gemeinde-${m.ags}`}>
                      {m.name}
                    </label>
                  </div>
                ))}
              </div>
            </fieldset>
          );
        })}
      </div>
      <div className="button-row">
        <button type="submit" name="umfang" value="auswahl" className="kern-btn kern-btn--primary">
          <span className="kern-label">Auswahl speichern</span>
        </button>
        <button type="submit" name="umfang" value="alle" className="kern-btn kern-btn--secondary">
          <span className="kern-label">In allen {view.total} Gemeinden anbieten</span>
        </button>
        <button type="submit" name="umfang" value="keine" className="kern-btn kern-btn--tertiary">
          <span className="kern-label">In keiner Gemeinde anbieten</span>
        </button>
      </div>
    </Form>
  );
}
