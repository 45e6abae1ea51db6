/**
 * Questions that apply only for some answers (field `when`), on the dog-tax form: "Bisherige
 * Gemeinde" only for a dog that moved here. Without JavaScript it shows with its condition in
 * words and the server ignores it when the condition fails; with JavaScript it is revealed
 * right below the "Ja" option, in the focus order there, and the change is announced.
 */
import { expect, test, type Page } from "@playwright/test";
import { checkAccessibility } from "./support/a11y-once";
import { fillStep } from "./support/fill-step";
import { formById, stepOf } from "./support/forms";
import { enhanced, expectStep, next, startApplication, withJavaScript } from "./support/wizard";

const dogTax = formById("hundesteuer-anmeldung");
const answers = dogTax.journeys[0]!.answers;
const PREVIOUS = '[name="/hunde/0/vorherigeGemeinde"]';
const MOVED = (value: "ja" | "nein") => `[name="/hunde/0/zuzug"][value="${value}"]`;

async function toDogsStep(page: Page) {
  await startApplication(page, dogTax.definition);
  await fillStep(page, stepOf(dogTax.definition, "halter"), answers.halter!);
  await next(page);
  await expectStep(page, dogTax.definition, "hunde");
}

test("without JavaScript: the question shows with its condition in words, and its answer is ignored when the condition fails", async ({
  page,
}) => {
  test.skip(withJavaScript(), "the page as the server renders it");
  await toDogsStep(page);
  const previous = page.locator(PREVIOUS);
  await expect(previous).toBeVisible();
  const question = page.locator('[data-question="/hunde/0/vorherigeGemeinde"]');
  await expect(question).toContainText("Nur wenn Sie ‚Ja‘ gewählt haben");
  // Placed under the option that reveals it, which points at it.
  await expect(page.locator(".conditional-reveal").filter({ has: previous })).toHaveCount(1);
  await expect(page.locator(MOVED("ja"))).toHaveAttribute("aria-controls", "feld-hunde-0-vorherigeGemeinde--bedingt");
  await checkAccessibility(page);

  // "Nein" chosen, yet a municipality typed: the server drops it.
  await fillStep(page, stepOf(dogTax.definition, "hunde"), answers.hunde!);
  await previous.fill("Erfurt");
  await next(page);
  await expectStep(page, dogTax.definition, "haftpflicht");
  await page.getByRole("link", { name: "Zurück" }).click();
  await expectStep(page, dogTax.definition, "hunde");
  await expect(page.locator(PREVIOUS)).toHaveValue("");
  await expect(page.locator(MOVED("nein"))).toBeChecked();
});

test("with JavaScript: revealed below 'Ja' as the answer changes, next in the focus order, and announced", async ({ page }) => {
  test.skip(!withJavaScript(), "the reveal needs JavaScript");
  await toDogsStep(page);
  await enhanced(page);
  const previous = page.locator(PREVIOUS);
  // Not answered yet: the question does not apply.
  await expect(previous).toBeHidden();

  const yes = page.locator(MOVED("ja"));
  await yes.focus();
  await page.keyboard.press("Space");
  await expect(yes).toBeChecked();
  await expect(previous).toBeVisible();
  const live = page.locator('.wizard__form [aria-live="polite"]');
  await expect(live).toHaveText("Zusätzliche Frage: Bisherige Gemeinde");
  // The next stop after the chosen option is the question it revealed.
  await page.keyboard.press("Tab");
  await expect(previous).toBeFocused();
  await page.keyboard.type("Erfurt");
  await checkAccessibility(page);

  await page.locator(MOVED("nein")).check();
  await expect(previous).toBeHidden();
  await expect(live).toHaveText("Frage entfällt: Bisherige Gemeinde");

  // The hidden answer is not kept: after the step, back on the page, the field is empty.
  await fillStep(page, stepOf(dogTax.definition, "hunde"), answers.hunde!);
  await page.locator(PREVIOUS).evaluate((input: HTMLInputElement) => (input.value = "Erfurt"));
  await next(page);
  await expectStep(page, dogTax.definition, "haftpflicht");
  await page.getByRole("link", { name: "Zurück" }).click();
  await expectStep(page, dogTax.definition, "hunde");
  await expect(page.locator(PREVIOUS)).toBeHidden();
  await page.locator(MOVED("ja")).check();
  await expect(page.locator(PREVIOUS)).toHaveValue("");
});
