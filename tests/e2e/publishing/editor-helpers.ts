/** The editor's and the citizen's moves in the publishing journeys. */
import { readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";

export const heading = (page: Page) => page.getByRole("heading", { level: 1 });

/** Set once per test process: a PostgreSQL database may keep services from earlier runs. */
const RUN = Date.now().toString(36);

/** One service per browser project and run: both projects use the same server and database. */
export function serviceId(): string {
  return `veranstaltung-${test.info().project.use.javaScriptEnabled === false ? "ohne-js" : "mit-js"}-${RUN}`;
}

/** The fixture definition of version 1 or 2, under this project's service id. */
export function definitionText(version: 1 | 2): string {
  const definition = JSON.parse(readFileSync(`tests/fixtures/publishing/veranstaltung-anzeige.v${version}.json`, "utf8")) as Record<
    string,
    unknown
  >;
  return `${JSON.stringify({ ...definition, id: serviceId() }, null, 2)}\n`;
}

/** Signs in on the staff login and opens the editorial area (editors start there, not in the inbox). */
export async function signInAsEditor(page: Page, username = "red.lrasoe"): Promise<void> {
  await page.goto("/redaktion");
  await expect(page).toHaveURL(/\/verwaltung\/anmelden\?weiter=%2Fredaktion$/);
  await page.getByLabel("Benutzername").fill(username);
  await page.getByLabel("Passwort").fill(`demo-${username}`);
  await page.getByRole("button", { name: "Anmelden" }).click();
  await page.waitForURL((url) => !url.pathname.startsWith("/verwaltung/anmelden"));
  await page.goto("/redaktion");
  await expect(heading(page)).toHaveText("Leistungen");
}

export async function signInAsClerk(page: Page, username: string): Promise<void> {
  await page.goto("/verwaltung/anmelden");
  await page.getByLabel("Benutzername").fill(username);
  await page.getByLabel("Passwort").fill(`demo-${username}`);
  await page.getByRole("button", { name: "Anmelden" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Posteingang" })).toBeVisible();
}

/** Puts a definition into the editor as an uploaded file and presses the given button. */
export async function uploadDefinition(
  page: Page,
  name: string,
  text: string,
  button: "Als Entwurf speichern" | "Entwurf speichern" | "Nur prüfen, nicht speichern",
): Promise<void> {
  await page
    .getByLabel("Oder eine Datei hochladen")
    .setInputFiles({ name, mimeType: "application/json", buffer: Buffer.from(text, "utf8") });
  await page.getByRole("button", { name: button }).click();
}

/** The pointers the problem list shows, in order. */
export async function shownPointers(page: Page): Promise<string[]> {
  return page.locator("li.problem").evaluateAll((items) => items.map((item) => item.getAttribute("data-pointer") ?? ""));
}

/** The citizen's answers to version 1, as form inputs per step. */
export const citizenAnswers = {
  veranstalter: {
    "/veranstalter/name/vorname": "Erika",
    "/veranstalter/name/nachname": "Mustermann",
    "/veranstalter/anschrift/strasse": "Hauptstraße",
    "/veranstalter/anschrift/hausnummer": "12",
    "/veranstalter/anschrift/plz": "99189",
    "/veranstalter/anschrift/ort": "Haßleben",
    "/veranstalter/kontakt/telefon": "036204 12345",
  },
  veranstaltung: {
    "/veranstaltung/titel": "Dorffest Haßleben",
    "/veranstaltung/datum/day": "12",
    "/veranstaltung/datum/month": "6",
    "/veranstaltung/datum/year": "2027",
    "/veranstaltung/beginn": "14:00",
    "/veranstaltung/ende": "23:00",
    "/veranstaltung/ort": "Festwiese am Sportplatz",
    "/veranstaltung/besucher": "300",
  },
};

export async function fillInputs(page: Page, values: Record<string, string>): Promise<void> {
  for (const [name, value] of Object.entries(values)) await page.locator(`[name="${name}"]`).fill(value);
}

export async function choose(page: Page, name: string, value: string): Promise<void> {
  await page.locator(`[name="${name}"][value="${value}"]`).check();
}
