/**
 * The same properties as for the test form, over every built-in form in
 * forms/, using the example payloads the forms author keeps in
 * tests/fixtures/payloads/<form-id>.json. Adding a form adds rows, not tests.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compile, compileValidators } from "../../../app/engine/compile.server";
import { describeAnswers } from "../../../app/engine/describe-answers";
import { parseStepSubmission } from "../../../app/engine/form-submission";
import { getAt, joinPointer, parsePointer, setAt } from "../../../app/engine/json-pointer";
import type { FormRuntime } from "../../../app/engine/runtime";
import type { FormValues } from "../../../app/engine/types";
import { builtInForms, clone, entriesFor, expectSameVerdict, importGeneratedModule, payloadsFor, runJourney, stepSlice } from "./support";

interface Target {
  /** Pointer of the value to break. */
  pointer: string;
  /** Pointer the error must be reported at. */
  expected: string;
}

/** Every answered field (and group item field) of the active steps of a payload. */
function answeredFields(runtime: FormRuntime, payload: FormValues): Target[] {
  const targets: Target[] = [];
  for (const stepId of runtime.activeSteps(payload)) {
    for (const entry of runtime.fields.byStep.get(stepId) ?? []) {
      const value = getAt(payload, entry.segments);
      if (value === undefined) continue;
      targets.push({ pointer: entry.field.pointer, expected: entry.field.pointer });
      if (entry.field.widget !== "group" || !Array.isArray(value)) continue;
      value.forEach((item, index) => {
        for (const itemField of entry.field.fields ?? []) {
          const pointer = joinPointer(entry.field.pointer, index) + itemField.pointer;
          if (getAt(item, parsePointer(itemField.pointer)) !== undefined) targets.push({ pointer, expected: pointer });
        }
      });
    }
  }
  return targets;
}

const forms = builtInForms();

describe.skipIf(forms.length === 0)("built-in forms", () => {
  for (const { file, definition } of forms) {
    describe(file, () => {
      const runtime = compile(definition);
      const fixture = payloadsFor(definition.id);

      it.skipIf(!fixture)("accepts its example payloads and submits them through the machine", () => {
        for (const payload of fixture!.valid) {
          expect(runtime.validateAll(payload).errors).toEqual([]);
          const { snapshot, visited } = runJourney(runtime, () => payload);
          expect(snapshot.value).toBe("submitted");
          expect(visited).toEqual(runtime.activeSteps(payload));
          expect(snapshot.output).toEqual(runtime.pruneInactive(payload));
        }
      });

      it.skipIf(!fixture?.journeys?.length)("walks each journey through exactly the steps it answers", () => {
        for (const journey of fixture!.journeys ?? []) {
          const { snapshot, visited } = runJourney(runtime, (stepId) => journey.answers[stepId] ?? {});
          expect(visited, journey.name).toEqual(Object.keys(journey.answers));
          expect(snapshot.value, journey.name).toBe("submitted");
        }
      });

      it.skipIf(!fixture)("reports a broken answer at the field that shows it", () => {
        const cases = fixture!.valid.flatMap((payload) => answeredFields(runtime, payload).map((target) => ({ payload, target })));
        fc.assert(
          fc.property(
            fc.constantFrom(...cases),
            fc.constantFrom<unknown>({ unerwartet: true }, "x".repeat(20_000), -1e9),
            ({ payload, target }, wrong) => {
              const broken = setAt(clone(payload), parsePointer(target.pointer), wrong);
              const { valid, errors } = runtime.validateAll(broken);
              // Long text or a number may be acceptable somewhere; an object never is.
              if (typeof wrong === "object") expect(valid).toBe(false);
              if (!valid && typeof wrong === "object") {
                expect(
                  errors.map((error) => error.pointer),
                  JSON.stringify(errors),
                ).toContain(target.expected);
              }
              for (const error of errors) expect(error.message).not.toMatch(/\bmust\b/);
            },
          ),
          { numRuns: 200 },
        );
      });

      it.skipIf(!fixture)("parses its own rendered answers back to the same data", () => {
        for (const payload of fixture!.valid) {
          for (const stepId of runtime.activeSteps(payload)) {
            const parsed = parseStepSubmission(runtime, stepId, entriesFor(runtime, stepId, payload));
            const merged = runtime.mergeStepData({}, stepId, parsed);
            expect(runtime.validateStep(stepId, { ...payload, ...merged }), `${stepId}`).toEqual([]);
            // Checkboxes nobody ticked read back as false; everything else is identical.
            const expected = runtime.mergeStepData({}, stepId, stepSlice(runtime, stepId, payload));
            for (const entry of runtime.fields.byStep.get(stepId) ?? []) {
              if (entry.field.widget === "checkbox" && getAt(expected, entry.segments) === undefined) {
                expect(getAt(merged, entry.segments)).toBe(false);
                Object.assign(expected, setAt(expected, entry.segments, false));
              }
            }
            expect(merged, stepId).toEqual(expected);
          }
        }
      });

      it.skipIf(!fixture)("describes every answer in words, in German and English", () => {
        for (const payload of fixture!.valid) {
          for (const lang of ["de", "en"] as const) {
            const rows = describeAnswers(runtime, payload, lang).flatMap((section) => section.rows);
            expect(rows.length).toBeGreaterThan(0);
            for (const row of rows) {
              expect(row.label).not.toBe("");
              expect(row.value).not.toMatch(/\[object Object\]|^\{|^\[|^(true|false)$/);
            }
          }
        }
      });

      it.skipIf(!fixture)(
        "gets the same verdicts from the generated browser module",
        async () => {
          const { module } = await importGeneratedModule(definition);
          const compiled = compileValidators(definition);
          for (const payload of fixture!.valid) {
            expectSameVerdict(module.validateData, compiled.validateData, payload);
            for (const target of answeredFields(runtime, payload)) {
              expectSameVerdict(
                module.validateData,
                compiled.validateData,
                setAt(clone(payload), parsePointer(target.pointer), { unerwartet: true }),
              );
            }
            for (const [stepId, condition] of Object.entries(compiled.conditions)) {
              expect(module.conditions[stepId]!(payload)).toBe(condition(payload));
            }
          }
        },
        60_000,
      );
    });
  }
});
