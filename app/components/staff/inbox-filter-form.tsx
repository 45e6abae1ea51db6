import { Form, Link } from "@remix-run/react";
import { KernSelect } from "~/components/kern-select";
import type { FilterOptions } from "~/server/cases/inbox-options.server";
import type { InboxFilters, ParsedFilters } from "~/server/cases/inbox-filters";
import { DayFilter } from "./day-filter";
import { CASE_STATUSES, STATUS_LABELS } from "~/server/cases/lifecycle";

/** The inbox filters as a plain GET form: works without JavaScript, the URL is the state. */
export function InboxFilterForm({
  filters,
  options,
  typedDays,
  problems,
}: {
  filters: InboxFilters;
  options: FilterOptions;
  typedDays: ParsedFilters["typedDays"];
  problems: ParsedFilters["problems"];
}) {
  const problemOf = (field: "from" | "to") => problems.find((p) => p.field === field)?.message;
  return (
    <Form method="get" action="/verwaltung" className="inbox-filters" role="search" aria-label="Vorgänge filtern">
      <div className="kern-form-input inbox-filters__search">
        <label className="kern-label" htmlFor="q">
          Vorgangsnummer oder Name
        </label>
        <input className="kern-form-input__input" id="q" name="q" type="search" defaultValue={filters.q ?? ""} maxLength={100} />
      </div>
      <KernSelect
        id="status"
        name="status"
        label="Status"
        empty={{ label: "Alle" }}
        defaultValue={filters.status ?? ""}
        options={CASE_STATUSES.map((s) => ({ value: s, label: STATUS_LABELS[s] }))}
      />
      <KernSelect
        id="service"
        name="service"
        label="Leistung"
        empty={{ label: "Alle" }}
        defaultValue={filters.service ?? ""}
        options={options.services.map((s) => ({ value: s.id, label: s.title }))}
      />
      <KernSelect
        id="municipality"
        name="municipality"
        label="Gemeinde"
        empty={{ label: "Alle" }}
        defaultValue={filters.municipality ?? ""}
        options={options.municipalities.map((m) => ({ value: m.ags, label: m.name }))}
      />
      <DayFilter name="from" legend="Eingegangen ab" typed={typedDays.from} error={problemOf("from")} />
      <DayFilter name="to" legend="Eingegangen bis" typed={typedDays.to} error={problemOf("to")} />
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
