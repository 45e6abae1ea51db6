/**
 * The built-in forms and their journeys (tests/fixtures/payloads/<form>.json): a journey is the
 * answers per step id, in the order the steps are visited. Adding a form or a journey adds a
 * row to every table-driven test here.
 */
import { readdirSync, readFileSync } from "node:fs";
import type { FormDefinition, FormValues, StepDefinition } from "../../../../app/engine/types";

export interface Journey {
  formId: string;
  name: string;
  answers: Record<string, FormValues>;
}

export interface BuiltInForm {
  definition: FormDefinition;
  journeys: Journey[];
}

/** (The engine's runtime is not loaded here: Playwright's ESM loader cannot import its JSON schemas.) */
export function stepOf(definition: FormDefinition, stepId: string): StepDefinition {
  const step = definition.steps.find((candidate) => candidate.id === stepId);
  if (!step) throw new Error(`${definition.id} has no step ${stepId}`);
  return step;
}

export function builtInForms(): BuiltInForm[] {
  return readdirSync("forms")
    .filter((file) => file.endsWith(".json"))
    .sort()
    .map((file) => {
      const definition = JSON.parse(readFileSync(`forms/${file}`, "utf8")) as FormDefinition;
      const fixture = JSON.parse(readFileSync(`tests/fixtures/payloads/${definition.id}.json`, "utf8")) as {
        journeys?: Array<{ name: string; answers: Record<string, FormValues> }>;
      };
      return {
        definition,
        journeys: (fixture.journeys ?? []).map((journey) => ({ formId: definition.id, ...journey })),
      };
    });
}

export function formById(id: string): BuiltInForm {
  const form = builtInForms().find((candidate) => candidate.definition.id === id);
  if (!form) throw new Error(`no built-in form ${id}`);
  return form;
}

/** The municipality every journey runs in: Rastenberg, administered by the VG Kölleda. */
export const MUNICIPALITY = "rastenberg";
