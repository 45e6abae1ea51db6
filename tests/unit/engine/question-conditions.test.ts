/**
 * Question-level conditions (`when` on fields): hidden answers never reach the
 * submitted data, hidden requirements never block, and the browser module
 * decides exactly like the server.
 */
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { compile, compileValidators } from "../../../app/engine/compile.server";
import { clausesToSchema } from "../../../app/engine/condition-clauses";
import { getAt, parsePointer } from "../../../app/engine/json-pointer";
import { createRuntime } from "../../../app/engine/runtime";
import { transition } from "../../../app/engine/transition";
import type { FormDefinition, FormValues } from "../../../app/engine/types";
import { clone, dogTaxDefinition, importGeneratedModule, runJourney, validDogTaxPayload, type GeneratedModule } from "./support";

const is = (pointer: string, value: string) => clausesToSchema({ combine: "all", clauses: [{ pointer, operator: "is", values: [value] }] });

/**
 * The test dog-tax form with question conditions: the reason and proof only
 * for a reduction (top level), the previous municipality only for a dog that
 * moved here (item-relative; required in the dataSchema whenever asked).
 */
function withQuestionConditions(): FormDefinition {
  const definition = clone(dogTaxDefinition);
  definition.id = "test-hundesteuer-fragen";
  const dogItem = (definition.dataSchema.properties as any).hunde.items;
  dogItem.properties.zuzug = { type: "string", enum: ["ja", "nein"] };
  dogItem.properties.vorherigeGemeinde = { type: "string", minLength: 2 };
  dogItem.required = [...dogItem.required, "vorherigeGemeinde"];
  const hunde = definition.steps.find((step) => step.id === "hunde")!.fields[0]!;
  hunde.fields!.push(
    {
      pointer: "/zuzug",
      widget: "radio",
      label: { de: "Zugezogen?" },
      options: [
        { value: "ja", label: { de: "Ja" } },
        { value: "nein", label: { de: "Nein" } },
      ],
    },
    { pointer: "/vorherigeGemeinde", widget: "text", label: { de: "Bisherige Gemeinde" }, when: is("/zuzug", "ja") },
  );
  const ermaessigung = definition.steps.find((step) => step.id === "ermaessigung")!;
  ermaessigung.fields.find((field) => field.pointer === "/begruendung")!.when = is("/ermaessigung", "sonstiges");
  ermaessigung.fields.find((field) => field.pointer === "/nachweis")!.when = clausesToSchema({
    combine: "all",
    clauses: [{ pointer: "/ermaessigung", operator: "isOneOf", values: ["sozialleistungen", "sonstiges"] }],
  });
  return definition;
}

const definition = withQuestionConditions();
const runtime = compile(definition);

/** A valid payload of the form: every dog says whether it moved, and where from only then. */
const validPayload: fc.Arbitrary<FormValues> = validDogTaxPayload.chain((payload) =>
  fc
    .array(fc.record({ moved: fc.boolean(), from: fc.stringMatching(/^[A-Z][a-z]{2,12}$/) }), {
      minLength: (payload.hunde as unknown[]).length,
      maxLength: (payload.hunde as unknown[]).length,
    })
    .map((moves) => ({
      ...payload,
      hunde: (payload.hunde as FormValues[]).map((dog, index) =>
        moves[index]!.moved ? { ...dog, zuzug: "ja", vorherigeGemeinde: moves[index]!.from } : { ...dog, zuzug: "nein" },
      ),
    })),
);

/** The same payload with answers to every question that is hidden for it (what a form without JavaScript posts). */
const withStaleAnswers = (payload: FormValues): FormValues => ({
  ...payload,
  hunde: (payload.hunde as FormValues[]).map((dog) => ({ vorherigeGemeinde: "Altdorf", ...dog })),
  begruendung: (payload.begruendung as string | undefined) ?? "Eine alte Begründung",
  nachweis: payload.nachweis ?? { id: "x", name: "alt.pdf", mediaType: "application/pdf", size: 1, sha256: "0".repeat(64) },
});

function hiddenAnswersIn(data: FormValues): string[] {
  const leaks: string[] = [];
  if (data.ermaessigung !== "sonstiges" && data.begruendung !== undefined) leaks.push("/begruendung");
  if (data.ermaessigung === "keine" && data.nachweis !== undefined) leaks.push("/nachweis");
  (data.hunde as FormValues[] | undefined)?.forEach((dog, index) => {
    if (dog.zuzug !== "ja" && dog.vorherigeGemeinde !== undefined) leaks.push(`/hunde/${index}/vorherigeGemeinde`);
  });
  return leaks;
}

describe("question-level conditions", () => {
  it("submits every valid payload, also with answers to hidden questions, and never keeps those", () => {
    fc.assert(
      fc.property(validPayload, (payload) => {
        const stale = withStaleAnswers(payload);
        const { snapshot } = runJourney(runtime, () => stale);
        expect(snapshot.value).toBe("submitted");
        expect(hiddenAnswersIn(snapshot.output as FormValues)).toEqual([]);
        expect(snapshot.output).toEqual(runtime.pruneInactive(payload));
        const result = runtime.validateAll(stale);
        expect(result.valid).toBe(true);
        expect(hiddenAnswersIn(result.data)).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });

  it("requires a shown question and ignores the requirement of a hidden one", () => {
    const payload = fc.sample(validPayload, { numRuns: 1, seed: 3 })[0]!;
    const dogs = payload.hunde as FormValues[];
    const moved = { ...payload, hunde: dogs.map(({ vorherigeGemeinde: _gone, ...dog }) => ({ ...dog, zuzug: "ja" })) };
    const stayed = { ...payload, hunde: dogs.map(({ vorherigeGemeinde: _gone, ...dog }) => ({ ...dog, zuzug: "nein" })) };
    expect(runtime.validateStep("hunde", moved).map((error) => error.pointer)).toEqual(
      dogs.map((_dog, index) => `/hunde/${index}/vorherigeGemeinde`),
    );
    expect(runtime.validateStep("hunde", stayed)).toEqual([]);
    expect(runtime.isStepValid("hunde", stayed)).toBe(true);
    expect(runtime.isStepValid("hunde", moved)).toBe(false);
    expect(runtime.validateAll(stayed).valid).toBe(true);
    expect([...runtime.hiddenQuestions(stayed)]).toEqual(expect.arrayContaining(dogs.map((_d, i) => `/hunde/${i}/vorherigeGemeinde`)));
  });

  it("ignores the answer of a question the same page hides, without JavaScript", () => {
    const payload = fc.sample(validPayload, { numRuns: 1, seed: 8 })[0]!;
    let snapshot = runJourney(runtime, () => payload).snapshot;
    expect(snapshot.value).toBe("submitted");
    // One NEXT of the reduction page with everything filled in but "keine" chosen.
    snapshot = transition(runtime, { ...snapshot, value: "ermaessigung", status: "active", output: undefined } as never, {
      type: "NEXT",
      data: withStaleAnswers({ ...payload, ermaessigung: "keine" }),
    }).snapshot;
    expect(snapshot.context.data).not.toHaveProperty("begruendung");
    expect(snapshot.context.data).not.toHaveProperty("nachweis");
  });

  it("removes chains in one pass: an answer kept alive only by a hidden answer goes too", () => {
    const chain = clone(definition);
    chain.id = "test-kette";
    chain.steps.find((step) => step.id === "ermaessigung")!.fields.find((field) => field.pointer === "/nachweis")!.when = clausesToSchema({
      combine: "all",
      clauses: [{ pointer: "/begruendung", operator: "isFilled" }],
    });
    const chained = compile(chain);
    const payload = fc.sample(validPayload, { numRuns: 1, seed: 4 })[0]!;
    const stale = withStaleAnswers({ ...payload, ermaessigung: "sozialleistungen" });
    const pruned = chained.pruneInactive(stale);
    expect(pruned).not.toHaveProperty("begruendung");
    expect(pruned).not.toHaveProperty("nachweis");
    expect([...chained.hiddenQuestions(stale)]).toEqual(expect.arrayContaining(["/begruendung", "/nachweis"]));
  });

  it("describes neither hidden answers nor hidden questions", async () => {
    const { describeAnswers } = await import("../../../app/engine/describe-answers");
    const payload = withStaleAnswers({ ...fc.sample(validPayload, { numRuns: 1, seed: 6 })[0]!, ermaessigung: "keine" });
    const rows = describeAnswers(runtime, payload).flatMap((section) => section.rows);
    expect(rows.map((row) => row.label)).not.toContain("Begründung");
    expect(rows.some((row) => row.value.includes("Altdorf"))).toBe(false);
  });

  describe("in the browser", () => {
    let generated: GeneratedModule;
    beforeAll(async () => {
      ({ module: generated } = await importGeneratedModule(definition));
    }, 60_000);

    it("exports one validator per question condition", () => {
      expect(Object.keys(generated.fieldConditions ?? {}).sort()).toEqual(["/begruendung", "/hunde/*/vorherigeGemeinde", "/nachweis"]);
    });

    it("gives the same verdict, data and hidden questions as the server", () => {
      const browser = createRuntime(definition, generated);
      const server = createRuntime(definition, compileValidators(definition));
      const answers = fc.oneof(
        validPayload,
        validPayload.map(withStaleAnswers),
        validPayload.map((payload) => ({ ...withStaleAnswers(payload), ermaessigung: "keine" })),
        validPayload.map((payload) => ({ ...payload, hunde: (payload.hunde as FormValues[]).map((dog) => ({ ...dog, zuzug: "ja" })) })),
      );
      fc.assert(
        fc.property(answers, (data) => {
          expect(browser.validateAll(data)).toEqual(server.validateAll(data));
          expect([...browser.hiddenQuestions(data)]).toEqual([...server.hiddenQuestions(data)]);
          for (const stepId of runtime.stepOrder) expect(browser.validateStep(stepId, data)).toEqual(server.validateStep(stepId, data));
        }),
        { numRuns: 150 },
      );
    });
  });

  it("reads the dog tax's previous municipality relative to each dog", () => {
    const when = definition.steps[2]!.fields[0]!.fields!.at(-1)!.when!;
    expect(getAt(when, parsePointer("/properties/zuzug"))).toEqual({ const: "ja" });
  });
});
