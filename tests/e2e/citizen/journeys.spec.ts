/**
 * Every built-in form through every journey of its fixture, once with and once without
 * JavaScript (the two Playwright projects): fill every step, go back once, change an answer
 * from the review page, submit, download the receipt and find the case number in it. The first
 * journey of each form also shows the errors of an empty first step and of a submit without
 * the declaration, adds and removes a group item and refuses a file over the field's limit.
 * axe checks every page on the way. The dog tax review page is measured at desktop width and
 * at 390 px: every "Ändern" link in the row of its own answer.
 *
 * The editors' preview is the same wizard in another mode: the first journey of every form runs
 * there too, ending where the preview stops short of submitting.
 */
import { expect, test, type Page } from "@playwright/test";
import { normalizeSpace, stripSpace } from "../../support/pdf-text";
import { atDesktopAndPhone, expectActionsBesideAnswers, expectNoHorizontalOverflow, keepScreenshot, PHONE } from "../support/layout";
import { checkAccessibility } from "./support/a11y-once";
import { changeTarget } from "./support/change-target";
import { fillStep } from "./support/fill-step";
import { builtInForms, stepOf } from "./support/forms";
import { addAndRemoveItem, refuseOversizeFile } from "./support/step-extras";
import {
  enhanced,
  expectStep,
  heading,
  next,
  receiptText,
  reviewTitle,
  startApplication,
  startPreview,
  stepTitle,
  submitFromReview,
  submitInPreview,
} from "./support/wizard";

/** The form whose review page is also measured at 390 px and kept as a screenshot. */
const LAYOUT_CHECKED = "hundesteuer-anmeldung";

/**
 * Required and optional questions, as the schema's `required` arrays say, marked alike in the
 * wizard and the editors' preview: "(freiwillig)" on optional labels, aria-required on required
 * controls, and a checkbox that must be ticked says so.
 */
const REQUIREMENT_MARKS: Record<string, (page: Page) => Promise<void>> = {
  "hundesteuer-anmeldung/halter": async (page) => {
    await expect(page.locator('[name="/halter/name/vorname"]')).toHaveAttribute("aria-required", "true");
    await expect(page.locator('[name="/halter/name/vorname"]')).not.toHaveAccessibleName(/freiwillig/);
    await expect(page.locator('[name="/halter/geburtsdatum/day"]')).toHaveAttribute("aria-required", "true");
    await expect(page.locator('[name="/halter/kontakt/telefon"]')).toHaveAccessibleName("Telefonnummer (freiwillig)");
    await expect(page.locator('[name="/halter/kontakt/telefon"]')).not.toHaveAttribute("aria-required");
  },
  "hundesteuer-anmeldung/sepa": async (page) => {
    const mandate = page.locator('[name="/sepa/mandat"]');
    await expect(mandate).toHaveAttribute("aria-required", "true");
    await expect(mandate).toHaveAccessibleDescription(/Bitte setzen Sie dieses Häkchen/);
    await expect(page.locator('[name="/sepa/konto/bic"]')).toHaveAccessibleName(/\(freiwillig\)$/);
  },
};

const MODES = [
  { name: "Bürgerin", preview: false },
  { name: "Vorschau", preview: true },
] as const;

for (const mode of MODES)
  for (const form of builtInForms()) {
    const { definition } = form;
    for (const [number, journey] of form.journeys.entries()) {
      const withErrors = number === 0;
      if (mode.preview && !withErrors) continue;
      test(`${mode.name}: ${definition.id}: ${journey.name}`, async ({ page }) => {
        const steps = Object.keys(journey.answers);
        if (mode.preview) await startPreview(page, definition);
        else await startApplication(page, definition);
        const summary = page.getByRole("alert").filter({ hasText: "Es gibt ein Problem" });

        if (withErrors) {
          // Nothing answered yet: the error summary, focused, and "Fehler: " in the title.
          await enhanced(page);
          await next(page);
          await expect(summary).toBeFocused();
          await expect(page).toHaveTitle(mode.preview ? /^Vorschau: Fehler: / : /^Fehler: /);
          await checkAccessibility(page);
        }

        for (const [index, stepId] of steps.entries()) {
          await expectStep(page, definition, stepId);
          if (index === 1) {
            await page.getByRole("link", { name: "Zurück", exact: true }).click();
            await expectStep(page, definition, steps[0]!);
            await checkAccessibility(page);
            await next(page);
            await expectStep(page, definition, stepId);
          }
          await expect(page.locator("#fortschritt-text")).toHaveText(new RegExp(`^Schritt ${index + 1} von \\d+$`));
          await REQUIREMENT_MARKS[`${definition.id}/${stepId}`]?.(page);
          await checkAccessibility(page);
          if (withErrors) {
            await addAndRemoveItem(page, stepOf(definition, stepId));
            await refuseOversizeFile(page, stepOf(definition, stepId));
          }
          await fillStep(page, stepOf(definition, stepId), journey.answers[stepId]!);
          await checkAccessibility(page);
          await next(page);
        }

        await expect(heading(page)).toHaveText(reviewTitle(definition));
        await checkAccessibility(page);
        if (withErrors && !mode.preview && definition.id === LAYOUT_CHECKED) {
          await atDesktopAndPhone(page, async (width) => {
            await expectActionsBesideAnswers(page.locator(".summary-list__row"));
            if (width === PHONE.width) {
              await expectNoHorizontalOverflow(page);
              await keepScreenshot(page, "pruefseite-390px");
            }
          });
        }
        const change = changeTarget(form, journey);
        const section = page.getByRole("region", { name: stepTitle(definition, change.stepId) });
        await section.getByRole("link", { name: `Ändern ${change.label}` }).click();
        await expectStep(page, definition, change.stepId);
        await checkAccessibility(page);
        await page.locator(`[name="${change.pointer}"]`).fill(change.value);
        await next(page);
        await expect(heading(page)).toHaveText(reviewTitle(definition));
        await expect(
          page.getByRole("region", { name: stepTitle(definition, change.stepId) }).getByText(change.value, { exact: true }),
        ).toBeVisible();

        if (withErrors) {
          await page.getByRole("button", { name: "Antrag verbindlich absenden" }).click();
          await expect(summary).toBeFocused();
          await expect(summary.getByRole("link", { name: /Bitte bestätigen Sie die Erklärung/ })).toBeVisible();
          await checkAccessibility(page);
        }
        if (mode.preview) {
          await submitInPreview(page);
          return;
        }
        const { caseNumber } = await submitFromReview(page);
        await checkAccessibility(page);
        const receipt = await receiptText(page);
        expect(stripSpace(receipt)).toContain(stripSpace(caseNumber));
        expect(normalizeSpace(receipt)).toContain(normalizeSpace(change.value));
      });
    }
  }
