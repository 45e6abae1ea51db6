import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { clausesToSchema } from "~/engine/condition-clauses";
import type { FormDefinition, JsonSchema } from "~/engine/types";
import { describeConditionChange, diffDefinitions, fieldFacts, summarizeDiff, type FieldChange } from "~/server/publishing/definition-diff";

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
          widget: "Eine Antwort aus mehreren (Optionsfelder)",
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
    // Widgets are named as the builder's palette names them.
    const ort = diff.fields.find((f) => f.pointer === "/veranstaltung/ort") as Extract<FieldChange, { kind: "changed" }>;
    expect([ort.before.widget, ort.after.widget]).toEqual(["Langer Text", "Kurzer Text"]);
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
    expect(summarizeDiff(diffDefinitions(v1, retitled))).toBe("Fragen und Seiten sind unverändert");
    expect(summarizeDiff(diffDefinitions(v1, v2))).toBe("1 Frage geändert, neu oder entfernt");
  });

  describe("conditions", () => {
    const onlyFor = (...values: string[]) =>
      clausesToSchema({ combine: "all", clauses: [{ pointer: "/veranstaltung/art", operator: "isOneOf", values }] });
    const withCondition = (when: JsonSchema | undefined) => {
      const copy = structuredClone(v1);
      const field = copy.steps[1].fields.find((f) => f.pointer === "/veranstaltung/ausschank")!;
      if (when === undefined) delete field.when;
      else field.when = when;
      return copy;
    };
    const conditionChange = (before: FormDefinition, after: FormDefinition) => {
      const change = diffDefinitions(before, after).fields.find((f) => f.pointer === "/veranstaltung/ausschank");
      if (change?.kind !== "changed") throw new Error(`expected a change, got ${JSON.stringify(change)}`);
      expect(change.aspects).toEqual(["condition"]);
      return describeConditionChange(change.before.condition, change.after.condition);
    };

    it("describes a question's condition added, changed and removed in the builder's words", () => {
      const fest = withCondition(onlyFor("sport"));
      const festOrMarket = withCondition(onlyFor("sport", "markt"));
      expect(conditionChange(v1, fest)).toBe(
        "Bedingung hinzugefügt: Nur wenn Sie bei ‚Art der Veranstaltung‘ ‚Sportveranstaltung‘ gewählt haben",
      );
      expect(conditionChange(fest, festOrMarket)).toBe(
        "Bedingung geändert: Nur wenn Sie bei ‚Art der Veranstaltung‘ ‚Sportveranstaltung‘ gewählt haben → " +
          "Nur wenn Sie bei ‚Art der Veranstaltung‘ ‚Sportveranstaltung‘ oder ‚Markt oder Basar‘ gewählt haben",
      );
      expect(conditionChange(fest, v1)).toBe(
        "Bedingung entfernt (war: Nur wenn Sie bei ‚Art der Veranstaltung‘ ‚Sportveranstaltung‘ gewählt haben)",
      );
      expect(diffDefinitions(fest, structuredClone(fest)).unchanged).toBe(true);
    });

    it("says only that an expert condition changed when it cannot be put in words", () => {
      const expert = withCondition({ properties: { veranstaltung: { properties: { besucher: { minimum: 50 } } } } });
      expect(conditionChange(withCondition(onlyFor("sport")), expert)).toBe("Bedingung geändert (Expertenangabe)");
      expect(conditionChange(v1, expert)).toBe("Bedingung hinzugefügt (Expertenangabe)");
    });

    it("reports a page's condition added and changed", () => {
      const changed = structuredClone(v1);
      changed.steps[1].when = onlyFor("markt");
      changed.steps[2].when = { properties: { veranstaltung: { properties: { besucher: { minimum: 500 } } } } };
      const steps = diffDefinitions(v1, changed).steps.map((s) =>
        s.kind === "condition" ? `${s.id}: ${describeConditionChange(s.before, s.after)}` : `${s.kind} ${s.id}`,
      );
      expect(summarizeDiff(diffDefinitions(v1, changed))).toBe("2 Seiten geändert, neu oder entfernt");
      expect(steps).toEqual([
        "veranstaltung: Bedingung hinzugefügt: Nur wenn Sie bei ‚Art der Veranstaltung‘ ‚Markt oder Basar‘ gewählt haben",
        "sicherheit: Bedingung geändert (Expertenangabe)",
      ]);
    });
  });
});
