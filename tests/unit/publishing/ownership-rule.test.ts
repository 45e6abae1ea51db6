import { describe, expect, it } from "vitest";
import { changeRefusal, mayChange, newServiceRefusal, type EditorialMatter } from "~/server/publishing/ownership-rule";
import type { RefusalKind } from "~/server/outcome";

const soemmerda = { countyAgs: "16068000", portalOperator: false };
const nordhausen = { countyAgs: "16062000", portalOperator: false };
const operator = { countyAgs: null, portalOperator: true };

const builtIn = { id: "gewerbeanmeldung", ownerCountyAgs: null };
const soemmerdaService = { id: "veranstaltung-anzeige", ownerCountyAgs: "16068000" };

type Actor = typeof soemmerda | typeof operator;
type Row = [
  who: string,
  actor: Actor,
  service: typeof builtIn | typeof soemmerdaService,
  matter: EditorialMatter,
  expected: { kind: RefusalKind; code: string } | null,
];

// Every combination of actor kind, owner and matter, with the answer the rule must give.
const table: Row[] = [
  ["own county, own service, form", soemmerda, soemmerdaService, "form", null],
  ["own county, own service, offering", soemmerda, soemmerdaService, "offering", null],
  ["other county, form", nordhausen, soemmerdaService, "form", { kind: "not-found", code: "service_not_found" }],
  ["other county, offering", nordhausen, soemmerdaService, "offering", { kind: "not-found", code: "service_not_found" }],
  ["county editor, built-in form", soemmerda, builtIn, "form", { kind: "forbidden", code: "built_in_service" }],
  ["county editor, built-in offering in own county", soemmerda, builtIn, "offering", null],
  ["operator, built-in form", operator, builtIn, "form", null],
  ["operator, built-in offering", operator, builtIn, "offering", { kind: "forbidden", code: "county_matter" }],
  ["operator, county form", operator, soemmerdaService, "form", { kind: "forbidden", code: "county_matter" }],
  ["operator, county offering", operator, soemmerdaService, "offering", { kind: "forbidden", code: "county_matter" }],
];

describe("changeRefusal: who may change what", () => {
  it.each(table)("%s", (_who, actor, service, matter, expected) => {
    const refusal = changeRefusal(actor, service, matter);
    if (expected === null) {
      expect(refusal).toBeNull();
      expect(mayChange(actor, service, matter)).toBe(true);
    } else {
      expect(refusal).toMatchObject({ ok: false, ...expected });
      expect(refusal?.message).toMatch(/\S{3,}.*\./);
      expect(mayChange(actor, service, matter)).toBe(false);
    }
  });

  it("tells a county editor refused a built-in form how to withdraw it instead (the offering)", () => {
    expect(changeRefusal(soemmerda, builtIn, "form")?.message).toContain("Angebot");
  });

  it("an operator flag wins over a county: an account with both acts for the portal", () => {
    expect(changeRefusal({ countyAgs: "16068000", portalOperator: true }, soemmerdaService, "form")).toMatchObject({
      kind: "forbidden",
      code: "county_matter",
    });
  });
});

describe("newServiceRefusal", () => {
  it("lets a county create services and refuses the operator (built-ins come from forms/)", () => {
    expect(newServiceRefusal(soemmerda)).toBeNull();
    expect(newServiceRefusal(operator)).toMatchObject({ ok: false, kind: "forbidden", code: "county_matter" });
    expect(newServiceRefusal({ countyAgs: null, portalOperator: false })).toMatchObject({ kind: "forbidden" });
  });
});
