/** Moving through the wizard as a citizen does: headings tell where we are, buttons move on. */
import { expect, test, type Page } from "@playwright/test";
import { localize } from "../../../../app/engine/messages";
import type { FormDefinition } from "../../../../app/engine/types";
import { extractPdf } from "../../../support/pdf-text";
import { checkAccessibility } from "./a11y-once";
import { MUNICIPALITY } from "./forms";

/** Editors of any county may preview the portal's built-in services. */
const PREVIEW_EDITOR = "red.lrasoe";

export const heading = (page: Page) => page.getByRole("heading", { level: 1 });

export function stepTitle(definition: FormDefinition, stepId: string): string {
  return localize(definition.steps.find((step) => step.id === stepId)!.title, "de");
}

export function reviewTitle(definition: FormDefinition): string {
  return definition.review.title ? localize(definition.review.title, "de") : "Ihre Angaben prüfen";
}

export async function expectStep(page: Page, definition: FormDefinition, stepId: string): Promise<void> {
  await expect(heading(page)).toHaveText(stepTitle(definition, stepId));
  // The whole form has arrived (without JavaScript the page may still be streaming in).
  await expect(page.locator(".wizard__actions")).toBeVisible();
}

/** Opens the service's start page and starts a new application. */
export async function startApplication(page: Page, definition: FormDefinition): Promise<void> {
  await page.goto(`/${MUNICIPALITY}/${definition.id}`);
  await expect(heading(page)).toHaveText(localize(definition.title, "de"));
  await checkAccessibility(page);
  await page.getByRole("button", { name: "Antrag beginnen" }).click();
  await expectStep(page, definition, definition.steps[0]!.id);
}

/** Signs in as an editor and opens the preview of the service's current version at its start page. */
export async function startPreview(page: Page, definition: FormDefinition): Promise<void> {
  await page.goto("/verwaltung/anmelden?weiter=%2Fredaktion");
  await page.getByLabel("Benutzername").fill(PREVIEW_EDITOR);
  await page.getByLabel("Passwort").fill(`demo-${PREVIEW_EDITOR}`);
  await page.getByRole("button", { name: "Anmelden" }).click();
  await page.waitForURL((url) => !url.pathname.startsWith("/verwaltung/anmelden"));
  await page.goto(`/redaktion/leistungen/${definition.id}/vorschau`);
  await expect(heading(page)).toHaveText(localize(definition.title, "de"));
  await expect(page.getByRole("note", { name: "Vorschau" })).toBeVisible();
  await checkAccessibility(page);
  await page.getByRole("button", { name: "Antrag beginnen" }).click();
  await expectStep(page, definition, definition.steps[0]!.id);
}

/** The preview checks a submit exactly as for citizens, then submits nothing. */
export async function submitInPreview(page: Page): Promise<void> {
  await page.getByLabel("Ich bestätige diese Erklärung.").check();
  await page.getByRole("button", { name: "Antrag verbindlich absenden" }).click();
  await expect(page.getByText("In der Vorschau wird nichts eingereicht")).toBeVisible();
  await checkAccessibility(page);
}

export async function next(page: Page): Promise<void> {
  await page.getByRole("button", { name: "Weiter", exact: true }).click();
}

/** With JavaScript, waits until the browser validators are loaded (the page then validates in place). */
export function withJavaScript(): boolean {
  return test.info().project.use.javaScriptEnabled !== false;
}

export async function enhanced(page: Page): Promise<boolean> {
  if (!withJavaScript()) return false;
  await expect(page.locator("form.wizard__form")).toHaveAttribute("data-validation", "browser");
  return true;
}

export async function submitFromReview(page: Page): Promise<{ caseNumber: string; accessCode: string }> {
  await page.getByLabel("Ich bestätige diese Erklärung.").check();
  await page.getByRole("button", { name: "Antrag verbindlich absenden" }).click();
  await expect(heading(page)).toHaveText("Antrag eingegangen");
  const caseNumber = (await page.getByTestId("vorgangsnummer").textContent())!.trim();
  const accessCode = (await page.getByTestId("zugangscode").textContent())!.trim();
  expect(caseNumber).toMatch(/^[A-Z0-9]+-\d{4}-\d{6}$/);
  expect(accessCode).toMatch(/^[A-Z2-9]{4}(-[A-Z2-9]{4}){3}$/);
  return { caseNumber, accessCode };
}

/** Downloads the receipt from the confirmation page and returns its text. */
export async function receiptText(page: Page): Promise<string> {
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Eingangsbestätigung herunterladen (PDF)" }).click(),
  ]);
  const path = await download.path();
  const { readFile } = await import("node:fs/promises");
  const pdf = await extractPdf(new Uint8Array(await readFile(path)));
  return pdf.pages.join("\n");
}
