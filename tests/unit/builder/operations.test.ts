import { describe, expect, it } from "vitest";
import { blankDefinition } from "../../../app/lib/builder/blank-definition";
import { openDefinition } from "../../../app/lib/builder/builder-view";
import { propertyKeyFrom, slugFrom } from "../../../app/lib/builder/naming";
import {
  addBlock,
  addPage,
  addQuestion,
  deletePage,
  deleteQuestion,
  moveQuestion,
  moveQuestionToPage,
  movePage,
  setLeikaKey,
  setPageText,
  setPageWhen,
  setTextFact,
  updateQuestion,
} from "../../../app/lib/builder/operations";
import { QUESTION_KINDS, type BlockId } from "../../../app/lib/builder/palette";
import type { FormDefinition } from "../../../app/engine/types";
import { problemsOf, validDefinitions } from "./support";

const dogTax = validDefinitions().find((d) => d.file === "forms/hundesteuer-anmeldung.json")!.definition;

function withPage(definition: FormDefinition, title: string): { definition: FormDefinition; index: number } {
  return addPage(definition, title);
}

describe("builder operations", () => {
  it("starts from scratch with a definition that passes the check", () => {
    expect(problemsOf(blankDefinition("meine-leistung"))).toEqual([]);
  });

  it.each(QUESTION_KINDS.map((k) => [k.kind] as const))("adds a %s question from the palette that passes the check", (kind) => {
    const { definition, index } = withPage(blankDefinition(), "Weitere Angaben");
    const added = addQuestion(definition, index, kind, "Eine Frage")!;
    let next = added.definition;
    if (kind === "group") next = addQuestion(next, index, "text", "Name im Eintrag", added.address.field)!.definition;
    expect(problemsOf(next)).toEqual([]);
    expect(next.steps[index]!.fields[0]!.pointer).toBe("/eineFrage");
  });

  it.each(["name", "address", "dateOfBirth", "contact", "bankAccount"] as BlockId[])("adds the %s block", (block) => {
    const { definition, index } = withPage(blankDefinition(), "Noch eine Seite");
    const next = addBlock(definition, index, block)!.definition;
    expect(problemsOf(next)).toEqual([]);
    expect(next.steps[index]!.fields.length).toBeGreaterThan(0);
  });

  it("names new properties after the label and keeps them unique", () => {
    expect(propertyKeyFrom("Name des Hundes")).toBe("nameDesHundes");
    expect(propertyKeyFrom("Größe (m²)")).toBe("groesseM2");
    expect(propertyKeyFrom("1. Wohnsitz")).toBe("feld1Wohnsitz");
    expect(slugFrom("Ja, ab sofort", "x")).toBe("ja-ab-sofort");
    let definition = blankDefinition();
    definition = addQuestion(definition, 0, "text", "Aktenzeichen")!.definition;
    definition = addQuestion(definition, 0, "text", "Aktenzeichen")!.definition;
    expect(definition.steps[0]!.fields.map((f) => f.pointer).slice(-2)).toEqual(["/aktenzeichen", "/aktenzeichen2"]);
  });

  it("sets label, hint, required, options, constraints and messages, and the check agrees", () => {
    let definition = blankDefinition();
    const radio = addQuestion(definition, 0, "radio", "Art der Nutzung")!;
    definition = updateQuestion(radio.definition, radio.address, {
      required: true,
      hint: { de: "Bitte eine Art wählen" },
      options: [
        { value: "privat", label: { de: "Privat" } },
        { value: "gewerblich", label: { de: "Gewerblich", en: "Commercial" } },
        { value: "sonstige", label: { de: "Sonstige" } },
      ],
    });
    expect(definition.dataSchema.required).toContain("artDerNutzung");
    expect((definition.dataSchema.properties as Record<string, { enum: string[] }>).artDerNutzung!.enum).toEqual([
      "privat",
      "gewerblich",
      "sonstige",
    ]);
    const text = addQuestion(definition, 0, "text", "Postleitzahl des Grundstücks")!;
    definition = updateQuestion(text.definition, text.address, {
      constraints: { pattern: "^[0-9]{5}$", maxLength: 5 },
      messages: { pattern: { de: "Bitte fünf Ziffern eingeben." } },
    });
    expect(problemsOf(definition)).toEqual([]);
    expect(openDefinition(definition).pages[0]!.questions.at(-1)!.constraints).toEqual({ pattern: "^[0-9]{5}$", maxLength: 5 });
    // Not required any more: the name leaves the list, nothing else changes.
    const loosened = updateQuestion(definition, radio.address, { required: false });
    expect(loosened.dataSchema.required).not.toContain("artDerNutzung");
  });

  it("lets the check refuse an ambiguous custom pattern", () => {
    const text = addQuestion(blankDefinition(), 0, "text", "Kennung")!;
    const definition = updateQuestion(text.definition, text.address, { constraints: { pattern: "^(a+)+$" } });
    expect(problemsOf(definition).join("\n")).toContain("/dataSchema/properties/kennung/pattern");
  });

  it("reorders and moves pages and questions", () => {
    let { definition } = withPage(blankDefinition(), "Zweite Seite");
    definition = addQuestion(definition, 1, "number", "Anzahl")!.definition;
    definition = movePage(definition, 1, 0);
    expect(definition.steps.map((s) => s.id)).toEqual(["zweite-seite", "antragsteller"]);
    definition = movePage(definition, 0, 1);
    definition = moveQuestion(definition, { step: 0, field: 0 }, 1);
    expect(definition.steps[0]!.fields.slice(0, 2).map((f) => f.pointer)).toEqual(["/name/nachname", "/name/vorname"]);
    definition = moveQuestionToPage(definition, { step: 1, field: 0 }, 0);
    expect(definition.steps[0]!.fields.at(-1)!.pointer).toBe("/anzahl");
    expect(movePage(definition, 0, 5)).toBe(definition);
  });

  it("deletes a question with its data, and a block once its last question is gone", () => {
    let definition = addQuestion(blankDefinition(), 0, "text", "Aktenzeichen")!.definition;
    definition = deleteQuestion(definition, { step: 0, field: definition.steps[0]!.fields.length - 1 });
    expect(definition.dataSchema.properties).not.toHaveProperty("aktenzeichen");
    // The name block: deleting its two questions removes the required object.
    definition = deleteQuestion(definition, { step: 0, field: 0 });
    expect(definition.dataSchema.properties).toHaveProperty("name");
    definition = deleteQuestion(definition, { step: 0, field: 0 });
    expect(definition.dataSchema.properties).not.toHaveProperty("name");
    expect(definition.dataSchema.required).not.toContain("name");
    expect(problemsOf(definition)).toEqual([]);
  });

  it("deletes a page with the data of its questions", () => {
    const page = withPage(blankDefinition(), "Hund");
    let definition = addQuestion(page.definition, page.index, "text", "Rasse")!.definition;
    definition = updateQuestion(definition, { step: 1, field: 0 }, { required: true });
    definition = deletePage(definition, 1);
    expect(definition.steps).toHaveLength(1);
    expect(definition.dataSchema.required).not.toContain("rasse");
    expect(problemsOf(definition)).toEqual([]);
  });

  it("edits a built-in form without losing anything it cannot show", () => {
    let definition = setTextFact(dogTax, "title", "en", "Dog tax registration");
    definition = setPageText(definition, 1, "title", "de", "Ihre Hunde");
    definition = setLeikaKey(definition, "99000000000000");
    expect(problemsOf(definition)).toEqual([]);
    expect(definition.dataSchema).toStrictEqual(dogTax.dataSchema);
    expect(definition.steps[3]!.when).toStrictEqual(dogTax.steps[3]!.when);
  });
});

describe("conditions in words", () => {
  it("builds a three-page service with a question and a page shown only for one answer, and the check agrees", async () => {
    const { clausesToSchema, schemaToClauses } = await import("../../../app/engine/condition-clauses");
    const { pageConditionCandidates, questionConditionCandidates } = await import("../../../app/lib/builder/condition-candidates");
    let definition = blankDefinition("stand-anmeldung");
    const radio = addQuestion(definition, 0, "radio", "Art des Standes")!;
    definition = updateQuestion(radio.definition, radio.address, {
      required: true,
      options: [
        { value: "privat", label: { de: "Privat" } },
        { value: "gewerblich", label: { de: "Gewerblich" } },
      ],
    });
    const firm = addQuestion(definition, 0, "text", "Name der Firma")!;
    expect(questionConditionCandidates(firm.definition, firm.address).map((c) => c.pointer)).toContain("/artDesStandes");
    const onlyCommercial = clausesToSchema({
      combine: "all",
      clauses: [{ pointer: "/artDesStandes", operator: "is", values: ["gewerblich"] }],
    });
    definition = updateQuestion(firm.definition, firm.address, { when: onlyCommercial, required: true });
    const second = addPage(definition, "Helferinnen und Helfer");
    const group = addQuestion(second.definition, second.index, "group", "Helfer")!;
    definition = addQuestion(group.definition, second.index, "text", "Name", group.address.field)!.definition;
    definition = addQuestion(definition, second.index, "select", "Größe des Standes")!.definition;
    const third = addPage(definition, "Nachweise");
    const upload = addQuestion(third.definition, third.index, "file", "Gewerbeanmeldung")!;
    definition = updateQuestion(upload.definition, upload.address, { required: true });
    expect(pageConditionCandidates(definition, third.index).map((c) => c.pointer)).not.toContain("/helfer");
    definition = setPageWhen(definition, third.index, onlyCommercial);
    expect(problemsOf(definition)).toEqual([]);
    expect(schemaToClauses(definition.steps[2]!.when)).toEqual({
      combine: "all",
      clauses: [{ pointer: "/artDesStandes", operator: "is", values: ["gewerblich"] }],
    });
  });

  it("reads every condition of the built-in forms in words or keeps it as an Expertenangabe", async () => {
    const { schemaToClauses } = await import("../../../app/engine/condition-clauses");
    let inWords = 0;
    for (const { definition } of validDefinitions()) {
      for (const step of definition.steps) {
        const conditions = [step.when, ...step.fields.flatMap((f) => [f.when, ...(f.fields ?? []).map((i) => i.when)])];
        for (const when of conditions) if (when !== undefined && schemaToClauses(when) !== null) inWords += 1;
      }
    }
    expect(inWords).toBeGreaterThan(5);
  });
});

describe("preview answers for a conditional page", () => {
  it("satisfies a condition in words, and refuses one words cannot say", async () => {
    const { answersSatisfying } = await import("../../../app/lib/builder/condition-seed");
    const { clausesToSchema } = await import("../../../app/engine/condition-clauses");
    const when = clausesToSchema({
      combine: "all",
      clauses: [
        { pointer: "/zahlung/zahlweise", operator: "is", values: ["lastschrift"] },
        { pointer: "/zuzug", operator: "isNot", values: ["ja"] },
      ],
    });
    expect(answersSatisfying(when)).toEqual({ zahlung: { zahlweise: "lastschrift" } });
    expect(answersSatisfying(undefined)).toEqual({});
    expect(answersSatisfying({ minProperties: 3 })).toBeNull();
  });
});
