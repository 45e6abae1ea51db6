import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { FormDefinition } from "~/engine/types";
import { diffDefinitions, fieldFacts } from "~/server/publishing/definition-diff";

const load = (file: string) => JSON.parse(readFileSync(file, "utf8")) as FormDefinition;
const v1 = load("tests/fixtures/publishing/veranstaltung-anzeige.v1.json");
const v2 = load("tests/fixtures/publishing/veranstaltung-anzeige.v2.json");
const dogTax = load("forms/hundesteuer-anmeldung.json");

describe("definition diff", () => {
  it("finds the field version 2 adds, with its label, widget and that it is required", () => {
    const diff = diffDefinitions(v1, v2);
    expect(diff.steps).toEqual([]);
    expect(diff.fields).toEqual([
      {
        kind: "added",
        pointer: "/veranstaltung/musik",
        after: expect.objectContaining({
          label: "Wird Musik über Lautsprecher gespielt?",
          widget: "radio",
          required: true,
          options: "ja = Ja; nein = Nein",
        }),
      },
    ]);
  });

  it("reports the field as removed the other way round", () => {
    expect(diffDefinitions(v2, v1).fields).toEqual([expect.objectContaining({ kind: "removed", pointer: "/veranstaltung/musik" })]);
  });

  it("reports changed labels, widgets, requiredness, options and steps by pointer", () => {
    const changed = structuredClone(v1);
    const fields = changed.steps[1].fields;
    fields.find((f) => f.pointer === "/veranstaltung/titel")!.label.de = "Titel";
    fields.find((f) => f.pointer === "/veranstaltung/ort")!.widget = "text";
    fields.find((f) => f.pointer === "/veranstaltung/art")!.options!.pop();
    const schema = changed.dataSchema as { properties: { veranstalter: { required: string[] } } };
    schema.properties.veranstalter.required = ["name", "anschrift"];
    changed.steps[0].id = "person";
    const diff = diffDefinitions(v1, changed);
    const byPointer = Object.fromEntries(diff.fields.map((f) => [f.pointer, f.kind === "changed" ? f.aspects : f.kind]));
    expect(byPointer["/veranstaltung/titel"]).toEqual(["label"]);
    expect(byPointer["/veranstaltung/ort"]).toEqual(["widget"]);
    expect(byPointer["/veranstaltung/art"]).toEqual(["options"]);
    // The contact is no longer required, so neither is the telephone number inside it; the step id changed too.
    expect(byPointer["/veranstalter/kontakt/telefon"]).toEqual(["required", "step"]);
    expect(byPointer["/veranstalter/name/vorname"]).toEqual(["step"]);
    expect(diff.steps).toEqual([
      { kind: "added", id: "person", title: "Veranstalterin oder Veranstalter" },
      { kind: "removed", id: "veranstalter", title: "Veranstalterin oder Veranstalter" },
    ]);
  });

  it("addresses group item fields with * and follows shared schemas for requiredness", () => {
    const facts = Object.fromEntries(fieldFacts(dogTax).map((f) => [f.pointer, f]));
    expect(facts["/hunde/*/name"]).toMatchObject({ required: true, label: "Hunde: Rufname des Hundes" });
    expect(facts["/halter/name/vorname"]?.required).toBe(true);
    expect(facts["/halter/name/titel"]?.required).toBe(false);
  });

  it("says when nothing a citizen sees has changed", () => {
    const retitled = { ...structuredClone(v1), version: 2, fees: { de: "Neu." } };
    expect(diffDefinitions(v1, retitled)).toEqual({ fields: [], steps: [], unchanged: true });
  });
});
