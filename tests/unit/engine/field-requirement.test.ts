import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { fieldRequirement } from "../../../app/engine/field-requirement";
import { parsePointer } from "../../../app/engine/json-pointer";
import { createSchemaResolver } from "../../../app/engine/schema-resolver";
import { sharedSchemasById } from "../../../app/engine/shared-schemas";
import type { FormDefinition, JsonSchema } from "../../../app/engine/types";

const dogTax = JSON.parse(readFileSync("forms/hundesteuer-anmeldung.json", "utf8")) as FormDefinition;
const of = (schema: JsonSchema, pointer: string) =>
  fieldRequirement(createSchemaResolver(schema, sharedSchemasById), parsePointer(pointer));
const dog = (pointer: string) => of(dogTax.dataSchema, pointer);

describe("fieldRequirement: required and optional questions from the schema's required arrays", () => {
  it.each([
    ["/halter/name/vorname", "required"],
    ["/halter/name/titel", "optional"],
    ["/halter/anschrift/zusatz", "optional"],
    ["/halter/kontakt/telefon", "optional"],
    ["/halter/geburtsdatum", "required"],
    ["/hunde/*/name", "required"],
    // Needed only when the dog came from another municipality.
    ["/hunde/*/vorherigeGemeinde", "conditional"],
    // The SEPA section is needed only for direct debit; once shown, its questions are required.
    ["/sepa/konto/iban", "required"],
    ["/sepa/konto/bic", "optional"],
  ])("%s is %s (dog tax form, through shared schemas and group items)", (pointer, requirement) => {
    expect(dog(pointer).requirement).toBe(requirement);
  });

  it("knows a checkbox that must be ticked: the SEPA mandate", () => {
    expect(dog("/sepa/mandat")).toMatchObject({ requirement: "required", mustBeTicked: true });
    expect(dog("/halter/name/vorname").mustBeTicked).toBe(false);
  });

  it("reads the longest allowed answer for the input's width", () => {
    expect(dog("/halter/anschrift/plz").maxLength).toBe(5);
    expect(dog("/halter/anschrift/hausnummer").maxLength).toBe(15);
  });

  it("calls a required answer inside an optional section conditional, and an optional 'must be true' box plain optional", () => {
    const schema: JsonSchema = {
      type: "object",
      required: ["a"],
      properties: {
        a: { type: "object", properties: { zweite: { type: "object", required: ["name"], properties: { name: { type: "string" } } } } },
        ok: { type: "boolean", const: true },
        jaNur: { type: "boolean", enum: [true] },
      },
      allOf: [{ if: { required: ["ok"] }, then: { required: ["jaNur"] } }],
    };
    expect(of(schema, "/a/zweite/name").requirement).toBe("conditional");
    expect(of(schema, "/ok")).toMatchObject({ requirement: "optional", mustBeTicked: false });
    expect(of(schema, "/jaNur")).toMatchObject({ requirement: "conditional", mustBeTicked: true });
    expect(of(schema, "/unbekannt").requirement).toBe("optional");
  });
});
