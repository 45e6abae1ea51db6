/**
 * Each imported form filed at engine level: answers generated from its dataSchema go through
 * every active step and the submission, exactly as the wizard runs them.
 */
import { describe, expect, it } from "vitest";
import { compileFresh } from "../../../app/engine/compile.server";
import type { FormValues } from "../../../app/engine/types";
import { parseStepSubmission } from "../../../app/engine/form-submission";
import { entriesFor, runJourney, stepSlice } from "../engine/support";
import { fimCases, generate, importCase } from "./support";

describe("imported FIM forms are filed with generated valid answers", () => {
  for (const c of fimCases()) {
    it(c.name, () => {
      const { definition } = importCase(c);
      const runtime = compileFresh(definition);
      const data = generate(definition.dataSchema) as FormValues;
      const { snapshot, visited } = runJourney(runtime, () => data);
      expect(snapshot.value).toBe("submitted");
      expect(visited).toEqual(runtime.activeSteps(data));
      expect(visited[0]).toBe(definition.steps[0]!.id);
      // Something was asked and kept: the first step's answers reach the submission.
      expect(Object.keys(snapshot.output as FormValues).length).toBeGreaterThan(0);
      // What a browser posts for these answers (form posts are text) parses back to the same answers.
      for (const stepId of visited) {
        expect(parseStepSubmission(runtime, stepId, entriesFor(runtime, stepId, data)), stepId).toEqual(stepSlice(runtime, stepId, data));
      }
    });
  }
});
