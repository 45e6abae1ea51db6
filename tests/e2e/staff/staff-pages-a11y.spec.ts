import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "../support/a11y";
import { atPhoneWidth, expectNoHorizontalOverflow, expectStackedTable, keepScreenshot, PHONE } from "../support/layout";
import { signIn, submitFromRastenberg } from "./staff-helpers";

test("the login page with an error is accessible", async ({ page }) => {
  await page.goto("/verwaltung/anmelden");
  await expectNoAxeViolations(page);
  await page.getByLabel("Benutzername").fill("unbekannt.person");
  await page.getByLabel("Passwort").fill("falsch");
  await page.getByRole("button", { name: "Anmelden" }).click();
  await expect(page.getByRole("alert")).toContainText("Benutzername oder Passwort ist falsch.");
  await expectNoAxeViolations(page);
});

test("the inbox with filters and the case page with its forms are accessible", async ({ page, request }) => {
  const submitted = await submitFromRastenberg(request, 1);
  await signIn(page, "sb.vgkoe");
  await page.goto("/verwaltung?status=eingegangen&municipality=16068042&from=2026-01-01&q=VGKOE");
  await expect(page.getByRole("table")).toContainText(submitted.caseNumber);
  await expectNoAxeViolations(page);
  await atPhoneWidth(page, async () => {
    await expectStackedTable(page.getByRole("table"), PHONE.width);
    await expect(page.getByRole("table").locator('td[data-label="Gemeinde"]').first()).toHaveText("Rastenberg");
    await expectNoHorizontalOverflow(page);
    await keepScreenshot(page, "posteingang-390px");
    await expectNoAxeViolations(page);
  });
  await page.goto("/verwaltung?status=offen");
  await expect(page.getByText("Den Status „offen“ gibt es nicht.")).toBeVisible();
  // The date filters are day / month / year fields, as citizens have them; an impossible day is named at the field.
  const from = page.getByRole("group", { name: "Eingegangen ab" });
  await from.getByLabel("Tag").fill("31");
  await from.getByLabel("Monat").fill("2");
  await from.getByLabel("Jahr").fill("2026");
  await page.getByRole("button", { name: "Anzeigen" }).click();
  await expect(page.locator("#from-fehler")).toContainText("„Eingegangen ab“: Den 31.02.2026 gibt es nicht.");
  await expect(from.getByLabel("Tag")).toHaveValue("31");
  await expect(from.getByLabel("Tag")).toHaveAttribute("aria-invalid", "true");
  await expectNoAxeViolations(page);
  await page.goto(`/verwaltung/vorgaenge/${submitted.caseNumber}`);
  await page.getByLabel("Interner Vermerk", { exact: true }).fill("Rückruf vereinbart.");
  await page.getByRole("button", { name: "Vermerk speichern" }).click();
  await expect(page.getByText("Der Vermerk wurde gespeichert.")).toBeVisible();
  await expect(page.getByRole("region", { name: "Verlauf" })).toContainText("Rückruf vereinbart.");
  await expectNoAxeViolations(page);
});

test("the accounts page of an admin, with a new API key shown once, is accessible", async ({ page }) => {
  await signIn(page, "admin.vgkoe");
  await expect(page).toHaveURL(/\/verwaltung\/konten$/);
  await expect(page.getByRole("heading", { level: 1, name: "Konten und API-Schlüssel" })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByLabel("Name des API-Schlüssels").fill(`Fachverfahren ${test.info().project.name}`);
  await page.getByRole("button", { name: "API-Schlüssel anlegen" }).click();
  await expect(page.getByText(/^bpk_/)).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Konto anlegen" }).click();
  await expect(page.getByText("Der Benutzername muss 3 bis 40 Zeichen lang sein")).toBeVisible();
  await expectNoAxeViolations(page);
});

test("the editors' service table on a phone shows every column, stacked per service", async ({ page }) => {
  await signIn(page, "red.lrasoe");
  await page.goto("/redaktion");
  await atPhoneWidth(page, async () => {
    const table = page.getByRole("table").first();
    await expectStackedTable(table, PHONE.width);
    await expect(table.locator('td[data-label="Vorgänge je Version"]').first()).toBeVisible();
    await expectNoHorizontalOverflow(page);
    await keepScreenshot(page, "redaktion-390px");
    await expectNoAxeViolations(page);
  });
});

test("the operator's legal settings, with a refused confirmation, are accessible", async ({ page }) => {
  await signIn(page, "betrieb.portal");
  await page.goto("/verwaltung/betreiber");
  await expect(page.getByRole("listitem").filter({ hasText: "IT-Verbund Nordthüringen" })).toContainText(
    "Entwurf – vom Betreiber zu bestätigen",
  );
  await expectNoAxeViolations(page);
  await page.getByRole("link", { name: "IT-Verbund Nordthüringen" }).click();
  await page.getByRole("button", { name: "Speichern und als geprüft bestätigen" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Nicht bestätigt" })).toBeVisible();
  await expect(page.getByLabel("Kontakt-E-Mail")).toHaveAttribute("aria-invalid", "true");
  await expectNoAxeViolations(page);
});
