import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./support/a11y";
import { expectNoMessageKeys } from "./support/message-keys";

test("a person finds Rastenberg by typing part of its name and sees the VG Kölleda", async ({ page }) => {
  await page.goto("/");
  await expectNoAxeViolations(page);

  await page.getByLabel("Name Ihrer Gemeinde oder Stadt").fill("Rast");
  await page.getByRole("button", { name: "Suchen" }).click();
  const results = page.getByRole("region", { name: /gefunden/ });
  await expect(results.getByRole("link", { name: "Rastenberg" })).toBeVisible();
  await expectNoAxeViolations(page);

  await results.getByRole("link", { name: "Rastenberg" }).click();
  await expect(page).toHaveURL(/\/rastenberg$/);
  await expect(page.getByRole("heading", { level: 1, name: "Rastenberg" })).toBeVisible();
  // The description follows the page, also after a client-side navigation.
  await expect(page.locator('meta[name="description"]')).toHaveAttribute("content", /^Die Online-Dienste Ihrer Gemeinde/);
  const administration = page.getByRole("region", { name: "Ihre Verwaltung" });
  await expect(administration).toContainText("Verwaltungsgemeinschaft Kölleda");
  await expect(administration).toContainText("Markt 24");
  await expect(administration).toContainText("99625 Kölleda");
  await expectNoAxeViolations(page);
});

test("umlauts can be typed as oe", async ({ page }) => {
  await page.goto("/?q=Soemmerda");
  await expect(page.getByRole("region", { name: /gefunden/ }).getByRole("link", { name: "Sömmerda" })).toBeVisible();
});

test("the directory lists municipalities by county and association", async ({ page }) => {
  await page.goto("/");
  await page.getByText("Landkreis Nordhausen").click();
  await expect(page.getByRole("link", { name: "Heringen/Helme" })).toBeVisible();
});

test("home page: the heading comes first, no label repeats an accordion's title, one rule between accordions", async ({ page }) => {
  await page.goto("/");
  const h1 = await page.getByRole("heading", { level: 1 }).boundingBox();
  const intro = await page.getByText("Wählen Sie Ihre Gemeinde. Dann sehen Sie").boundingBox();
  expect(intro!.y, "intro below the H1").toBeGreaterThanOrEqual(h1!.y + h1!.height);

  const directory = page.getByRole("region", { name: "Alle Gemeinden nach Landkreis und Verwaltung" });
  const titles = await directory.locator("summary").allInnerTexts();
  expect(titles.length).toBeGreaterThan(1);
  const headings = await directory.getByRole("heading").allInnerTexts();
  for (const title of titles) expect(headings, `"${title}" said twice`).not.toContain(title.trim());

  // Adjacent accordions share their border: each starts where the one above ends (1 px overlap).
  const boxes = await directory
    .locator("details.kern-accordion")
    .evaluateAll((items) => items.map((item) => ({ top: item.getBoundingClientRect().top, bottom: item.getBoundingClientRect().bottom })));
  for (let index = 1; index < boxes.length; index++)
    expect(boxes[index]!.top - boxes[index - 1]!.bottom, `gap above accordion ${index + 1}`).toBeLessThanOrEqual(0);
  await expectNoAxeViolations(page);
});

test("an unknown municipality gets a proper 404 page", async ({ page }) => {
  const response = await page.goto("/atlantis");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "Seite nicht gefunden" })).toBeVisible();
  await expect(page).toHaveTitle(/Seite nicht gefunden/);
  await expectNoAxeViolations(page);
});

test("an address no route knows gets the error page in the chosen language, also without the root's data", async ({
  page,
  context,
  baseURL,
}) => {
  // No route matches, so no loader runs: the page's language comes from the request itself.
  await context.addCookies([{ name: "bp_sprache", value: "en", url: baseURL }]);
  const response = await page.goto("/gibt-es-nicht/auch/nicht");
  expect(response?.status()).toBe(404);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
  await expect(page).toHaveTitle("Page not found – Bürgerportal");
  await expect(page.getByRole("link", { name: "Skip to content" })).toBeAttached();
  await expect(page.getByText("Online services of your administration in Thuringia")).toBeVisible();
  await expect(page.getByText("Error code: 404")).toBeVisible();
  await expectNoMessageKeys(page);
  await expectNoAxeViolations(page);

  await context.clearCookies();
  await page.goto("/gibt-es-nicht/auch/nicht");
  await expect(page.locator("html")).toHaveAttribute("lang", "de");
  await expect(page.getByRole("heading", { level: 1, name: "Seite nicht gefunden" })).toBeVisible();
  await expect(page.getByText("Fehlercode: 404")).toBeVisible();
  await expectNoMessageKeys(page);
});
