/**
 * The operators' legal pages (ADR 023), with and without JavaScript: the footer of every page
 * family (citizen, error, staff) leads to the legal pages of the operator of the municipality in
 * view — KIDS for Rastenberg (Landkreis Sömmerda), the IT-Verbund Nordthüringen for Görsbach —
 * and the accessibility feedback form sends a message that arrives as an e-mail. axe on every page.
 */
import { readdirSync, readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./support/a11y";
import { E2E_DIR } from "./citizen/support/e2e-dir";
import { signIn } from "./staff/staff-helpers";

const KIDS = "KIDS – Kommunale Informations- und Datendienste Sömmerda";
const NORD = "IT-Verbund Nordthüringen";

const CASES = [
  { slug: "rastenberg", name: "Rastenberg", operator: KIDS, clerk: "sb.vgkoe" },
  { slug: "goersbach", name: "Görsbach", operator: NORD, clerk: "sb.egher" },
] as const;

const PAGES = [
  { link: "Impressum", heading: "Impressum" },
  { link: "Datenschutz", heading: "Datenschutzerklärung" },
  { link: "Barrierefreiheit", heading: "Erklärung zur Barrierefreiheit" },
  { link: "Leichte Sprache", heading: "Das Bürger-Portal in Leichter Sprache" },
  { link: "Gebärdensprache", heading: "Informationen in Deutscher Gebärdensprache" },
] as const;

const footer = (page: Page) => page.getByRole("contentinfo");

/** Follows the footer link to a legal page and checks whose page it is. */
async function followFooterLink(page: Page, link: string, heading: string, operator: string, municipality: string | null) {
  await footer(page).getByRole("link", { name: link, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
  if (link === "Leichte Sprache") await expect(page.getByText(operator, { exact: true })).toBeVisible();
  else
    await expect(page.getByTestId("legal-operator")).toHaveText(
      municipality ? `Für ${municipality} – betrieben von ${operator}` : `Betrieben von ${operator}`,
    );
  await expect(footer(page)).toContainText(`Betrieben von ${operator}`);
}

for (const place of CASES) {
  test(`citizen and error pages of ${place.name} lead to ${place.operator}'s legal pages`, async ({ page }) => {
    for (const { link, heading } of PAGES) {
      await page.goto(`/${place.slug}`);
      await expect(footer(page)).toContainText(`Betrieben von ${place.operator}`);
      await followFooterLink(page, link, heading, place.operator, place.name);
      await expectNoAxeViolations(page);
    }
    const missing = await page.goto(`/${place.slug}/keine-solche-leistung`);
    expect(missing?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1, name: "Seite nicht gefunden" })).toBeVisible();
    await followFooterLink(page, "Barrierefreiheit", "Erklärung zur Barrierefreiheit", place.operator, place.name);
  });

  test(`staff pages of a clerk in ${place.name}'s administration lead to ${place.operator}'s legal pages`, async ({ page }) => {
    await signIn(page, place.clerk);
    await expect(footer(page)).toContainText(`Betrieben von ${place.operator}`);
    await followFooterLink(page, "Impressum", "Impressum", place.operator, null);
    await expect(page.getByText("Entwurf – vom Betreiber zu bestätigen")).toBeVisible();
  });
}

function mailed(text: string): boolean {
  try {
    return readdirSync(`${E2E_DIR}/mail`).some((file) =>
      readFileSync(`${E2E_DIR}/mail/${file}`, "utf8")
        .replace(/=\r?\n/g, "")
        .includes(text),
    );
  } catch {
    return false; // no mail folder yet
  }
}

test("the accessibility feedback form explains what to fix and sends the message to the operator", async ({ page }) => {
  await page.goto("/goersbach");
  await footer(page).getByRole("link", { name: "Barrierefreiheit", exact: true }).click();
  await page.getByRole("button", { name: "Nachricht senden" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Ihre Nachricht wurde noch nicht gesendet." })).toBeVisible();
  await expect(page.getByLabel("Welche Barriere haben Sie bemerkt?")).toHaveAttribute("aria-invalid", "true");
  await expectNoAxeViolations(page);

  // By keyboard alone: from the message field through the optional fields to the button.
  const token = `e2e-feedback-${test.info().project.name}-${Date.now()}`;
  await page.getByLabel("Welche Barriere haben Sie bemerkt?").focus();
  await page.keyboard.type(`Der Kontrast ist zu schwach (${token}).`);
  await page.keyboard.press("Tab");
  await expect(page.getByLabel("Auf welcher Seite? (freiwillig)")).toBeFocused();
  await page.keyboard.type("/goersbach");
  await page.keyboard.press("Tab");
  await page.keyboard.press("Tab");
  await expect(page.getByLabel("Ihre E-Mail-Adresse für eine Antwort (freiwillig)")).toBeFocused();
  await page.keyboard.type("person@beispiel.de");
  await page.keyboard.press("Tab");
  await expect(page.getByRole("button", { name: "Nachricht senden" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByText("Vielen Dank, Ihre Nachricht wurde gesendet.")).toBeVisible();
  await expect(page.getByText("Sie geht an barrierefreiheit@it-verbund-nordthueringen.invalid.")).toBeVisible();
  await expectNoAxeViolations(page);
  await expect.poll(() => mailed(token), { timeout: 15_000 }).toBe(true);
  expect(mailed("To: barrierefreiheit@it-verbund-nordthueringen.invalid")).toBe(true);
});

test("the portal-wide pages belong to the default operator and list the others", async ({ page }) => {
  await page.goto("/");
  await followFooterLink(page, "Impressum", "Impressum", KIDS, null);
  await page.getByRole("link", { name: NORD }).click();
  await expect(page.getByTestId("legal-operator")).toHaveText(`Betrieben von ${NORD}`);
  await expectNoAxeViolations(page);
  await page.goto("/gebaerdensprache?betreiber=it-verbund-nordthueringen");
  await expect(page.getByTestId("no-sign-language-video")).toHaveText(
    "Ein Video in Deutscher Gebärdensprache gibt es für dieses Portal noch nicht.",
  );
  await expectNoAxeViolations(page);
});
