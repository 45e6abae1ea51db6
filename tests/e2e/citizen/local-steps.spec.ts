/**
 * The form machine in the browser (ADR 034), with JavaScript only: offline, "Weiter" still shows
 * the next page of the dog-tax form on every step (the SEPA branch included, up to the review
 * page) while the page says the answers will be saved later; back online, the server's draft has
 * them and a reload shows them. Two windows on one draft: the second one's outdated save is
 * shown as a conflict and the person chooses.
 */
import { expect, test, type Page } from "@playwright/test";
import type { FormValues } from "../../../app/engine/types";
import { fillStep } from "./support/fill-step";
import { formById, stepOf } from "./support/forms";
import { enhanced, expectStep, heading, next, reviewTitle, startApplication, withJavaScript } from "./support/wizard";

const { definition, journeys } = formById("hundesteuer-anmeldung");
const [plain, , withRelief] = journeys;
/** One dog, no reduction, paid by SEPA direct debit; no files, so every page may change offline. */
const answers: Record<string, FormValues> = {
  halter: plain!.answers.halter!,
  hunde: plain!.answers.hunde!,
  haftpflicht: { haftpflicht: { ...(plain!.answers.haftpflicht!.haftpflicht as object), nachweis: undefined } },
  steuerverguenstigung: plain!.answers.steuerverguenstigung!,
  zahlung: withRelief!.answers.zahlung!,
  "sepa-mandat": withRelief!.answers["sepa-mandat"]!,
};
const steps = Object.keys(answers);
const status = (page: Page) => page.locator(".wizard__sync");

/** The browser holds the walk and has fetched what later pages need. */
async function heldInBrowser(page: Page): Promise<void> {
  await enhanced(page);
  await expect(status(page)).toHaveAttribute("data-sync", /.+/);
  await page.waitForLoadState("networkidle");
}

test.beforeEach(() => {
  test.skip(!withJavaScript(), "the browser's own step changes need JavaScript");
});

test("offline, every step of the dog-tax form changes in the browser and is saved once the network is back", async ({ page, context }) => {
  await startApplication(page, definition);
  await heldInBrowser(page);
  await context.setOffline(true);
  for (const [index, stepId] of steps.entries()) {
    await fillStep(page, stepOf(definition, stepId), answers[stepId]!);
    await next(page);
    const following = steps[index + 1];
    if (following) {
      await expectStep(page, definition, following);
      // The header's links follow the page shown: English and sign-in lead back to this step.
      await expect(page.locator('a[hreflang="en"]')).toHaveAttribute("href", new RegExp(`/schritt/${following}\\?lang=en$`));
      await expect(page.getByRole("link", { name: "Anmelden" })).toHaveAttribute("href", new RegExp(`schritt%2F${following}$`));
    } else {
      await expect(heading(page)).toHaveText(reviewTitle(definition));
      await expect(page).toHaveTitle(`${reviewTitle(definition)} – ${definition.title.de} – Bürgerportal`);
    }
    await expect(status(page)).toHaveText("Offline – wird nachgeholt");
  }
  // The browser's back button, offline too.
  await page.goBack();
  await expectStep(page, definition, "sepa-mandat");
  await page.goForward();
  await expect(heading(page)).toHaveText(reviewTitle(definition));

  await context.setOffline(false);
  await expect(status(page)).toHaveText("Gespeichert", { timeout: 40_000 });
  await page.reload();
  await expect(heading(page)).toHaveText(reviewTitle(definition));
  const owner = (answers.halter!.halter as { name: { nachname: string } }).name.nachname;
  await expect(page.getByText(owner)).toBeVisible();
  await expect(page.getByText("SEPA-Lastschrift", { exact: false }).first()).toBeVisible();
});

test("a second window's outdated save is shown as a conflict, and keeping its answers stores them", async ({ page, context }) => {
  await startApplication(page, definition);
  const other = await context.newPage();
  await other.goto(page.url());
  await heldInBrowser(page);
  await heldInBrowser(other);

  await fillStep(page, stepOf(definition, "halter"), answers.halter!);
  await next(page);
  await expectStep(page, definition, "hunde");
  await expect(status(page)).toHaveText("Gespeichert");

  const owner = answers.halter!.halter as { name: { vorname: string } };
  await fillStep(other, stepOf(definition, "halter"), {
    halter: { ...(answers.halter!.halter as object), name: { ...owner.name, vorname: "Zweitfenster" } },
  });
  await next(other);
  await expectStep(other, definition, "hunde");
  const conflict = other.getByRole("alert").filter({ hasText: "in einem anderen Fenster geändert" });
  await expect(conflict).toBeVisible();
  await conflict.getByRole("button", { name: "Angaben aus diesem Fenster speichern" }).click();
  await expect(status(other)).toHaveText("Gespeichert");
  await expect(conflict).toBeHidden();

  await page.goto(page.url().replace(/schritt\/hunde$/, "schritt/halter"));
  await expect(page.getByLabel("Vorname")).toHaveValue("Zweitfenster");
});
