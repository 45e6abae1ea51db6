/**
 * One full journey with the keyboard only (WCAG 2.1.1): start, every step, an edit from the
 * review page, the declaration, submit, and the receipt download. With JavaScript, focus
 * moves to the heading of each step the browser shows in place; the first step is a page the
 * server sends whole, where focus starts at the top as after any page load.
 */
import { expect, test } from "@playwright/test";
import { readFile } from "node:fs/promises";
import { extractPdf, stripSpace } from "../../support/pdf-text";
import { formById, MUNICIPALITY, stepOf } from "./support/forms";
import { followLink, keyStep, pressButton, tabTo } from "./support/keyboard";
import { expectStep, heading, reviewTitle, withJavaScript } from "./support/wizard";

test("a whole application with the keyboard alone", async ({ page }) => {
  const { definition, journeys } = formById("kita-bedarfsanmeldung");
  const journey = journeys.find((candidate) => candidate.name.includes("unter einem Jahr"))!;
  await page.goto(`/${MUNICIPALITY}/${definition.id}`);
  await pressButton(page, "Antrag beginnen");

  for (const [index, stepId] of Object.keys(journey.answers).entries()) {
    await expectStep(page, definition, stepId);
    if (withJavaScript() && index > 0) await expect(heading(page)).toBeFocused();
    await keyStep(page, stepOf(definition, stepId), journey.answers[stepId]!);
    await pressButton(page, "Weiter");
  }

  await expect(heading(page)).toHaveText(reviewTitle(definition));
  const firstStep = Object.keys(journey.answers).find((stepId) => stepId === "einrichtungen")!;
  const section = page.getByRole("region", { name: stepOf(definition, firstStep).title.de });
  await followLink(page, section.getByRole("link", { name: "Ändern Erster Wunsch" }));
  await expectStep(page, definition, firstStep);
  const input = page.locator('[name="/einrichtungen/wunsch1"]');
  await tabTo(page, input);
  await page.keyboard.press("End");
  await page.keyboard.type(" (Tausch)");
  await pressButton(page, "Weiter");
  await expect(heading(page)).toHaveText(reviewTitle(definition));
  await expect(section.getByText(/\(Tausch\)$/)).toBeVisible();

  await tabTo(page, page.getByLabel("Ich bestätige diese Erklärung."));
  await page.keyboard.press("Space");
  await pressButton(page, "Antrag verbindlich absenden");
  await expect(heading(page)).toHaveText("Antrag eingegangen");
  const caseNumber = (await page.getByTestId("vorgangsnummer").textContent())!.trim();

  const [download] = await Promise.all([
    page.waitForEvent("download"),
    followLink(page, page.getByRole("link", { name: "Eingangsbestätigung herunterladen (PDF)" })),
  ]);
  const pdf = await extractPdf(new Uint8Array(await readFile(await download.path())));
  expect(stripSpace(pdf.pages.join(""))).toContain(stripSpace(caseNumber));
});
