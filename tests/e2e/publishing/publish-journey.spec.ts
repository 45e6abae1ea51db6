import { expect, test, type Browser, type Page } from "@playwright/test";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { formsCheckPointers } from "../../integration/publishing/forms-check-output";
import { expectNoAxeViolations } from "../support/a11y";
import {
  choose,
  citizenAnswers,
  definitionText,
  fillInputs,
  heading,
  serviceId,
  shownPointers,
  signInAsClerk,
  signInAsEditor,
  uploadDefinition,
} from "./editor-helpers";

/**
 * The county editor's journey: the Landratsamt Sömmerda publishes "Anzeige einer öffentlichen
 * Veranstaltung" and offers it in the VG Straußfurt only; a citizen of Haßleben files it, a
 * citizen of Sömmerda does not see it, the VG Straußfurt clerk receives the case. Version 2
 * adds a required question while a citizen's version-1 draft is open: that citizen finishes
 * on version 1. Runs with and without JavaScript (one service per project).
 */
// Serial: later journeys use what the first one published. Long journeys get two minutes.
test.describe.configure({ mode: "serial", timeout: 120_000 });

const TITLE = "Anzeige einer öffentlichen Veranstaltung";
const FIXTURES = "tests/fixtures/forms-check";

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

/** From Haßleben's page through the start page into the first step of the form. */
async function startInHassleben(page: Page): Promise<void> {
  await page.goto("/hassleben");
  // Both browser projects publish the same form under their own id: pick this project's link.
  await page.locator(`a[href="/hassleben/${serviceId()}"]`).click();
  await expect(heading(page)).toHaveText(TITLE);
  await page.getByRole("button", { name: "Antrag beginnen" }).click();
  await expect(heading(page)).toHaveText("Veranstalterin oder Veranstalter");
}

async function next(page: Page, expectedHeading: string): Promise<void> {
  await page.getByRole("button", { name: "Weiter", exact: true }).click();
  await expect(heading(page)).toHaveText(expectedHeading);
}

async function submit(page: Page): Promise<string> {
  await page.getByLabel("Ich bestätige diese Erklärung.").check();
  await page.getByRole("button", { name: "Antrag verbindlich absenden" }).click();
  await expect(heading(page)).toHaveText("Antrag eingegangen");
  return (await page.getByTestId("vorgangsnummer").textContent())!.trim();
}

let caseNumber = "";

test("broken definitions are refused in the editor with the pointers of npm run forms:check", async ({ page }) => {
  const files = readdirSync(FIXTURES)
    .filter((name) => name.endsWith(".json"))
    .sort()
    .map((name) => join(FIXTURES, name));
  const expected = await formsCheckPointers(files);
  await signInAsEditor(page);
  await page.getByRole("link", { name: "Neue Leistung", exact: true }).click();
  await expect(heading(page)).toHaveText("Neue Leistung anlegen");
  await expectNoAxeViolations(page);
  for (const file of files) {
    const text = readFileSync(file, "utf8");
    await uploadDefinition(page, file.split("/").pop()!, text, "Nur prüfen, nicht speichern");
    // The checked text comes back into the text area: then the list below belongs to this file. Without
    // JavaScript the new page may still be arriving when the text area is there: the list is polled.
    await expect(page.getByLabel("Formulardefinition (JSON)")).toHaveValue(text.replace(/\r\n/g, "\n"));
    await expect(page.getByText("Die Formulardefinition enthält Fehler. Gespeichert wurde nichts.")).toBeVisible();
    await expect.poll(() => shownPointers(page), { message: file }).toEqual(expected.get(file));
  }
  // The list shows line and column and links to the line in the numbered text.
  await expect(page.getByRole("link", { name: /^Zeile \d+, Spalte \d+$/ }).first()).toBeVisible();
  await expect(page.getByRole("region", { name: "Formulardefinition mit Zeilennummern" })).toBeVisible();
  await expectNoAxeViolations(page);
});

test("an editor of Landkreis Sömmerda publishes a new service and offers it in the VG Straußfurt only", async ({ page }) => {
  const id = serviceId();
  await signInAsEditor(page);
  await expectNoAxeViolations(page);
  await page.getByRole("link", { name: "Neue Leistung", exact: true }).click();

  // Saved with a problem first: kept as a draft, not publishable.
  const broken = definitionText(1).replace('"minimum": 1000', '"minimum": "tausend"');
  await uploadDefinition(page, "entwurf.json", broken, "Als Entwurf speichern");
  await expect(heading(page)).toHaveText("Entwurf der Version 1");
  await expect(page.getByText("Er enthält noch Fehler")).toBeVisible();
  await expect.poll(() => shownPointers(page)).toEqual(["/steps/2/when/properties/veranstaltung/properties/besucher/minimum"]);
  await expect(page.getByRole("button", { name: "Version 1 veröffentlichen" })).toHaveCount(0);
  await expectNoAxeViolations(page);

  await uploadDefinition(page, "veranstaltung.json", definitionText(1), "Entwurf speichern");
  await expect(page.getByText("Der Entwurf wurde gespeichert. Er ist fehlerfrei")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Prüfergebnis: keine Fehler" })).toBeVisible();
  await expectNoAxeViolations(page);

  // The preview is the citizen wizard itself; nothing entered there is stored.
  await page.getByRole("link", { name: "Vorschau wie für Bürgerinnen und Bürger" }).click();
  await expect(heading(page)).toHaveText(TITLE);
  await expect(page.getByRole("note", { name: "Vorschau" })).toContainText("Version 1 (Entwurf)");
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Antrag beginnen" }).click();
  await expect(heading(page)).toHaveText("Veranstalterin oder Veranstalter");
  await page.getByRole("button", { name: "Weiter", exact: true }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Bitte geben Sie „Vorname(n)“ an." })).toBeVisible();
  await fillInputs(page, citizenAnswers.veranstalter);
  await next(page, "Die Veranstaltung");
  await expectNoAxeViolations(page);
  await fillInputs(page, { ...citizenAnswers.veranstaltung, "/veranstaltung/besucher": "2000" });
  await choose(page, "/veranstaltung/art", "fest");
  await choose(page, "/veranstaltung/ausschank", "nein");
  await next(page, "Sicherheit");
  await fillInputs(page, { "/sicherheit/ordner": "25" });
  await choose(page, "/sicherheit/sanitaetsdienst", "ja");
  await next(page, "Angaben prüfen");
  await expectNoAxeViolations(page);
  await page.getByLabel("Ich bestätige diese Erklärung.").check();
  await page.getByRole("button", { name: "Antrag verbindlich absenden" }).click();
  await expect(page.getByText("In der Vorschau wird nichts eingereicht")).toBeVisible();
  await page.getByRole("button", { name: "Vorschau beenden und Testeingaben verwerfen" }).click();
  await expect(heading(page)).toHaveText(TITLE);

  await page.getByRole("link", { name: "Entwurf der Version 1 bearbeiten" }).click();
  await page.getByRole("button", { name: "Version 1 veröffentlichen" }).click();
  await expect(page.getByText("Version 1 ist veröffentlicht.")).toBeVisible();
  await expect(page.getByRole("region", { name: "Versionen der Leistung" })).toContainText("veröffentlicht (aktuell)");
  await expectNoAxeViolations(page);

  await page.getByRole("link", { name: "Angebot und Zuständigkeit" }).click();
  await expect(heading(page)).toHaveText("Angebot und Zuständigkeit");
  await expectNoAxeViolations(page);
  await page.getByRole("group", { name: "Verwaltungsgemeinschaft Straußfurt" }).getByLabel("Alle 7 Mitgliedsgemeinden").check();
  await page.getByRole("button", { name: "Auswahl speichern" }).click();
  await expect(page.getByText("Das Angebot wurde gespeichert.")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Anbietende Gemeinden (7 von 37)" })).toBeVisible();
  await expect(page.getByRole("group", { name: "Verwaltungsgemeinschaft Straußfurt" }).getByLabel("Haßleben")).toBeChecked();
  await expect(page.getByRole("group", { name: "Stadt Sömmerda" }).getByLabel("Sömmerda")).not.toBeChecked();
  await expectNoAxeViolations(page);

  await page.goto("/redaktion");
  const row = page.getByRole("row").filter({ hasText: id });
  await expect(row).toContainText("7 von 37");
  await expect(row).toContainText("veröffentlicht");
  await page.goto(`/redaktion/leistungen/${id}/vergleich`);
  await expect(page.getByText("Version 1 ist die erste Version dieser Leistung")).toBeVisible();
  await expectNoAxeViolations(page);
  await page.goto("/redaktion/schluessel");
  await expect(heading(page)).toHaveText("API-Schlüssel der Redaktion");
  await expectNoAxeViolations(page);
});

test("a citizen of Haßleben files it, a citizen of Sömmerda does not see it, the VG Straußfurt clerk receives it", async ({
  page,
  browser,
}) => {
  await page.goto("/soemmerda");
  await expect(page.getByRole("heading", { level: 1, name: "Sömmerda" })).toBeVisible();
  await expect(page.getByRole("link", { name: TITLE })).toHaveCount(0);
  expect((await page.goto(`/soemmerda/${serviceId()}`))?.status()).toBe(404);

  await startInHassleben(page);
  await fillInputs(page, citizenAnswers.veranstalter);
  await next(page, "Die Veranstaltung");
  await expect(page.getByText("Wird Musik über Lautsprecher gespielt?")).toHaveCount(0);
  await fillInputs(page, citizenAnswers.veranstaltung);
  await choose(page, "/veranstaltung/art", "fest");
  await choose(page, "/veranstaltung/ausschank", "ja");
  await next(page, "Angaben prüfen");
  caseNumber = await submit(page);
  expect(caseNumber).toMatch(/^VGSTF-\d{4}-\d{6}$/);

  const clerk = await newPage(browser);
  await signInAsClerk(clerk, "sb.vgstf");
  const row = clerk.getByRole("row").filter({ hasText: caseNumber });
  await expect(row).toContainText(TITLE);
  await expect(row).toContainText("Haßleben");
  await row.getByRole("link", { name: caseNumber }).click();
  await expect(clerk.getByRole("heading", { level: 1, name: `Vorgang ${caseNumber}` })).toBeVisible();
  await expect(clerk.getByText("Dorffest Haßleben")).toBeVisible();
  await clerk.context().close();
});

test("version 2 adds a required question while a citizen's version-1 draft is open; that citizen finishes on version 1", async ({
  page,
  browser,
}) => {
  const id = serviceId();
  // The citizen starts on version 1 and reaches the second page (the draft is stored, pinned to version 1).
  const citizen = await newPage(browser);
  await startInHassleben(citizen);
  await fillInputs(citizen, { ...citizenAnswers.veranstalter, "/veranstalter/name/vorname": "Max" });
  await next(citizen, "Die Veranstaltung");

  // Meanwhile the editor publishes version 2.
  await signInAsEditor(page);
  await page.goto(`/redaktion/leistungen/${id}`);
  await page.getByRole("link", { name: "Neue Version anlegen" }).click();
  await expect(heading(page)).toHaveText("Neue Version 2 anlegen");
  await expect(page.getByLabel("Formulardefinition (JSON)")).toHaveValue(/"version": 2/);
  await expectNoAxeViolations(page);
  await uploadDefinition(page, "veranstaltung-v2.json", definitionText(2), "Entwurf speichern");
  await expect(page.getByRole("heading", { name: "Prüfergebnis: keine Fehler" })).toBeVisible();
  await page.getByRole("link", { name: "Änderungen gegenüber Version 1" }).click();
  await expect(heading(page)).toHaveText("Änderungen von Version 1 zu Version 2");
  await expect(page.getByRole("listitem").filter({ hasText: "/veranstaltung/musik" })).toContainText(
    "Neu: Wird Musik über Lautsprecher gespielt? – Eine Antwort aus mehreren (Optionsfelder), Pflichtangabe – im Schritt",
  );
  await expectNoAxeViolations(page);
  await page.goto(`/redaktion/leistungen/${id}/entwurf`);
  await page.getByRole("button", { name: "Version 2 veröffentlichen" }).click();
  await expect(page.getByText("Version 2 ist veröffentlicht.")).toBeVisible();

  // The citizen goes on with version 1: no question about music, and the application goes through.
  await citizen.reload();
  await expect(citizen.getByRole("heading", { level: 1 })).toHaveText("Die Veranstaltung");
  await expect(citizen.getByText("Wird Musik über Lautsprecher gespielt?")).toHaveCount(0);
  await fillInputs(citizen, citizenAnswers.veranstaltung);
  await choose(citizen, "/veranstaltung/art", "konzert");
  await choose(citizen, "/veranstaltung/ausschank", "nein");
  await next(citizen, "Angaben prüfen");
  const secondCase = await submit(citizen);
  await citizen.context().close();

  // A new application gets version 2 and its new required question.
  const newcomer = await newPage(browser);
  await startInHassleben(newcomer);
  await fillInputs(newcomer, citizenAnswers.veranstalter);
  await next(newcomer, "Die Veranstaltung");
  await expect(newcomer.getByRole("group", { name: "Wird Musik über Lautsprecher gespielt?" })).toBeVisible();
  await newcomer.context().close();

  await page.goto(`/redaktion/leistungen/${id}`);
  const versions = page.getByRole("region", { name: "Versionen der Leistung" });
  // Columns: version, title, status, published, cases, action. Both cases were filed on version 1.
  await expect(versions.getByRole("row").filter({ hasText: "veröffentlicht (abgelöst)" }).getByRole("cell").nth(4)).toHaveText("2");
  await expect(versions.getByRole("row").filter({ hasText: "veröffentlicht (aktuell)" }).getByRole("cell").nth(4)).toHaveText("0");
  expect(secondCase).not.toBe(caseNumber);
  await expectNoAxeViolations(page);
});
