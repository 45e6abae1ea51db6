/**
 * The wizard's pages beyond the happy path: the error pattern (summary, links, messages at the
 * fields, title), instant validation with JavaScript, uploads (type by content, size, remove
 * and replace, safe names), the English UI, and the status page. axe on every page shown.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { payloadFixture, sampleFile, withInlineFiles } from "../../support/payloads";
import { checkAccessibility } from "./support/a11y-once";
import { E2E_DIR } from "./support/e2e-dir";
import { fillStep } from "./support/fill-step";
import { formById, MUNICIPALITY, stepOf } from "./support/forms";
import { enhanced, expectStep, heading, next, startApplication, withJavaScript } from "./support/wizard";

const dogTax = formById("hundesteuer-anmeldung");
const answers = dogTax.journeys[0]!.answers;

async function toLiabilityStep(page: Page) {
  await startApplication(page, dogTax.definition);
  for (const stepId of ["halter", "hunde"]) {
    await expectStep(page, dogTax.definition, stepId);
    await fillStep(page, stepOf(dogTax.definition, stepId), answers[stepId]!);
    await next(page);
  }
  await expectStep(page, dogTax.definition, "haftpflicht");
}

test("errors: a focused summary linking to each field, messages at the fields, 'Fehler:' in the title", async ({ page }) => {
  await startApplication(page, dogTax.definition);
  // Inputs as wide as their answers: postcode and house number are short boxes, the street is not.
  const widthOf = async (name: string) => (await page.locator(`[name="${name}"]`).boundingBox())!.width;
  expect(await widthOf("/halter/anschrift/plz")).toBeLessThanOrEqual(120);
  expect(await widthOf("/halter/anschrift/hausnummer")).toBeLessThanOrEqual(192);
  expect(await widthOf("/halter/anschrift/strasse")).toBeGreaterThan(400);
  await enhanced(page);
  await page.locator('[name="/halter/anschrift/plz"]').fill("123");
  await next(page);
  const summary = page.getByRole("alert").filter({ hasText: "Es gibt ein Problem" });
  await expect(summary).toBeFocused();
  await expect(page).toHaveTitle(/^Fehler: Angaben zur Hundehalterin/);
  const plzLink = summary.getByRole("link", { name: /Postleitzahl/ });
  await expect(plzLink).toHaveAttribute("href", "#feld-halter-anschrift-plz");
  const plz = page.locator("#feld-halter-anschrift-plz");
  await expect(plz).toHaveAttribute("aria-invalid", "true");
  const describedBy = (await plz.getAttribute("aria-describedby"))!.split(" ");
  const message = page.locator(`#${describedBy.at(-1)}`);
  await expect(message).toContainText("Postleitzahl");
  // The date's message is linked to its first input (the day).
  await expect(summary.getByRole("link", { name: /Geburtsdatum/ })).toHaveAttribute("href", "#feld-halter-geburtsdatum");
  await plzLink.click();
  if (withJavaScript()) await expect(plz).toBeFocused();
  else await expect(page).toHaveURL(/#feld-halter-anschrift-plz$/);
  await checkAccessibility(page);
});

test("with JavaScript the step is checked in the browser: no request for a refused step, messages on leaving a field", async ({ page }) => {
  test.skip(!withJavaScript(), "instant validation needs JavaScript");
  await startApplication(page, dogTax.definition);
  await enhanced(page);
  const posts: string[] = [];
  page.on("request", (request) => {
    if (request.method() === "POST") posts.push(request.url());
  });
  await next(page);
  await expect(page.getByRole("alert").filter({ hasText: "Es gibt ein Problem" })).toBeFocused();
  expect(posts).toEqual([]);

  const plz = page.locator('[name="/halter/anschrift/plz"]');
  await plz.fill("99 1");
  await plz.press("Tab");
  await expect(page.locator("#feld-halter-anschrift-plz-fehler")).toContainText("Postleitzahl");
  await plz.fill("99189");
  await plz.press("Tab");
  await expect(page.locator("#feld-halter-anschrift-plz-fehler")).toHaveCount(0);
  await expect(plz).not.toHaveAttribute("aria-invalid", "true");
  expect(posts).toEqual([]);
  await checkAccessibility(page);
});

test("uploads: a program renamed to .pdf is refused by its content; names are shown safely; remove and replace", async ({ page }) => {
  await toLiabilityStep(page);
  const input = page.locator('input[type="file"][name="/haftpflicht/nachweis"]');
  const program = Buffer.from([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0xff, 0xff, 0x00, 0x00]);
  await fillStep(page, stepOf(dogTax.definition, "haftpflicht"), {
    haftpflicht: { versicherer: "Thüringer Tierhalter Versicherung AG", versicherungsnummer: "TH-1" },
  });
  await input.setInputFiles({ name: "setup.pdf", mimeType: "application/pdf", buffer: program });
  await next(page);
  await expect(page.getByRole("alert").filter({ hasText: "Es gibt ein Problem" })).toBeFocused();
  await expect(page.locator("#feld-haftpflicht-nachweis-fehler")).toContainText("Die Datei „setup.pdf“ hat keinen erlaubten Dateityp");
  await checkAccessibility(page);

  // A name with a path and a right-to-left override is shown without them.
  await input.setInputFiles({ name: "scan\u202Efdp.pdf", mimeType: "application/pdf", buffer: Buffer.from(sampleFile("application/pdf")) });
  await page.getByRole("button", { name: "Speichern und später fortsetzen" }).click();
  await expect(heading(page)).toHaveText("Speichern und später fortsetzen");
  await page.getByRole("link", { name: "Zurück zum Antrag" }).click();
  await expectStep(page, dogTax.definition, "haftpflicht");
  await expect(page.locator(".file-list__name")).toHaveText(/^scanfdp\.pdf \(/);
  await checkAccessibility(page);

  await page.getByRole("button", { name: /^Entfernen scanfdp\.pdf/ }).click();
  await expect(page.locator(".file-list__name")).toHaveCount(0);
  await input.setInputFiles({ name: "bestaetigung.pdf", mimeType: "application/pdf", buffer: Buffer.from(sampleFile("application/pdf")) });
  await next(page);
  await expectStep(page, dogTax.definition, "steuerverguenstigung");
  await page.getByRole("link", { name: "Zurück", exact: true }).click();
  await expect(page.locator(".file-list__name")).toHaveText(/^bestaetigung\.pdf \(/);
});

test("a 100 MB file gets a clear answer: in the browser before upload, without JavaScript from the server", async ({ page }) => {
  await toLiabilityStep(page);
  mkdirSync(E2E_DIR, { recursive: true });
  const path = `${E2E_DIR}/hundert-mb.pdf`;
  execFileSync("truncate", ["-s", "100M", path]);
  await page.locator('input[type="file"][name="/haftpflicht/nachweis"]').setInputFiles(path);
  if (withJavaScript()) {
    await expect(page.locator("#feld-haftpflicht-nachweis-fehler")).toContainText("ist zu groß. Erlaubt sind höchstens 10 MB.");
    await next(page);
    await expect(page.getByRole("alert").filter({ hasText: "Es gibt ein Problem" })).toBeFocused();
    await checkAccessibility(page);
  } else {
    await next(page);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Anfrage zu groß");
    await expect(page.getByText("Die Anfrage ist zu groß. Erlaubt sind höchstens 25 MB.")).toBeVisible();
    await page.goBack();
    await expectStep(page, dogTax.definition, "haftpflicht");
  }
});

test("English: a switch on every page, lang on <html>, form texts from the definition", async ({ page }) => {
  await page.goto(`/${MUNICIPALITY}/${dogTax.definition.id}`);
  await page.getByRole("link", { name: "English" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(heading(page)).toHaveText(dogTax.definition.title.en!);
  await expect(page.getByRole("heading", { name: "What you need" })).toBeVisible();
  await checkAccessibility(page);
  await page.getByRole("button", { name: "Start application" }).click();
  await expect(heading(page)).toHaveText("Dog owner");
  await expect(page.locator("#fortschritt-text")).toHaveText(/^Step 1 of \d+$/);
  await page.getByRole("button", { name: "Continue", exact: true }).click();
  await expect(page).toHaveTitle(/^Error: Dog owner/);
  await expect(page.getByRole("alert").filter({ hasText: "There is a problem" })).toBeVisible();
  await checkAccessibility(page);
  await page.getByRole("link", { name: "Deutsch" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "de");
  await expect(heading(page)).toHaveText("Angaben zur Hundehalterin oder zum Hundehalter");

  // The municipality's catalogue, in English, with the services' English titles.
  await page.goto(`/${MUNICIPALITY}?lang=en`);
  await expect(page.getByRole("heading", { name: "Online services" })).toBeVisible();
  await expect(page.getByRole("link", { name: dogTax.definition.title.en! })).toBeVisible();
  await checkAccessibility(page);
  await page.goto("/?lang=de");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Verwaltung online erledigen");
});

test("status: case number and access code show status, service, responsible authority, history and the receipt; a wrong code gets the same answer as an unknown case", async ({
  page,
  request,
}) => {
  const { data, attachments } = withInlineFiles(payloadFixture("hundesteuer-anmeldung").valid[0]!);
  const response = await request.post("/api/v1/submissions", {
    data: {
      service: "hundesteuer-anmeldung",
      municipality: "16068042",
      data,
      attachments,
      idempotencyKey: `e2e-status-${test.info().project.name}-${Date.now()}`,
    },
  });
  expect(response.status()).toBe(201);
  const submitted = (await response.json()) as { caseNumber: string; accessCode: string };

  await page.goto("/status");
  await checkAccessibility(page);
  await page.getByLabel("Vorgangsnummer").fill(submitted.caseNumber);
  await page.getByLabel("Zugangscode").fill("AAAA-BBBB-CCCC-DDDD");
  await page.getByRole("button", { name: "Stand abrufen" }).click();
  await expect(page).toHaveTitle(/^Fehler: /);
  await expect(
    page.getByRole("link", { name: "Vorgangsnummer oder Zugangscode stimmen nicht. Bitte prüfen Sie Ihre Eingabe." }),
  ).toBeVisible();
  expect(page.url()).not.toContain("AAAA");
  await checkAccessibility(page);

  await page.getByLabel("Vorgangsnummer").fill(submitted.caseNumber);
  await page.getByLabel("Zugangscode").fill(submitted.accessCode);
  await page.getByRole("button", { name: "Stand abrufen" }).click();
  await expect(page.getByRole("heading", { name: `Vorgang ${submitted.caseNumber}` })).toBeVisible();
  await expect(page.getByTestId("status")).toHaveText("Eingegangen");
  await expect(page.getByTestId("leistung")).toHaveText("Hundesteuer – Anmeldung eines Hundes");
  await expect(page.getByTestId("behoerde")).toContainText("Verwaltungsgemeinschaft Kölleda");
  await expect(page.getByRole("table")).toContainText("Eingegangen");
  expect(page.url()).not.toContain(submitted.accessCode);
  await checkAccessibility(page);
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Eingangsbestätigung herunterladen (PDF)" }).click(),
  ]);
  expect(download.suggestedFilename()).toBe(`Eingangsbestaetigung-${submitted.caseNumber}.pdf`);
});
