import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { FormDefinition } from "~/engine/types";
import { changedPrefill, identityValuesForStep, unchangedPrefill } from "~/server/citizen-account/identity-prefill";

const form = (id: string) => JSON.parse(readFileSync(`forms/${id}.json`, "utf8")) as FormDefinition;
const step = (id: string, stepId: string) => form(id).steps.find((s) => s.id === stepId)!;
const attributes = {
  givenName: "Erika",
  familyName: "Mustermann",
  birthDate: "1964-08-12",
  address: { street: "Heidestraße", houseNumber: "17", postalCode: "51147", city: "Köln" },
  email: "erika@example.org",
};

describe("prefill with consent: which fields the identity fills", () => {
  it.each([
    [
      "hundesteuer-anmeldung",
      "halter",
      {
        "/halter/name/vorname": "Erika",
        "/halter/name/nachname": "Mustermann",
        "/halter/geburtsdatum": "1964-08-12",
        "/halter/anschrift/strasse": "Heidestraße",
        "/halter/anschrift/hausnummer": "17",
        "/halter/anschrift/plz": "51147",
        "/halter/anschrift/ort": "Köln",
        "/halter/kontakt/email": "erika@example.org",
      },
    ],
    [
      "wohngeld-mietzuschuss",
      "antragsteller",
      {
        "/antragsteller/name/vorname": "Erika",
        "/antragsteller/name/nachname": "Mustermann",
        "/antragsteller/geburtsdatum": "1964-08-12",
        "/antragsteller/kontakt/email": "erika@example.org",
      },
    ],
    ["hundesteuer-anmeldung", "hunde", {}],
  ])("%s, step %s", (formId, stepId, expected) => {
    expect(identityValuesForStep(step(formId, stepId), attributes)).toEqual(expected);
  });

  it("offers only what the identity has (a Basisregistrierung carries the e-mail only)", () => {
    expect(identityValuesForStep(step("hundesteuer-anmeldung", "halter"), { email: "a@example.org" })).toEqual({
      "/halter/kontakt/email": "a@example.org",
    });
  });

  it("records an answer as from the identity only while it is unchanged", () => {
    const prefill = { trustLevel: "substantiell" as const, values: { "/a": "Erika", "/b": "Mustermann", "/c": "x" } };
    const submitted: Record<string, unknown> = { "/a": "Erika", "/b": "Musterfrau" };
    expect(unchangedPrefill(prefill, (p) => submitted[p])).toEqual(["/a"]);
    expect(changedPrefill(prefill, (p) => submitted[p])).toEqual(["/b"]);
    expect(unchangedPrefill(undefined, () => "x")).toEqual([]);
  });
});

describe("what a submission records of the identity", async () => {
  const { submissionIdentity } = await import("~/server/citizen-account/submission-identity.http.server");
  const definition = form("hundesteuer-anmeldung");
  const state = {
    machine: null,
    pending: {},
    identityPrefill: { trustLevel: "hoch" as const, values: { "/halter/name/vorname": "Erika", "/halter/name/nachname": "Mustermann" } },
  };
  const data = { halter: { name: { vorname: "Erika", nachname: "Musterfrau" } } };
  const anonymous = new Request("http://portal.test/rastenberg/hundesteuer-anmeldung/pruefen", { method: "POST" });

  it.each([
    [false, { ok: true, identity: { ownerAccountId: null, trustLevel: "hoch", prefilled: ["/halter/name/vorname"] } }],
    [true, { ok: false, code: "identity_changed" }],
  ])("verified values required: %s", async (verified, expected) => {
    expect(await submissionIdentity(anonymous, { ...definition, verifiedIdentityValues: verified }, state, data)).toEqual(expected);
  });

  it("records nothing for a case filed without an account and without a prefill", async () => {
    expect(await submissionIdentity(anonymous, definition, { machine: null, pending: {} }, data)).toEqual({
      ok: true,
      identity: undefined,
    });
  });
});
