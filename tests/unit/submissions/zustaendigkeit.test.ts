import { describe, expect, it } from "vitest";
import { decideResponsibleAuthority, RoutingError } from "~/server/routing/zustaendigkeit";

const municipality = { ags: "16068042", administeredById: "vg-koelleda", countyAgs: "16068000" };
const landratsamtIdOf = (county: string) => (county === "16068000" ? "lra-16068" : undefined);

describe("decideResponsibleAuthority", () => {
  it("sends a municipal task to the administering authority", () => {
    expect(decideResponsibleAuthority({ level: "gemeinde", municipality, landratsamtIdOf })).toEqual({
      authorityId: "vg-koelleda",
      rule: "administering-authority",
    });
  });
  it("sends a county task to the Landratsamt of the municipality's county", () => {
    expect(decideResponsibleAuthority({ level: "kreis", municipality, landratsamtIdOf })).toEqual({
      authorityId: "lra-16068",
      rule: "landratsamt",
    });
  });
  it("lets an explicit routing entry override both levels", () => {
    for (const level of ["gemeinde", "kreis"] as const) {
      expect(decideResponsibleAuthority({ level, municipality, landratsamtIdOf, overrideAuthorityId: "gemeinde-16068051" })).toEqual({
        authorityId: "gemeinde-16068051",
        rule: "override",
      });
    }
  });
  it("refuses a county without a Landratsamt instead of guessing", () => {
    expect(() =>
      decideResponsibleAuthority({ level: "kreis", municipality: { ...municipality, countyAgs: "16099000" }, landratsamtIdOf }),
    ).toThrow(RoutingError);
  });
});
