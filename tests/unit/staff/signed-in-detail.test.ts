import { describe, expect, it } from "vitest";
import { signedInDetail } from "~/server/staff/staff-user";

describe("the signed-in line names the authority once", () => {
  it("drops what the display name already says", () => {
    expect(signedInDetail("Sachbearbeitung Verwaltungsgemeinschaft Kölleda", "Verwaltungsgemeinschaft Kölleda")).toBe("");
    expect(signedInDetail("Redaktion Landratsamt Sömmerda", "Landratsamt Sömmerda · Landkreis Sömmerda")).toBe("Landkreis Sömmerda");
  });

  it("keeps the authority when the name does not say it", () => {
    expect(signedInDetail("Erika Muster", "Verwaltungsgemeinschaft Kölleda")).toBe("Verwaltungsgemeinschaft Kölleda");
    expect(signedInDetail("Portalbetrieb KIDS", "Portalbetrieb")).toBe("");
  });
});
