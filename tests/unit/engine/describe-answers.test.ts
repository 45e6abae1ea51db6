import { describe, expect, it } from "vitest";
import { compile } from "../../../app/engine/compile.server";
import { describeAnswers } from "../../../app/engine/describe-answers";
import { dogTaxDefinition } from "./support";

const runtime = compile(dogTaxDefinition);
const payload = {
  antragsteller: { vorname: "Łukasz", nachname: "Nowak" },
  geburtsdatum: "1987-03-14",
  benachrichtigung: ["email", "post"],
  anschrift: { strasse: "Marktplatz", hausnummer: "7a", plz: "99189", ort: "Gebesee" },
  hunde: [
    { name: "Bruno", rasse: "Labrador", geburtsdatum: "2025-04-02", gewichtKg: 31.5 },
    { name: "Luna", rasse: "Mischling", geburtsdatum: "2026-05-20" },
  ],
  gefaehrlich: "nein",
  erlaubnis: { nummer: "ALT", behoerde: "soll nicht erscheinen" },
  ermaessigung: "sozialleistungen",
  nachweis: {
    id: "0b6b7a8e-3c1d-4e59-9a53-9d4f2c1e0a11",
    name: "bescheid.pdf",
    mediaType: "application/pdf",
    size: 3,
    sha256: "a".repeat(64),
  },
  bankverbindung: { kontoinhaber: "Łukasz Nowak", iban: "DE89370400440532013000" },
  sepaMandat: true,
};

describe("describeAnswers", () => {
  it("lists active steps with human-readable values", () => {
    const sections = describeAnswers(runtime, payload);
    expect(sections.map((section) => section.stepId)).toEqual(["antragsteller", "anschrift", "hunde", "ermaessigung", "bankverbindung"]);
    const rows = Object.fromEntries(sections.flatMap((section) => section.rows).map((row) => [row.label, row.value]));
    expect(rows).toMatchObject({
      Vorname: "Łukasz",
      Geburtsdatum: "14.03.1987",
      "E-Mail-Adresse": "Keine Angabe",
      "Wie möchten Sie benachrichtigt werden?": "Per E-Mail, Per Post",
      "Hund 1: Name": "Bruno",
      "Hund 1: Geburtsdatum": "02.04.2025",
      "Hund 1: Gewicht in kg": "31,5",
      "Hund 2: Name": "Luna",
      "Hund 2: Gewicht in kg": "Keine Angabe",
      "Ist einer der Hunde als gefährlich eingestuft?": "Nein",
      "Beantragen Sie eine Ermäßigung?": "Ja, ich beziehe Sozialleistungen",
      Nachweis: "bescheid.pdf",
      IBAN: "DE89 3704 0044 0532 0130 00",
      "Ich erteile ein SEPA-Lastschriftmandat": "Ja",
    });
    expect(JSON.stringify(sections)).not.toContain("soll nicht erscheinen");
  });

  it("speaks English when asked", () => {
    const rows = describeAnswers(runtime, payload, "en").flatMap((section) => section.rows);
    expect(rows).toContainEqual(expect.objectContaining({ label: "Dog 2: Name", value: "Luna" }));
    expect(rows).toContainEqual(expect.objectContaining({ label: "Do you apply for a reduction?", value: "Yes, I receive benefits" }));
    expect(rows).toContainEqual(expect.objectContaining({ label: "Email address", value: "Not provided", answered: false }));
  });
});
