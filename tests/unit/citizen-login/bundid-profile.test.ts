import { describe, expect, it } from "vitest";
import { BUNDID_ATTRIBUTES as A, mapBundIdAttributes, trustLevelOf } from "~/server/citizen-login/bundid-profile";

describe("the BundID attribute profile", () => {
  it("maps names, birth date, address, e-mail, bPK2 and the trust level by their URNs", () => {
    expect(
      mapBundIdAttributes({
        [A.bpk2]: "bPK2-0001",
        [A.givenName]: ["Erika"],
        [A.familyName]: " Mustermann ",
        [A.birthDate]: "1964-08-12T00:00:00Z",
        [A.email]: "erika@example.org",
        [A.street]: "Heidestraße 17 a",
        [A.postalCode]: "99610",
        [A.city]: "Sömmerda",
        [A.country]: "DE",
        [A.trustLevel]: "STORK-QAA-Level-4",
      }),
    ).toEqual({
      subject: "bPK2-0001",
      trustLevel: "hoch",
      attributes: {
        givenName: "Erika",
        familyName: "Mustermann",
        birthDate: "1964-08-12",
        email: "erika@example.org",
        address: { street: "Heidestraße", houseNumber: "17a", postalCode: "99610", city: "Sömmerda", country: "DE" },
      },
    });
  });

  it("leaves out what is missing or malformed instead of guessing, and has no subject without bPK2", () => {
    expect(mapBundIdAttributes({ [A.email]: "nur@mail.example", [A.birthDate]: "12.08.1964", [A.street]: "Am Anger" })).toEqual({
      subject: null,
      trustLevel: null,
      attributes: { email: "nur@mail.example", address: { street: "Am Anger" } },
    });
  });

  it.each([
    ["STORK-QAA-Level-1", "basisregistrierung"],
    ["STORK-QAA-Level-3", "substantiell"],
    ["http://eidas.europa.eu/LoA/substantial", "substantiell"],
    ["http://eidas.europa.eu/LoA/high", "hoch"],
    ["hoch-ish", null],
    [undefined, null],
  ])("reads the level %s as %s", (value, level) => {
    expect(trustLevelOf(value)).toBe(level);
  });
});
