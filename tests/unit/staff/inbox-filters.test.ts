import { describe, expect, it } from "vitest";
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
    expect(parse("status=&service=&municipality=&from=&to=&q=+")).toEqual({ filters: NO_FILTERS, problems: [] });
  });

  it.each([
    ["status=offen", "status"],
    ["municipality=1606", "municipality"],
    ["service=DROP%20TABLE", "service"],
    ["from=2026-02-30", "from"],
    ["to=gestern", "to"],
    ["from=2026-05-01&to=2026-04-01", "to"],
    [`q=${"x".repeat(101)}`, "q"],
  ])("explains an invalid filter: %s", (query, field) => {
    const { problems, filters } = parse(query);
    expect(problems.map((p) => p.field)).toContain(field);
    expect(problems[0].message.length).toBeGreaterThan(10);
    expect(filters[field as keyof typeof filters]).toBeNull();
  });
});
