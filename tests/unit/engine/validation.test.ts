import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compile } from "../../../app/engine/compile.server";
import type { FormValues } from "../../../app/engine/types";
import { clone, dogTaxDefinition, validDogTaxPayload } from "./support";

const runtime = compile(dogTaxDefinition);

interface Mutation {
  name: string;
  apply: (payload: any) => void;
  pointer: string;
  keyword: string;
}

/** Each breaks exactly one rule; the error must land on the field that shows it. */
const mutations: Mutation[] = [
  { name: "missing first name", apply: (p) => delete p.antragsteller.vorname, pointer: "/antragsteller/vorname", keyword: "required" },
  { name: "empty applicant", apply: (p) => delete p.antragsteller, pointer: "/antragsteller/nachname", keyword: "required" },
  { name: "short postcode", apply: (p) => (p.anschrift.plz = "123"), pointer: "/anschrift/plz", keyword: "pattern" },
  {
    name: "IBAN with one wrong digit",
    apply: (p) => {
      const iban: string = p.bankverbindung.iban;
      const last = Number(iban.at(-1));
      p.bankverbindung.iban = iban.slice(0, -1) + String((last + 1) % 10);
    },
    pointer: "/bankverbindung/iban",
    keyword: "format",
  },
  { name: "no dogs", apply: (p) => (p.hunde = []), pointer: "/hunde", keyword: "minItems" },
  { name: "dog without name", apply: (p) => delete p.hunde[0].name, pointer: "/hunde/0/name", keyword: "required" },
  { name: "heavy dog", apply: (p) => (p.hunde[0].gewichtKg = 200), pointer: "/hunde/0/gewichtKg", keyword: "maximum" },
  {
    name: "dog born on 31 February",
    apply: (p) => (p.hunde[0].geburtsdatum = "2020-02-31"),
    pointer: "/hunde/0/geburtsdatum",
    keyword: "format",
  },
  {
    name: "dangerous dog without permit",
    apply: (p) => {
      p.gefaehrlich = "ja";
      delete p.erlaubnis;
    },
    pointer: "/erlaubnis/nummer",
    keyword: "required",
  },
  {
    name: "other reduction without reason",
    apply: (p) => {
      p.ermaessigung = "sonstiges";
      p.nachweis ??= {
        id: "0b6b7a8e-3c1d-4e59-9a53-9d4f2c1e0a11",
        name: "a.pdf",
        mediaType: "application/pdf",
        size: 1,
        sha256: "a".repeat(64),
      };
      delete p.begruendung;
    },
    pointer: "/begruendung",
    keyword: "required",
  },
  { name: "mandate not given", apply: (p) => (p.sepaMandat = false), pointer: "/sepaMandat", keyword: "const" },
  { name: "born in the future", apply: (p) => (p.geburtsdatum = "2999-01-01"), pointer: "/geburtsdatum", keyword: "format" },
  { name: "born before 1900", apply: (p) => (p.geburtsdatum = "1899-12-31"), pointer: "/geburtsdatum", keyword: "format" },
  { name: "bad e-mail", apply: (p) => (p.kontakt = { email: "kein-at-zeichen" }), pointer: "/kontakt/email", keyword: "format" },
  { name: "unknown option", apply: (p) => (p.gefaehrlich = "vielleicht"), pointer: "/gefaehrlich", keyword: "enum" },
  { name: "unknown property", apply: (p) => (p.hacker = true), pointer: "/hacker", keyword: "unevaluatedProperties" },
];

describe("validation of the dog-tax test form", () => {
  it("accepts every generated valid payload", () => {
    fc.assert(
      fc.property(validDogTaxPayload, (payload) => {
        const result = runtime.validateAll(payload);
        expect(result.errors).toEqual([]);
        expect(result.valid).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it("rejects each mutation with an error at the field that shows it", () => {
    fc.assert(
      fc.property(validDogTaxPayload, fc.constantFrom(...mutations), (payload, mutation) => {
        const mutated = clone(payload);
        mutation.apply(mutated);
        const { valid, errors } = runtime.validateAll(mutated);
        expect(valid, mutation.name).toBe(false);
        const error = errors.find((candidate) => candidate.pointer === mutation.pointer);
        expect(error, `${mutation.name}: ${JSON.stringify(errors)}`).toBeDefined();
        expect(error!.keyword).toBe(mutation.keyword);
        expect(error!.message).not.toMatch(/must |should /); // never Ajv's English
      }),
      { numRuns: 400 },
    );
  });

  it("reports one error per field, the most relevant one", () => {
    const payload = fc.sample(validDogTaxPayload, { numRuns: 1, seed: 7 })[0]!;
    const mutated: any = clone(payload);
    mutated.anschrift.plz = "x".repeat(2000); // too long and not five digits
    const errors = runtime.validateStep("anschrift", mutated);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ pointer: "/anschrift/plz", keyword: "pattern" });
  });

  it("validates a step on its own fields only and orders errors as the page shows them", () => {
    const errors = runtime.validateStep("antragsteller", {});
    expect(errors.map((error) => error.pointer)).toEqual(["/antragsteller/vorname", "/antragsteller/nachname", "/geburtsdatum"]);
    expect(errors.every((error) => error.stepId === "antragsteller")).toBe(true);
    expect(runtime.validateStep("anschrift", { antragsteller: {} })).toHaveLength(4);
  });

  it("labels group items by number", () => {
    const errors = runtime.validateStep("hunde", {
      hunde: [{ name: "Bello", rasse: "Dackel", geburtsdatum: "2020-01-01" }, {}],
      gefaehrlich: "nein",
    });
    expect(errors.map((error) => [error.pointer, error.label])).toEqual([
      ["/hunde/1/name", "Hund 2: Name"],
      ["/hunde/1/rasse", "Hund 2: Rasse"],
      ["/hunde/1/geburtsdatum", "Hund 2: Geburtsdatum"],
    ]);
  });

  it("ignores requirements of skipped steps and drops their data", () => {
    const payload = fc.sample(validDogTaxPayload, { numRuns: 1, seed: 11 })[0]!;
    const withStaleBranch: FormValues = { ...payload, gefaehrlich: "nein", erlaubnis: { nummer: "x" } };
    const result = runtime.validateAll(withStaleBranch);
    expect(result.valid).toBe(true);
    expect(result.data).not.toHaveProperty("erlaubnis");
    expect(runtime.activeSteps(withStaleBranch)).not.toContain("gefahrhund");
    expect(runtime.activeSteps({ ...payload, gefaehrlich: "ja" })).toContain("gefahrhund");
  });
});

describe("messages", () => {
  it("are German by default and English on request, with the field label", () => {
    const [german] = runtime.validateStep("anschrift", { anschrift: { strasse: "Markt", hausnummer: "1", plz: "99084" } });
    expect(german).toMatchObject({ pointer: "/anschrift/ort", label: "Ort", message: "Bitte geben Sie „Ort“ an." });
    const [english] = runtime.validateStep("anschrift", { anschrift: { strasse: "Markt", hausnummer: "1", plz: "99084" } }, { lang: "en" });
    expect(english).toMatchObject({ label: "Town", message: "Enter “Town”." });
  });

  it("use the field's own override when it has one", () => {
    const data = { anschrift: { strasse: "Markt", hausnummer: "1", plz: "9908", ort: "Erfurt" } };
    expect(runtime.validateStep("anschrift", data)[0]!.message).toBe("Die Postleitzahl besteht aus 5 Ziffern.");
    expect(runtime.validateStep("anschrift", data, { lang: "en" })[0]!.message).toBe("A postcode has 5 digits.");
  });

  it("are phrased for the widget", () => {
    const byPointer = (lang: "de" | "en") =>
      Object.fromEntries(runtime.validateAll({}, { lang }).errors.map((error) => [error.pointer, error.message]));
    const de = byPointer("de");
    expect(de["/gefaehrlich"]).toBe("Bitte wählen Sie bei „Ist einer der Hunde als gefährlich eingestuft?“ eine Antwort aus.");
    expect(de["/sepaMandat"]).toBe("Bitte bestätigen Sie „Ich erteile ein SEPA-Lastschriftmandat“.");
    expect(de["/geburtsdatum"]).toContain("Tag, Monat und Jahr");
    expect(byPointer("en")["/hunde"]).toBe("Add at least one entry for “Dogs”.");
    const iban = runtime.validateStep("bankverbindung", { bankverbindung: { kontoinhaber: "A", iban: "DE00123" }, sepaMandat: true });
    expect(iban[0]!.message).toMatch(/keine gültige IBAN/);
    const number = runtime.validateStep("hunde", {
      hunde: [{ name: "A", rasse: "B", geburtsdatum: "2020-01-01", gewichtKg: "schwer" }],
      gefaehrlich: "nein",
    });
    expect(number[0]!.message).toBe("„Hund 1: Gewicht in kg“ muss eine Zahl sein.");
  });
});
