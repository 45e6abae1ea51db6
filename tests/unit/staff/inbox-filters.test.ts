import { describe, expect, it } from "vitest";
import { translate } from "~/lib/i18n/translate";
import { filtersToParams, NO_FILTERS, parseInboxFilters } from "~/server/cases/inbox-filters";

const parse = (query: string) => parseInboxFilters(new URLSearchParams(query));

describe("inbox filters", () => {
  it("reads every filter", () => {
    const { filters, problems } = parse(
      "status=rueckfrage&service=hundesteuer-anmeldung&municipality=16068042&from=2026-01-01&to=2026-12-31&q=VGKOE-2026",
    );
    expect(problems).toEqual([]);
    expect(filters).toEqual({
      status: "rueckfrage",
      service: "hundesteuer-anmeldung",
      municipality: "16068042",
      from: "2026-01-01",
      to: "2026-12-31",
      q: "VGKOE-2026",
    });
    expect(parseInboxFilters(filtersToParams(filters)).filters).toEqual(filters);
  });

  it("treats empty fields of the GET form as no filter", () => {
    expect(parse("status=&service=&municipality=&from=&to=&q=+")).toMatchObject({ filters: NO_FILTERS, problems: [] });
    expect(parse("from-day=&from-month=&from-year=&to-day=&to-month=&to-year=")).toMatchObject({ filters: NO_FILTERS, problems: [] });
  });

  it.each([
    ["status=offen", "status"],
    ["municipality=1606", "municipality"],
    ["service=DROP%20TABLE", "service"],
    ["from=2026-02-30", "from"],
    ["from-day=31&from-month=2&from-year=2026", "from"],
    ["to-day=1&to-month=13&to-year=2026", "to"],
    ["from-day=1&from-month=3", "from"],
    ["to-day=x&to-month=3&to-year=2026", "to"],
    ["to-day=1&to-month=3&to-year=26", "to"],
    ["to=gestern", "to"],
    ["from=2026-05-01&to=2026-04-01", "to"],
    [`q=${"x".repeat(101)}`, "q"],
  ])("explains an invalid filter: %s", (query, field) => {
    const { problems, filters } = parse(query);
    expect(problems.map((p) => p.field)).toContain(field);
    expect(problems[0].message.length).toBeGreaterThan(10);
    expect(filters[field as keyof typeof filters]).toBeNull();
  });

  it("reads a day from the page's day / month / year fields, as citizens type dates", () => {
    const { filters, problems, typedDays } = parse("from-day=1&from-month=3&from-year=2026&to-day=31&to-month=12&to-year=2026");
    expect(problems).toEqual([]);
    expect(filters).toMatchObject({ from: "2026-03-01", to: "2026-12-31" });
    expect(typedDays.from).toEqual({ day: "1", month: "3", year: "2026" });
    // Links and the API keep the YYYY-MM-DD form; the fields show its parts.
    expect(parse("from=2026-03-01").typedDays.from).toEqual({ day: "01", month: "03", year: "2026" });
  });

  it("names an impossible day and keeps what was typed", () => {
    const { problems, typedDays } = parse("from-day=31&from-month=02&from-year=2026");
    expect(problems).toMatchObject([{ field: "from", message: "„Eingegangen ab“: Den 31.02.2026 gibt es nicht." }]);
    // The API words the same problem in English, with the label and quotation marks of the language.
    expect(translate("en", problems[0].text.key, problems[0].text.values)).toBe("“Received from”: there is no 31.02.2026.");
    expect(typedDays.from).toEqual({ day: "31", month: "02", year: "2026" });
  });
});
