/**
 * Save and resume: a citizen saves mid-form, closes the browser, and continues on another
 * browser with the resume code — on the same step, with the same answers.
 */
import { readdirSync, readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { checkAccessibility } from "./support/a11y-once";
import { E2E_DIR } from "./support/e2e-dir";
import { fillStep } from "./support/fill-step";
import { formById, stepOf } from "./support/forms";
import { expectStep, heading, next, startApplication } from "./support/wizard";

function mailed(text: string): boolean {
  try {
    return readdirSync(`${E2E_DIR}/mail`).some((file) => readFileSync(`${E2E_DIR}/mail/${file}`, "utf8").includes(text));
  } catch {
    return false; // no mail folder yet
  }
}

test("a draft saved mid-form opens on a new browser with its resume code, on the same step with the same answers", async ({
  page,
  browser,
}) => {
  const { definition, journeys } = formById("hundesteuer-anmeldung");
  const answers = journeys[0]!.answers;
  await startApplication(page, definition);
  await fillStep(page, stepOf(definition, "halter"), answers.halter!);
  await next(page);
  await expectStep(page, definition, "hunde");
  // Half of the dog's page: typed, not yet valid, saved as it is.
  await page.locator('[name="/hunde/0/name"]').fill("Bruno");
  await page.locator('[name="/hunde/0/rasse"]').fill("Labrador Retriever");
  await page.getByRole("button", { name: "Speichern und später fortsetzen" }).click();
  await expect(heading(page)).toHaveText("Speichern und später fortsetzen");
  await checkAccessibility(page);
  await expect(page.getByLabel("E-Mail-Adresse (freiwillig)")).toHaveValue("lukasz.nowak@example.org");
  await page.getByRole("button", { name: "Fortsetzungscode erstellen" }).click();
  const code = (await page.getByTestId("fortsetzungscode").textContent())!.trim();
  expect(code).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$/);
  await expect(page.getByText("Wir haben den Code an lukasz.nowak@example.org geschickt.")).toBeVisible();
  await checkAccessibility(page);
  const use = test.info().project.use;
  await page.context().close();

  // The e-mail carries the code and the link (the outbox sends it right after the commit).
  await expect.poll(() => mailed(code), { timeout: 15_000 }).toBe(true);

  const context = await browser.newContext({ baseURL: use.baseURL, javaScriptEnabled: use.javaScriptEnabled, locale: "de-DE" });
  const other = await context.newPage();
  await other.goto("/fortsetzen");
  await checkAccessibility(other);
  await other.getByLabel("Fortsetzungscode").fill(code.toLowerCase());
  await other.getByRole("button", { name: "Fortsetzen", exact: true }).click();
  await expectStep(other, definition, "hunde");
  await expect(other.getByText("Willkommen zurück")).toBeVisible();
  await expect(other.locator('[name="/hunde/0/name"]')).toHaveValue("Bruno");
  await expect(other.locator('[name="/hunde/0/rasse"]')).toHaveValue("Labrador Retriever");
  await checkAccessibility(other);
  await other.getByRole("link", { name: "Zurück", exact: true }).click();
  await expectStep(other, definition, "halter");
  await expect(other.locator('[name="/halter/name/vorname"]')).toHaveValue("Łukasz");
  await context.close();
});

test("an unknown resume code gets the error summary and a clear message", async ({ page }) => {
  await page.goto("/fortsetzen?code=ABCD-EFGH-JKLM");
  await expect(page.getByLabel("Fortsetzungscode")).toHaveValue("ABCD-EFGH-JKLM");
  await page.getByRole("button", { name: "Fortsetzen", exact: true }).click();
  await expect(page).toHaveTitle(/^Fehler: /);
  await expect(page.getByRole("alert").filter({ hasText: "Es gibt ein Problem" })).toBeFocused();
  await expect(page.getByRole("link", { name: /Diesen Fortsetzungscode kennen wir nicht/ })).toBeVisible();
  await checkAccessibility(page);
});
