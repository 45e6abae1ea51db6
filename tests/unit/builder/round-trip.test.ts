import { describe, expect, it } from "vitest";
import { openDefinition, type QuestionView } from "../../../app/lib/builder/builder-view";
import { movePage, setListFact, setPageText, setTextFact, updateQuestion } from "../../../app/lib/builder/operations";
import type { FormDefinition } from "../../../app/engine/types";
import { validDefinitions } from "./support";

const definitions = validDefinitions();

/**
 * Saves a definition "unchanged" the hard way: every value a control shows is written back
 * through that control's operation, so a reader and its writer that disagree show up here.
 */
function resaveThroughControls(original: FormDefinition): FormDefinition {
  let definition = original;
  for (const fact of ["title", "description", "fees", "processingTime"] as const) {
    const text = original[fact];
    if (text) for (const lang of ["de", "en"] as const) definition = setTextFact(definition, fact, lang, text[lang] ?? "");
  }
  for (const lang of ["de", "en"] as const)
    definition = setTextFact(definition, "declaration", lang, original.review.declaration[lang] ?? "");
  if (original.review.title) definition = setTextFact(definition, "reviewTitle", "de", original.review.title.de);
  definition = setListFact(definition, "requirements", original.requirements ?? []);
  definition = setListFact(definition, "legalBasis", original.legalBasis ?? []);
  const view = openDefinition(definition);
  for (const page of view.pages) {
    const step = original.steps[page.index]!;
    definition = movePage(definition, page.index, page.index);
    definition = setPageText(definition, page.index, "title", "de", step.title.de);
    if (step.description) definition = setPageText(definition, page.index, "description", "de", step.description.de);
    const writeBack = (question: QuestionView) => {
      const { field } = question;
      definition = updateQuestion(definition, question.address, {
        label: field.label,
        hint: field.hint ?? null,
        ...(question.required !== null ? { required: question.required } : {}),
        ...(field.options && question.optionsEditable ? { options: field.options } : {}),
        ...(question.constraintsEditable ? { constraints: question.constraints } : {}),
        accept: field.accept ?? null,
        maxBytes: field.maxBytes ?? null,
        autocomplete: field.autocomplete ?? null,
        messages: field.messages ?? null,
        itemLabel: field.itemLabel ?? null,
        addLabel: field.addLabel ?? null,
      });
      question.items.forEach(writeBack);
    };
    page.questions.forEach(writeBack);
  }
  return definition;
}

describe("builder round trip", () => {
  it("finds the built-in forms and the valid fixtures", () => {
    expect(definitions.filter((d) => d.file.startsWith("forms/")).length).toBeGreaterThanOrEqual(5);
    expect(definitions.length).toBeGreaterThan(7);
  });

  it.each(definitions.map((d) => [d.file, d.definition] as const))("%s opens and saves unchanged", (_file, definition) => {
    const before = structuredClone(definition);
    const saved = resaveThroughControls(definition);
    // Normalised JSON equal: toStrictEqual compares key by key, whatever the key order.
    expect(saved).toStrictEqual(before);
    expect(definition).toStrictEqual(before);
  });

  it("shows what it has no control for as Expertenangaben instead of dropping it", () => {
    const dogTax = definitions.find((d) => d.file === "forms/hundesteuer-anmeldung.json")!.definition;
    const view = openDefinition(dogTax);
    // The conditional requirement of "Bisherige Gemeinde" inside each dog is an expert part.
    expect(view.expertParts.map((p) => p.pointer)).toContain("/dataSchema/properties/hunde/items/allOf");
    const chip = view.pages[1]!.questions[1]!.items.find((q) => q.field.pointer === "/chipnummer")!;
    expect(chip.constraints).toEqual({ pattern: "^[0-9]{15}$", maxLength: 15 });
    const firstName = view.pages[0]!.questions[1]!;
    expect(firstName.place).toBeNull(); // inside the shared part person-name.schema.json
    expect(firstName.required).toBeNull();
  });
});
