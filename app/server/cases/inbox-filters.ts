/**
 * The inbox's filters as they arrive in a query string (the page's GET form, the CSV link and
 * the API share them): status, service, municipality, from/to (dates in Europe/Berlin), q.
 */
import { isCaseStatus, type CaseStatus } from "./lifecycle";
import { characterCount } from "./text-limits";

export type InboxFilters = {
  status: CaseStatus | null;
  service: string | null;
  municipality: string | null;
  /** YYYY-MM-DD, inclusive, a day in Germany */
  from: string | null;
  /** YYYY-MM-DD, inclusive, a day in Germany */
  to: string | null;
  /** case number (or its beginning) or part of the applicant's name */
  q: string | null;
};

export const NO_FILTERS: InboxFilters = { status: null, service: null, municipality: null, from: null, to: null, q: null };

export type ParsedFilters = { filters: InboxFilters; problems: Array<{ field: keyof InboxFilters; message: string }> };

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export function isCalendarDate(value: string): boolean {
  if (!DATE.test(value)) return false;
  const [y, m, d] = value.split("-").map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

export function parseInboxFilters(params: URLSearchParams): ParsedFilters {
  const problems: ParsedFilters["problems"] = [];
  const text = (name: string) => {
    const value = (params.get(name) ?? "").trim();
    return value === "" ? null : value;
  };

  const rawStatus = text("status");
  let status: CaseStatus | null = null;
  if (rawStatus !== null) {
    if (isCaseStatus(rawStatus)) status = rawStatus;
    else problems.push({ field: "status", message: `Den Status „${rawStatus.slice(0, 40)}“ gibt es nicht.` });
  }

  const service = text("service");
  if (service !== null && !/^[a-z0-9-]{1,80}$/.test(service)) {
    problems.push({ field: "service", message: "Die Leistung ist ungültig." });
  }
  const municipality = text("municipality");
  if (municipality !== null && !/^\d{8}$/.test(municipality)) {
    problems.push({ field: "municipality", message: "Die Gemeinde muss als achtstelliger Gemeindeschlüssel (AGS) angegeben werden." });
  }

  const date = (name: "from" | "to", label: string) => {
    const value = text(name);
    if (value !== null && !isCalendarDate(value)) {
      problems.push({ field: name, message: `${label} muss ein gültiges Datum im Format JJJJ-MM-TT sein.` });
      return null;
    }
    return value;
  };
  const from = date("from", "„Eingegangen ab“");
  const to = date("to", "„Eingegangen bis“");
  if (from && to && from > to) problems.push({ field: "to", message: "„Eingegangen bis“ darf nicht vor „Eingegangen ab“ liegen." });

  const rawQ = text("q");
  if (rawQ !== null && characterCount(rawQ) > 100)
    problems.push({ field: "q", message: "Der Suchbegriff darf höchstens 100 Zeichen lang sein." });
  else if (rawQ?.includes("\u0000"))
    problems.push({ field: "q", message: "Der Suchbegriff enthält ein Nullzeichen (%00); bitte lassen Sie es weg." });

  const invalid = new Set(problems.map((p) => p.field));
  return {
    filters: {
      status,
      service: invalid.has("service") ? null : service,
      municipality: invalid.has("municipality") ? null : municipality,
      from,
      to: invalid.has("to") ? null : to,
      q: invalid.has("q") ? null : rawQ,
    },
    problems,
  };
}

/** The filters as query parameters again, for links (next page, CSV export) that keep them. */
export function filtersToParams(filters: InboxFilters): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) if (value) params.set(key, value);
  return params;
}
