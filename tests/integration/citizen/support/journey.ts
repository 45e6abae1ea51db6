/** The dog-tax form and its first journey, posted step by step over HTTP. */
import { readFileSync } from "node:fs";
import { expect } from "vitest";
import { compile } from "../../../../app/engine/compile.server";
import type { FormDefinition, FormValues } from "../../../../app/engine/types";
import { CitizenClient, h1Of, stepForm, type Page } from "./citizen-client";

export const FORM_ID = "hundesteuer-anmeldung";
export const BASE = `/rastenberg/${FORM_ID}`;
export const definition = JSON.parse(readFileSync(`forms/${FORM_ID}.json`, "utf8")) as FormDefinition;
export const runtime = compile(definition);
const fixture = JSON.parse(readFileSync(`tests/fixtures/payloads/${FORM_ID}.json`, "utf8")) as {
  journeys: Array<{ answers: Record<string, FormValues> }>;
};
/** One dog, no reduction, bank transfer; the liability step carries one PDF. */
export const answers = fixture.journeys[0]!.answers;
export const stepIds = Object.keys(answers);

export function titleOf(stepId: string): string {
  return runtime.step(stepId).title.de;
}

export async function startDraft(client: CitizenClient): Promise<Page> {
  const page = await client.post(BASE, new URLSearchParams());
  expect(h1Of(page.html)).toBe(titleOf(stepIds[0]!));
  return page;
}

/** Posts the journey's steps until the machine stands on `until` (or the review page). */
export async function walkTo(client: CitizenClient, until: string | "pruefen"): Promise<Page> {
  let page = await startDraft(client);
  for (const stepId of stepIds) {
    if (stepId === until) return page;
    page = await client.post(`${BASE}/schritt/${stepId}`, stepForm(runtime, stepId, answers[stepId]!));
    // The error summary itself (its title also travels in the page data for the browser).
    expect(page.html).not.toContain('id="fehlerliste-titel"');
  }
  expect(h1Of(page.html)).toBe(definition.review.title?.de ?? "Ihre Angaben prüfen");
  return page;
}
