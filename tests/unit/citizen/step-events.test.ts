/**
 * How posted step pages become machine events (app/server/wizard/step-events.ts), on the
 * dog-tax form: the page reached, pages before it, pages ahead, pages a condition skips, and
 * an edit from the review page.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { compile } from "~/engine/compile.server";
import { REVIEW_STATE } from "~/engine/machine";
import { startState, transition, type FormSnapshot } from "~/engine/transition";
import type { FormDefinition, FormValues } from "~/engine/types";
import { applyStepPost, pageOf, stepAccess } from "~/server/wizard/step-events";

const definition = JSON.parse(readFileSync("forms/hundesteuer-anmeldung.json", "utf8")) as FormDefinition;
const fixture = JSON.parse(readFileSync("tests/fixtures/payloads/hundesteuer-anmeldung.json", "utf8")) as {
  journeys: Array<{ answers: Record<string, FormValues> }>;
};
const runtime = compile(definition);
const answers = fixture.journeys[0]!.answers;
const options = { viaReview: false, lang: "de" as const };

function walk(until: string): FormSnapshot {
  let snapshot = startState(runtime);
  for (const stepId of Object.keys(answers)) {
    if (String(snapshot.value) === until) break;
    snapshot = transition(runtime, snapshot, { type: "NEXT", data: answers[stepId]! }).snapshot;
  }
  return snapshot;
}

describe("posting a step page", () => {
  it("applies NEXT on the page the machine stands on", () => {
    const outcome = applyStepPost(runtime, startState(runtime), "halter", answers.halter!, options);
    expect(outcome.kind).toBe("accepted");
    if (outcome.kind === "accepted") expect(pageOf(outcome.snapshot)).toBe("schritt/hunde");
  });

  it("refuses invalid answers with the engine's errors and changes nothing", () => {
    const outcome = applyStepPost(runtime, startState(runtime), "halter", {}, options);
    expect(outcome.kind).toBe("refused");
    if (outcome.kind === "refused") expect(outcome.errors.map((error) => error.pointer)).toContain("/halter/name/vorname");
  });

  it("walks back to an earlier page and continues from there", () => {
    const atZahlung = walk("zahlung");
    expect(stepAccess(runtime, atZahlung, "halter")).toBe("visited");
    const changed = { halter: { ...(answers.halter!.halter as FormValues), geburtsdatum: "1980-01-01" } };
    const outcome = applyStepPost(runtime, atZahlung, "halter", changed, options);
    expect(outcome.kind).toBe("accepted");
    if (outcome.kind === "accepted") {
      expect(pageOf(outcome.snapshot)).toBe("schritt/hunde");
      expect((outcome.snapshot.context.data.halter as FormValues).geburtsdatum).toBe("1980-01-01");
      // later answers are kept for the pages still to come
      expect(outcome.snapshot.context.data.steuerverguenstigung).toEqual(answers.steuerverguenstigung!.steuerverguenstigung);
    }
  });

  it("refuses a page ahead of the machine and a page whose condition does not hold", () => {
    const start = startState(runtime);
    expect(applyStepPost(runtime, start, "zahlung", answers.zahlung!, options)).toEqual({ kind: "ahead" });
    const atZahlung = walk("zahlung");
    expect(stepAccess(runtime, atZahlung, "gefaehrlicher-hund")).toBe("skipped");
    expect(applyStepPost(runtime, atZahlung, "gefaehrlicher-hund", {}, options)).toEqual({ kind: "skipped" });
    expect(applyStepPost(runtime, atZahlung, "gibt-es-nicht", {}, options)).toEqual({ kind: "unknown" });
  });

  it("returns to the review page after an edit opened from there", () => {
    let snapshot = startState(runtime);
    for (const stepId of Object.keys(answers)) snapshot = transition(runtime, snapshot, { type: "NEXT", data: answers[stepId]! }).snapshot;
    expect(String(snapshot.value)).toBe(REVIEW_STATE);
    const edited = { haftpflicht: { ...(answers.haftpflicht!.haftpflicht as FormValues), versicherer: "Andere AG" } };
    const outcome = applyStepPost(runtime, snapshot, "haftpflicht", edited, { ...options, viaReview: true });
    expect(outcome.kind).toBe("accepted");
    if (outcome.kind === "accepted") expect(pageOf(outcome.snapshot)).toBe("pruefen");
    // without the review marker the same post walks back through the pages
    const walked = applyStepPost(runtime, snapshot, "haftpflicht", edited, options);
    expect(walked.kind).toBe("accepted");
    if (walked.kind === "accepted") expect(pageOf(walked.snapshot)).toBe("schritt/steuerverguenstigung");
  });
});
