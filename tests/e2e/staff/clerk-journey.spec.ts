import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "../support/a11y";
import { changeStatus, signIn, submitFromRastenberg } from "./staff-helpers";

/**
 * The clerk's part of the Rastenberg journey: an application from Rastenberg (submitted through
 * the public API) reaches the VG Kölleda; its clerk finds it at the top of the inbox, asks the
 * citizen a question, continues, completes it, and the history shows every step. The citizen
 * reads the question through the status API with the access code.
 */
test("a VG Kölleda clerk asks a question about an application from Rastenberg and completes it", async ({ page, request }) => {
  const submitted = await submitFromRastenberg(request);

  await page.goto("/verwaltung");
  await expect(page).toHaveURL(/\/verwaltung\/anmelden\?weiter=%2Fverwaltung$/);
  await expectNoAxeViolations(page);
  await signIn(page, "sb.vgkoe");
  await expect(page).toHaveURL(/\/verwaltung$/);
  await expect(page.getByRole("heading", { level: 1, name: "Posteingang" })).toBeVisible();
  const firstRow = page.getByRole("table").getByRole("row").nth(1);
  await expect(firstRow).toContainText(submitted.caseNumber);
  await expect(firstRow).toContainText("Rastenberg");
  await expect(firstRow).toContainText("Hundesteuer");
  await expectNoAxeViolations(page);

  await firstRow.getByRole("link", { name: submitted.caseNumber }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Vorgang ${submitted.caseNumber}` })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Angaben zur Hundehalterin oder zum Hundehalter" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Eingangsbestätigung (PDF)" })).toBeVisible();
  await expectNoAxeViolations(page);

  await changeStatus(page, "Bearbeitung beginnen");
  // A question without a message is refused, with the reason at the field.
  await page.getByRole("radio", { name: "Rückfrage stellen" }).check();
  await page.getByRole("button", { name: "Status ändern" }).click();
  await expect(page.getByText("braucht die antragstellende Person eine Nachricht")).toBeVisible();
  await expectNoAxeViolations(page);

  const question = "Bitte senden Sie uns die Versicherungsbestätigung für Ihren Hund.";
  await changeStatus(page, "Rückfrage stellen", question);
  await expect(page.getByRole("definition").filter({ hasText: "Rückfrage" }).first()).toBeVisible();

  const status = await request.get(`/api/v1/cases/${submitted.caseNumber}/status`, { headers: { "X-Access-Code": submitted.accessCode } });
  expect(status.status()).toBe(200);
  expect(await status.json()).toMatchObject({
    status: "rueckfrage",
    history: expect.arrayContaining([expect.objectContaining({ status: "rueckfrage", note: question })]),
  });

  await changeStatus(page, "Bearbeitung fortsetzen");
  await changeStatus(page, "Abschließen", "Ihr Hund ist angemeldet. Den Steuerbescheid erhalten Sie per Post.");

  const history = page.getByRole("region", { name: "Verlauf" });
  await expect(history).toContainText("Antrag eingegangen");
  await expect(history).toContainText("Status: Eingegangen → In Bearbeitung");
  await expect(history).toContainText("Status: In Bearbeitung → Rückfrage");
  await expect(history).toContainText(question);
  await expect(history).toContainText("Status: Rückfrage → In Bearbeitung");
  await expect(history).toContainText("Status: In Bearbeitung → Abgeschlossen");
  await expect(history).toContainText("Sachbearbeitung Verwaltungsgemeinschaft Kölleda");
  await expect(page.getByText("Der Vorgang ist beendet.")).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole("link", { name: "Zurück zum Posteingang" }).click();
  await page.getByLabel("Status", { exact: true }).selectOption("abgeschlossen");
  await page.getByRole("button", { name: "Anzeigen" }).click();
  await expect(page.getByRole("table")).toContainText(submitted.caseNumber);

  await page.getByRole("button", { name: "Abmelden" }).click();
  await expect(page.getByText("Sie sind abgemeldet.")).toBeVisible();
  await page.goto(`/verwaltung/vorgaenge/${submitted.caseNumber}`);
  await expect(page).toHaveURL(/\/verwaltung\/anmelden/);
});
