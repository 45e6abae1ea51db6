import { Form, Link } from "@remix-run/react";
import type { FilterOptions } from "~/server/cases/inbox-options.server";
import type { InboxFilters } from "~/server/cases/inbox-filters";
import { CASE_STATUSES, STATUS_LABELS } from "~/server/cases/lifecycle";

/** The inbox filters as a plain GET form: works without JavaScript, the URL is the state. */
export function InboxFilterForm({ filters, options }: { filters: InboxFilters; options: FilterOptions }) {
  return (
    <Form method="get" action="/verwaltung" className="inbox-filters" role="search" aria-label="Vorgänge filtern">
      <div className="kern-form-input inbox-filters__search">
        <label className="kern-label" htmlFor="q">
          Vorgangsnummer oder Name
        </label>
        <input className="kern-form-input__input" id="q" name="q" type="search" defaultValue={filters.q ?? ""} maxLength={100} />
      </div>
      <div className="kern-form-input">
        <label className="kern-label" htmlFor="status">
          Status
        </label>
        <div className="kern-form-input__select-wrapper">
          <select className="kern-form-input__select" id="status" name="status" defaultValue={filters.status ?? ""}>
            <option value="">Alle</option>
            {CASE_STATUSES.map((s) => (
              <option key={s} value={s}>
                {STATUS_LABELS[s]}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className="kern-form-input">
        <label className="kern-label" htmlFor="service">
          Leistung
        </label>
        <div className="kern-form-input__select-wrapper">
          <select className="kern-form-input__select" id="service" name="service" defaultValue={filters.service ?? ""}>
            <option value="">Alle</option>
            {options.services.map((s) => (
              <option key={s.id} value={s.id}>
                {s.title}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className="kern-form-input">
        <label className="kern-label" htmlFor="municipality">
          Gemeinde
        </label>
        <div className="kern-form-input__select-wrapper">
          <select className="kern-form-input__select" id="municipality" name="municipality" defaultValue={filters.municipality ?? ""}>
            <option value="">Alle</option>
            {options.municipalities.map((m) => (
              <option key={m.ags} value={m.ags}>
                {m.name}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className="kern-form-input">
        <label className="kern-label" htmlFor="from">
          Eingegangen ab
        </label>
        <input className="kern-form-input__input" id="from" name="from" type="date" defaultValue={filters.from ?? ""} />
      </div>
      <div className="kern-form-input">
        <label className="kern-label" htmlFor="to">
          Eingegangen bis
        </label>
        <input className="kern-form-input__input" id="to" name="to" type="date" defaultValue={filters.to ?? ""} />
      </div>
      <div className="inbox-filters__actions">
        <button type="submit" className="kern-btn kern-btn--primary">
          <span className="kern-label">Anzeigen</span>
        </button>
        <Link className="kern-link" to="/verwaltung">
          Filter zurücksetzen
        </Link>
      </div>
    </Form>
  );
}
