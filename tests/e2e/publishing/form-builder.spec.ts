import { expect, test, type Browser, type Page } from "@playwright/test";
import { sampleFile } from "../../support/payloads";
import { expectNoAxeViolations } from "../support/a11y";
import { heading, signInAsClerk, signInAsEditor } from "./editor-helpers";
import { activate, chooseOption, toggle, typeInto } from "./keyboard";

/**
 * An editor of Landratsamt Sömmerda builds a three-page service in the builder without typing
 * JSON — a repeating group, a question shown only for one radio answer, a select, a required
 * upload, a page shown only for one answer — previews each page, publishes it for the VG
 * Straußfurt; citizens of Haßleben file it with and without JavaScript; the clerk sees exactly
 * the answers that applied. Keyboard only.
 */
test.describe.configure({ mode: "serial", timeout: 600_000 });

const TITLE = "Anmeldung eines Marktstandes";
const RUN = Date.now().toString(36);
const withJavaScript = () => test.info().project.use.javaScriptEnabled !== false;
const serviceId = () => `marktstand-${RUN}`;

async function citizenPage(browser: Browser, javaScriptEnabled: boolean): Promise<Page> {
  const context = await browser.newContext({ javaScriptEnabled, locale: "de-DE", baseURL: test.info().project.use.baseURL });
  return context.newPage();
}

test("without JavaScript the builder says so and offers the JSON editor", async ({ page }) => {
  test.skip(withJavaScript(), "the page without JavaScript");
  await signInAsEditor(page);
  await page.goto("/redaktion/neu/baukasten");
  await expect(heading(page)).toHaveText("Neue Leistung im Baukasten");
  await expect(page.getByText("Der Baukasten braucht JavaScript.")).toBeVisible();
  await expectNoAxeViolations(page);
  await activate(page, page.getByRole("link", { name: "Zum JSON-Editor" }));
  await expect(heading(page)).toHaveText("Neue Leistung anlegen");
});

test("an editor builds, previews and publishes a three-page service; citizens file it; the clerk sees what applied", async ({
  page,
  browser,
}) => {
  test.skip(!withJavaScript(), "the builder needs JavaScript; the citizens file with and without it below");
  // A whole afternoon in one story: every keystroke of the editor, two citizens and a clerk.
  test.slow();
  const id = serviceId();
  await signInAsEditor(page);
  await activate(page, page.getByRole("link", { name: "Neue Leistung im Baukasten anlegen" }));
  await expect(heading(page)).toHaveText("Neue Leistung im Baukasten");
  const status = page.locator(".builder-status");
  await expect(status).toContainText("Keine Probleme gefunden.");
  await expectNoAxeViolations(page);

  // Service facts.
  await typeInto(page, page.locator("#kennung"), id);
  await typeInto(page, page.locator("#titel-de"), TITLE);
  await typeInto(page, page.locator("#titel-en"), "Registration of a market stall");
  await typeInto(page, page.locator("#beschreibung-de"), "Melden Sie Ihren Stand auf dem Wochenmarkt an.");
  await typeInto(page, page.locator("#gebuehren-de"), "25 Euro je Markttag.");
  await typeInto(page, page.locator("#leika"), "99123");
  await expect(page.getByText("Der LeiKa-Schlüssel hat 14 Ziffern")).toBeVisible();
  await typeInto(page, page.locator("#leika"), "99108004000000");
  await expect(page.getByText("Der LeiKa-Schlüssel hat 14 Ziffern")).toHaveCount(0);

  // Page 1: the blank start asks name and address (7 questions); a radio question follows.
  await chooseOption(page, page.locator("#seite-0-neu-art"), "Eine Antwort aus mehreren (Optionsfelder)");
  await typeInto(page, page.locator("#seite-0-neu-frage"), "Art des Standes");
  await page.keyboard.press("Enter");
  await expect(page.locator("#frage-0-7-bearbeiten")).toBeFocused();
  await expect(page.getByRole("status").filter({ hasText: "Frage „Art des Standes“ hinzugefügt." })).toBeAttached();
  await page.keyboard.press("Enter");
  await typeInto(page, page.locator("#frage-0-7-antwort-0-de"), "Privat");
  await typeInto(page, page.locator("#frage-0-7-antwort-1-de"), "Gewerblich");
  await expect(page.locator("#frage-0-7-antwort-1-wert")).toHaveValue("gewerblich");
  await toggle(page, page.locator("#frage-0-7-pflicht"));

  // A question shown only for "Gewerblich".
  await chooseOption(page, page.locator("#seite-0-neu-art"), "Kurzer Text");
  await typeInto(page, page.locator("#seite-0-neu-frage"), "Name der Firma");
  await page.keyboard.press("Enter");
  await expect(page.locator("#frage-0-8-bearbeiten")).toBeFocused();
  await page.keyboard.press("Enter");
  await toggle(page, page.locator("#frage-0-8-pflicht"));
  await activate(page, page.locator("#frage-0-8-bedingung-neu"));
  await expect(page.locator("#frage-0-8-bedingung-0-frage")).toBeFocused();
  await chooseOption(page, page.locator("#frage-0-8-bedingung-0-frage"), "Art des Standes");
  await chooseOption(page, page.locator("#frage-0-8-bedingung-0-wert"), "Gewerblich");
  await expect(page.locator("#frage-0-8-bedingung-worte")).toHaveText("Nur wenn Sie bei ‚Art des Standes‘ ‚Gewerblich‘ gewählt haben.");
  // Moving by buttons keeps focus on the moved question's button.
  await activate(page, page.locator("#frage-0-8-hoch"));
  await expect(page.locator("#frage-0-7-hoch")).toBeFocused();
  await expect(page.locator("#frage-0-7")).toContainText("Name der Firma");
  await activate(page, page.locator("#frage-0-7-runter"));
  await expect(page.locator("#frage-0-8")).toContainText("Name der Firma");
  await expect(status).toContainText("Keine Probleme gefunden.");

  // Page 2: a repeating group with its own question, and a select.
  await typeInto(page, page.locator("#neue-seite-titel"), "Helferinnen und Helfer");
  await page.keyboard.press("Enter");
  await expect(page.locator("#seite-1-titel")).toBeFocused();
  await expect(status).toContainText("Problem");
  await expect(page.locator(".builder-page").nth(1)).toContainText("Diese Seite hat noch keine Fragen");
  await chooseOption(page, page.locator("#seite-1-neu-art"), "Wiederholbare Gruppe");
  await typeInto(page, page.locator("#seite-1-neu-frage"), "Helfer");
  await page.keyboard.press("Enter");
  await expect(page.locator("#frage-1-0-bearbeiten")).toBeFocused();
  await page.keyboard.press("Enter");
  await typeInto(page, page.locator("#frage-1-0-eintrag-de"), "Helferin oder Helfer");
  await typeInto(page, page.locator("#frage-1-0-neu-frage"), "Name der Helferin oder des Helfers");
  await page.keyboard.press("Enter");
  await expect(page.locator("#frage-1-0-0-bearbeiten")).toBeFocused();
  await page.keyboard.press("Enter");
  await toggle(page, page.locator("#frage-1-0-0-pflicht"));
  await chooseOption(page, page.locator("#seite-1-neu-art"), "Auswahlliste");
  await typeInto(page, page.locator("#seite-1-neu-frage"), "Länge des Standes");
  await page.keyboard.press("Enter");
  await expect(page.locator("#frage-1-1-bearbeiten")).toBeFocused();
  await page.keyboard.press("Enter");
  await typeInto(page, page.locator("#frage-1-1-antwort-0-de"), "Bis 3 Meter");
  await typeInto(page, page.locator("#frage-1-1-antwort-1-de"), "3 bis 6 Meter");
  await activate(page, page.locator("#frage-1-1-antwort-neu"));
  await expect(page.locator("#frage-1-1-antwort-2-de")).toBeFocused();
  await typeInto(page, page.locator("#frage-1-1-antwort-2-de"), "Über 6 Meter");
  await toggle(page, page.locator("#frage-1-1-pflicht"));
  await expect(status).toContainText("Keine Probleme gefunden.");
  await expectNoAxeViolations(page);

  // Page 3: a required upload, the page shown only for "Gewerblich".
  await typeInto(page, page.locator("#neue-seite-titel"), "Nachweise");
  await page.keyboard.press("Enter");
  await chooseOption(page, page.locator("#seite-2-neu-art"), "Datei-Upload");
  await typeInto(page, page.locator("#seite-2-neu-frage"), "Gewerbeanmeldung");
  await page.keyboard.press("Enter");
  await page.keyboard.press("Enter");
  await toggle(page, page.locator("#frage-2-0-pflicht"));
  await activate(page, page.locator("#seite-2-bedingung-neu"));
  await chooseOption(page, page.locator("#seite-2-bedingung-0-frage"), "Art des Standes");
  await chooseOption(page, page.locator("#seite-2-bedingung-0-wert"), "Gewerblich");
  await expect(page.locator("#seite-2-bedingung-worte")).toHaveText("Nur wenn Sie bei ‚Art des Standes‘ ‚Gewerblich‘ gewählt haben.");
  await expect(status).toContainText("Keine Probleme gefunden.");
  await expectNoAxeViolations(page);

  await activate(page, page.getByRole("button", { name: "Als Entwurf speichern" }));
  await expect(heading(page)).toHaveText("Baukasten: Entwurf der Version 1");
  await expect(page.getByText("Der Entwurf wurde gespeichert. Er ist fehlerfrei")).toBeVisible();
  await expect(page.locator(".builder-status")).toContainText("Keine Probleme gefunden.");
  await expectNoAxeViolations(page);

  // Every page in the real wizard, one click from the builder.
  for (const [index, title] of ["Angaben zur Person", "Helferinnen und Helfer", "Nachweise"].entries()) {
    await activate(page, page.locator(`#seite-${index}-vorschau`));
    await expect(page.getByRole("note", { name: "Vorschau" })).toContainText("Version 1 (Entwurf)");
    await expect(heading(page)).toHaveText(title);
    await page.goBack();
    await expect(heading(page)).toHaveText("Baukasten: Entwurf der Version 1");
  }

  await activate(page, page.getByRole("button", { name: "Version 1 veröffentlichen" }));
  await expect(page.getByText("Version 1 ist veröffentlicht.")).toBeVisible();
  await activate(page, page.getByRole("link", { name: "Angebot und Zuständigkeit" }));
  await toggle(page, page.getByRole("group", { name: "Verwaltungsgemeinschaft Straußfurt" }).getByLabel("Alle 7 Mitgliedsgemeinden"));
  await activate(page, page.getByRole("button", { name: "Auswahl speichern" }));
  await expect(page.getByText("Das Angebot wurde gespeichert.")).toBeVisible();

  // A citizen with JavaScript: a commercial stall, so the firm's name and the upload apply.
  const commercial = await citizenPage(browser, true);
  await commercial.goto(`/hassleben/${id}`);
  await activate(commercial, commercial.getByRole("button", { name: "Antrag beginnen" }));
  await fillPerson(commercial);
  await expect(commercial.getByLabel("Name der Firma")).toBeHidden();
  await toggle(commercial, commercial.locator('[name="/artDesStandes"][value="gewerblich"]'));
  await expect(commercial.getByLabel("Name der Firma")).toBeVisible();
  await typeInto(commercial, commercial.getByLabel("Name der Firma"), "Gemüse Mustermann GmbH");
  await next(commercial, "Helferinnen und Helfer");
  await typeInto(commercial, commercial.locator('input[name^="/helfer/0/"]'), "Max Beispiel");
  await chooseOption(commercial, commercial.getByLabel("Länge des Standes"), "3 bis 6 Meter");
  await next(commercial, "Nachweise");
  await commercial
    .locator('input[type="file"][name="/gewerbeanmeldung"]')
    .setInputFiles({ name: "gewerbeanmeldung.pdf", mimeType: "application/pdf", buffer: Buffer.from(sampleFile("application/pdf")) });
  await next(commercial, /Angaben prüfen/);
  const commercialCase = await submit(commercial);

  // A citizen without JavaScript: a private stall. The firm's name shows with its condition in
  // words and is typed anyway — the server drops it; the upload page is skipped.
  const privat = await citizenPage(browser, false);
  await privat.goto(`/hassleben/${id}`);
  await activate(privat, privat.getByRole("button", { name: "Antrag beginnen" }));
  await fillPerson(privat);
  await expect(privat.getByText("Nur wenn Sie ‚Gewerblich‘ gewählt haben")).toBeVisible();
  await toggle(privat, privat.locator('[name="/artDesStandes"][value="privat"]'));
  await typeInto(privat, privat.getByLabel("Name der Firma"), "Sollte nicht ankommen GmbH");
  await next(privat, "Helferinnen und Helfer");
  await typeInto(privat, privat.locator('input[name^="/helfer/0/"]'), "Moritz Beispiel");
  await chooseOption(privat, privat.getByLabel("Länge des Standes"), "Bis 3 Meter");
  await next(privat, /Angaben prüfen/);
  await expect(privat.getByText("Sollte nicht ankommen GmbH")).toHaveCount(0);
  const privateCase = await submit(privat);

  const clerk = await citizenPage(browser, true);
  await signInAsClerk(clerk, "sb.vgstf");
  await clerk.goto(`/verwaltung/vorgaenge/${commercialCase}`);
  await expect(clerk.getByText("Gemüse Mustermann GmbH")).toBeVisible();
  await expect(clerk.getByRole("link", { name: "gewerbeanmeldung.pdf" })).toBeVisible();
  await expect(clerk.getByText("Max Beispiel")).toBeVisible();
  await clerk.goto(`/verwaltung/vorgaenge/${privateCase}`);
  await expect(clerk.getByText("Moritz Beispiel")).toBeVisible();
  await expect(clerk.getByText("Bis 3 Meter")).toBeVisible();
  await expect(clerk.getByText("Sollte nicht ankommen GmbH")).toHaveCount(0);
  await expect(clerk.getByText("Name der Firma")).toHaveCount(0);
  await expect(clerk.getByText("Gewerbeanmeldung")).toHaveCount(0);
});

async function fillPerson(page: Page): Promise<void> {
  await expect(heading(page)).toHaveText("Angaben zur Person");
  const answers: Record<string, string> = {
    "/name/vorname": "Erika",
    "/name/nachname": "Mustermann",
    "/anschrift/strasse": "Hauptstraße",
    "/anschrift/hausnummer": "3",
    "/anschrift/plz": "99189",
    "/anschrift/ort": "Haßleben",
  };
  for (const [name, value] of Object.entries(answers)) await typeInto(page, page.locator(`[name="${name}"]`), value);
}

async function next(page: Page, expected: string | RegExp): Promise<void> {
  await activate(page, page.getByRole("button", { name: "Weiter", exact: true }));
  await expect(heading(page)).toHaveText(expected);
}

async function submit(page: Page): Promise<string> {
  await toggle(page, page.getByLabel("Ich bestätige diese Erklärung."));
  await activate(page, page.getByRole("button", { name: "Antrag verbindlich absenden" }));
  await expect(heading(page)).toHaveText("Antrag eingegangen");
  return (await page.getByTestId("vorgangsnummer").textContent())!.trim();
}
