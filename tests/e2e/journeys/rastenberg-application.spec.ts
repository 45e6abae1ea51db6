/**
 * The whole path of one application: a citizen of Rastenberg files the dog tax through the
 * wizard; the clerk of the VG Kölleda finds it at the top of the inbox, asks a question; the
 * citizen reads the question on /status; the clerk completes the case; the history shows every
 * step. Runs with and without JavaScript (the two Playwright projects).
 */
import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "../support/a11y";
import { fillStep } from "../citizen/support/fill-step";
import { formById, stepOf } from "../citizen/support/forms";
import { expectStep, next, startApplication, submitFromReview } from "../citizen/support/wizard";
import { changeStatus, signIn } from "../staff/staff-helpers";

test("a citizen of Rastenberg applies, the VG Kölleda asks a question, the citizen reads it, the clerk completes", async ({
  page: citizen,
  browser,
  baseURL,
  javaScriptEnabled,
}) => {
  const form = formById("hundesteuer-anmeldung");
  const journey = form.journeys[0]!;
  await startApplication(citizen, form.definition);
  for (const stepId of Object.keys(journey.answers)) {
    await expectStep(citizen, form.definition, stepId);
    await fillStep(citizen, stepOf(form.definition, stepId), journey.answers[stepId]!);
    await next(citizen);
  }
  const { caseNumber, accessCode } = await submitFromReview(citizen);

  const clerk = await (await browser.newContext({ baseURL, javaScriptEnabled })).newPage();
  await clerk.goto("/verwaltung/anmelden");
  await signIn(clerk, "sb.vgkoe");
  const firstRow = clerk.getByRole("table").getByRole("row").nth(1);
  await expect(firstRow).toContainText(caseNumber);
  await expect(firstRow).toContainText("Rastenberg");
  await firstRow.getByRole("link", { name: caseNumber }).click();
  await changeStatus(clerk, "Bearbeitung beginnen");
  const question = "Seit wann lebt der Hund bei Ihnen? Bitte nennen Sie das genaue Datum.";
  await changeStatus(clerk, "Rückfrage stellen", question);

  await citizen.goto("/status");
  await citizen.getByLabel("Vorgangsnummer").fill(caseNumber);
  await citizen.getByLabel("Zugangscode").fill(accessCode);
  await citizen.getByRole("button", { name: "Stand abrufen" }).click();
  await expect(citizen.getByText(question)).toBeVisible();
  await expect(citizen.getByText("Rückfrage").first()).toBeVisible();
  await expectNoAxeViolations(citizen);

  await changeStatus(clerk, "Bearbeitung fortsetzen");
  await changeStatus(clerk, "Abschließen", "Ihr Hund ist angemeldet. Den Steuerbescheid erhalten Sie per Post.");
  const history = clerk.getByRole("region", { name: "Verlauf" });
  for (const entry of [
    "Antrag eingegangen",
    "Status: Eingegangen → In Bearbeitung",
    "Status: In Bearbeitung → Rückfrage",
    question,
    "Status: Rückfrage → In Bearbeitung",
    "Status: In Bearbeitung → Abgeschlossen",
  ]) {
    await expect(history).toContainText(entry);
  }
  await expectNoAxeViolations(clerk);
  await clerk.context().close();
});
