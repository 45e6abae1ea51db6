import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compile } from "../../../app/engine/compile.server";
import { inputValuesForStep, parseNumber, parseStepSubmission } from "../../../app/engine/form-submission";
import { getAt, parsePointer } from "../../../app/engine/json-pointer";
import { dogTaxDefinition, entriesFor, stepSlice, validDogTaxPayload } from "./support";

const runtime = compile(dogTaxDefinition);

describe("parseStepSubmission", () => {
  it("types posted strings: trims, drops empties, dates from parts, checkbox lists", () => {
    const data = parseStepSubmission(runtime, "antragsteller", [
      ["/antragsteller/vorname", "  Eva "],
      ["/antragsteller/nachname", ""],
      ["/geburtsdatum/day", "5"],
      ["/geburtsdatum/month", "3"],
      ["/geburtsdatum/year", "1980"],
      ["/kontakt/email", "eva@example.de"],
      ["/benachrichtigung", "email"],
      ["/benachrichtigung", "post"],
      ["/fremd", "wird ignoriert"],
    ]);
    expect(data).toEqual({
      antragsteller: { vorname: "Eva" },
      geburtsdatum: "1980-03-05",
      kontakt: { email: "eva@example.de" },
      benachrichtigung: ["email", "post"],
    });
  });

  it("keeps invalid input so that the error can be shown with it", () => {
    const data = parseStepSubmission(runtime, "antragsteller", [
      ["/geburtsdatum/day", "31"],
      ["/geburtsdatum/month", "2"],
      ["/geburtsdatum/year", "80"],
    ]);
    expect(data.geburtsdatum).toBe("80-02-31");
    const errors = runtime.validateStep("antragsteller", runtime.mergeStepData({}, "antragsteller", data));
    expect(errors.find((error) => error.pointer === "/geburtsdatum")?.keyword).toBe("format");
    expect(inputValuesForStep(runtime, "antragsteller", data)).toMatchObject({
      "/geburtsdatum/day": "31",
      "/geburtsdatum/month": "02",
      "/geburtsdatum/year": "80",
    });
  });

  it("builds group items in order, renumbered, with numbers coerced", () => {
    const data = parseStepSubmission(runtime, "hunde", [
      ["/hunde/2/name", "Luna"],
      ["/hunde/0/name", "Bello"],
      ["/hunde/0/gewichtKg", "12,5"],
      ["/hunde/2/gewichtKg", "schwer"],
      ["/gefaehrlich", "nein"],
    ]);
    expect(data).toEqual({
      hunde: [
        { name: "Bello", gewichtKg: 12.5 },
        { name: "Luna", gewichtKg: "schwer" },
      ],
      gefaehrlich: "nein",
    });
  });

  it("normalises IBANs, reads checkboxes as booleans and files as attachment JSON", () => {
    const bank = parseStepSubmission(runtime, "bankverbindung", [["/bankverbindung/iban", " de89 3704 0044 0532 0130 00 "]]);
    expect(bank).toEqual({ bankverbindung: { iban: "DE89370400440532013000" }, sepaMandat: false });
    expect(parseStepSubmission(runtime, "bankverbindung", [["/sepaMandat", "on"]]).sepaMandat).toBe(true);
    const attachment = {
      id: "0b6b7a8e-3c1d-4e59-9a53-9d4f2c1e0a11",
      name: "a.pdf",
      mediaType: "application/pdf",
      size: 3,
      sha256: "a".repeat(64),
    };
    const reduction = parseStepSubmission(runtime, "ermaessigung", [
      ["/ermaessigung", "sozialleistungen"],
      ["/nachweis", JSON.stringify(attachment)],
    ]);
    expect(reduction).toEqual({ ermaessigung: "sozialleistungen", nachweis: attachment });
  });

  it("parses German and English decimals and keeps text that is no number", () => {
    expect(parseNumber("1.234,5")).toBe(1234.5);
    expect(parseNumber("12.5")).toBe(12.5);
    expect(parseNumber("-3")).toBe(-3);
    expect(parseNumber("12 kg")).toBe("12 kg");
    expect(parseNumber("Infinity")).toBe("Infinity");
  });

  it("round-trips: rendering a step's data and posting it back gives the same data", () => {
    fc.assert(
      fc.property(validDogTaxPayload, (payload) => {
        for (const stepId of runtime.activeSteps(payload)) {
          const parsed = parseStepSubmission(runtime, stepId, entriesFor(runtime, stepId, payload));
          const expected = stepSlice(runtime, stepId, payload);
          // An unticked checkbox posts nothing and reads as false.
          for (const entry of runtime.fields.byStep.get(stepId) ?? []) {
            if (entry.field.widget === "checkbox" && getAt(expected, entry.segments) === undefined) {
              expect(getAt(parsed, parsePointer(entry.field.pointer))).toBe(false);
              continue;
            }
          }
          expect(runtime.mergeStepData({}, stepId, parsed)).toEqual(runtime.mergeStepData({}, stepId, expected));
        }
      }),
      { numRuns: 150 },
    );
  });
});
