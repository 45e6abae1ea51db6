/**
 * The inbox's filters as they arrive in a query string (the page's GET form, the CSV link and
 * the API share them): status, service, municipality, from/to (dates in Europe/Berlin), q.
 */
import type { TextValue } from "../../lib/i18n/translate";
import { text as catalogued, worded, type RefusalText } from "../outcome";
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

/** A day as typed into the page's day / month / year fields (the citizens' date pattern). */
export type TypedDay = { day: string; month: string; year: string };
export const DAY_PARTS = ["day", "month", "year"] as const;

export type ParsedFilters = {
  filters: InboxFilters;
  /** `message` in German for the page; `text` for the API, which answers in the request's language. */
  problems: Array<{ field: keyof InboxFilters; message: string; text: RefusalText }>;
  /** What the date fields show again: the typed parts, also when they were refused. */
  typedDays: Record<"from" | "to", TypedDay>;
};

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export function isCalendarDate(value: string): boolean {
  if (!DATE.test(value)) return false;
  const [y, m, d] = value.split("-").map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** The parts of `name` as typed (`from-day` …), or of its YYYY-MM-DD form (links, the API). */
function typedDay(params: URLSearchParams, name: string): TypedDay {
  const whole = (params.get(name) ?? "").trim();
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(whole);
  if (match) return { day: match[3]!, month: match[2]!, year: match[1]! };
  const part = (which: string) => (params.get(`${name}-${which}`) ?? "").trim().slice(0, 10);
  return { day: part("day"), month: part("month"), year: part("year") };
}

/**
 * A day filter from YYYY-MM-DD (`from=2026-03-01`, as links and the API send it) or from the
 * page's three fields (`from-day=1&from-month=3&from-year=2026`). Impossible days such as
 * 31.02. are refused with a message that names the field and the day.
 */
export function readDay(params: URLSearchParams, name: string, label: TextValue): { value: string | null } | { problem: RefusalText } {
  const whole = (params.get(name) ?? "").trim();
  if (whole !== "") {
    return isCalendarDate(whole) ? { value: whole } : { problem: catalogued("refusal.filterDateInvalid", { label }) };
  }
  const typed = typedDay(params, name);
  const given = DAY_PARTS.filter((part) => typed[part] !== "");
  if (given.length === 0) return { value: null };
  if (given.length < 3) return { problem: catalogued("refusal.filterDateIncomplete", { label }) };
  if (!/^\d{1,2}$/.test(typed.day) || !/^\d{1,2}$/.test(typed.month) || !/^\d{4}$/.test(typed.year))
    return { problem: catalogued("refusal.filterDateParts", { label }) };
  const iso = `${typed.year}-${typed.month.padStart(2, "0")}-${typed.day.padStart(2, "0")}`;
  if (!isCalendarDate(iso))
    return {
      problem: catalogued("refusal.filterDateNotExisting", {
        label,
        date: `${typed.day.padStart(2, "0")}.${typed.month.padStart(2, "0")}.${typed.year}`,
      }),
    };
  return { value: iso };
}

export function parseInboxFilters(params: URLSearchParams): ParsedFilters {
  const problems: ParsedFilters["problems"] = [];
  const problem = (field: keyof InboxFilters, refusal: RefusalText) => problems.push({ field, ...worded(refusal) });
  const text = (name: string) => {
    const value = (params.get(name) ?? "").trim();
    return value === "" ? null : value;
  };

  const rawStatus = text("status");
  let status: CaseStatus | null = null;
  if (rawStatus !== null) {
    if (isCaseStatus(rawStatus)) status = rawStatus;
    else problem("status", catalogued("refusal.filterStatusUnknown", { status: rawStatus.slice(0, 40) }));
  }

  const service = text("service");
  if (service !== null && !/^[a-z0-9-]{1,80}$/.test(service)) {
    problem("service", catalogued("refusal.filterServiceInvalid"));
  }
  const municipality = text("municipality");
  if (municipality !== null && !/^\d{8}$/.test(municipality)) {
    problem("municipality", catalogued("refusal.filterMunicipalityInvalid"));
  }

  const typedDays = { from: typedDay(params, "from"), to: typedDay(params, "to") };
  const labels = {
    from: { quoted: { key: "refusal.filterFromLabel" } },
    to: { quoted: { key: "refusal.filterToLabel" } },
  } as const satisfies Record<string, TextValue>;
  const date = (name: "from" | "to") => {
    const result = readDay(params, name, labels[name]);
    if ("problem" in result) {
      problem(name, result.problem);
      return null;
    }
    return result.value;
  };
  const from = date("from");
  const to = date("to");
  if (from && to && from > to) problem("to", catalogued("refusal.filterRange", labels));

  const rawQ = text("q");
  if (rawQ !== null && characterCount(rawQ) > 100) problem("q", catalogued("refusal.filterQueryTooLong", { max: 100 }));
  else if (rawQ?.includes("\u0000")) problem("q", catalogued("refusal.filterQueryNul"));

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
    typedDays,
  };
}

/** The filters as query parameters again, for links (next page, CSV export) that keep them. */
export function filtersToParams(filters: InboxFilters): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) if (value) params.set(key, value);
  return params;
}
