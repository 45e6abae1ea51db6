import { expect, test, type Browser, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "../support/a11y";
import { signInAsEditor } from "./editor-helpers";

/**
 * Who owns a built-in service, as the pages show it: a county editor sets its offering in the
 * county but gets no form actions; the portal operator gets the form actions and no county
 * matters (ADR 015). Read-only, so both browser projects share the same server.
 */
const BUILT_IN = "/redaktion/leistungen/gewerbeanmeldung";

async function newPage(browser: Browser): Promise<Page> {
  const javaScriptEnabled = test.info().project.use.javaScriptEnabled !== false;
  const context = await browser.newContext({
    javaScriptEnabled,
    locale: "de-DE",
    timezoneId: "Europe/Berlin",
    baseURL: test.info().project.use.baseURL,
  });
  return context.newPage();
}

test("a county editor offers a built-in service but cannot change its form; the portal operator can, and has no county matters", async ({
  page,
  browser,
}) => {
  await signInAsEditor(page);
  await page.goto(BUILT_IN);
  await expect(page.getByText("Eingebaute Leistung des Portals (gilt in allen Landkreisen)")).toBeVisible();
  await expect(page.getByRole("link", { name: "Angebot und Zuständigkeit" })).toBeVisible();
  await expect(page.getByRole("link", { name: /Neue Version anlegen|Entwurf der Version/ })).toHaveCount(0);
  await expect(page.getByRole("button", { name: /^Einstellen/ })).toHaveCount(0);
  await expectNoAxeViolations(page);

  const operator = await newPage(browser);
  await signInAsEditor(operator, "betrieb.portal");
  const bar = operator.getByRole("navigation", { name: "Redaktion" });
  await expect(bar.getByRole("link", { name: "Leistungen" })).toBeVisible();
  await expect(bar.getByRole("link", { name: "Neue Leistung" })).toHaveCount(0);
  await expect(bar.getByRole("link", { name: "API-Schlüssel" })).toHaveCount(0);
  await expect(operator.getByText("Portalbetrieb").first()).toBeVisible();
  await expect(operator.getByRole("heading", { name: "Leistungen des Landkreises" })).toHaveCount(0);
  await expectNoAxeViolations(operator);
  await operator.goto(BUILT_IN);
  await expect(operator.getByRole("link", { name: /Neue Version anlegen|Entwurf der Version/ })).toBeVisible();
  await expect(operator.getByRole("button", { name: /^Einstellen\b.*Version 1$/ })).toBeVisible();
  await expect(operator.getByRole("link", { name: "Angebot und Zuständigkeit" })).toHaveCount(0);
  await expectNoAxeViolations(operator);
  await operator.context().close();
});
