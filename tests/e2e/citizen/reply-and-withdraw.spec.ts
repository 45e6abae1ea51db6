import { expect, test, type Page } from "@playwright/test";
import { extractPdf } from "../../support/pdf-text";
import { sampleFile } from "../../support/payloads";
import { expectNoAxeViolations } from "../support/a11y";
import { changeStatus, signIn, submitFromRastenberg } from "../staff/staff-helpers";

/**
 * The return channel (ADR 033), in both projects (with and without JavaScript): a clerk asks a
 * question, the citizen answers on /status with a PDF and gets a receipt of the reply, the clerk
 * sees the answer and its file with the case back in progress; on a second case the citizen
 * withdraws the application after a confirmation page and the clerk sees why. axe on every new
 * page state.
 */
// Two people and many pages per test: more than the default minute on a busy machine.
test.describe.configure({ timeout: 180_000 });

async function openStatus(page: Page, caseNumber: string, accessCode: string): Promise<void> {
  await page.goto("/status");
  await page.getByLabel("Vorgangsnummer").fill(caseNumber);
  await page.getByLabel("Zugangscode").fill(accessCode);
  await page.getByRole("button", { name: "Stand abrufen" }).click();
  await expect(page.getByRole("heading", { name: `Vorgang ${caseNumber}` })).toBeVisible();
}

test("a citizen answers a Rückfrage with a PDF on /status and the clerk sees it", async ({ page, browser, baseURL }) => {
  const javaScriptEnabled = test.info().project.use.javaScriptEnabled !== false;
  const { caseNumber, accessCode } = await submitFromRastenberg(page.request);
  const clerk = await (await browser.newContext({ baseURL, javaScriptEnabled })).newPage();
  await signIn(clerk, "sb.vgkoe");
  await clerk.goto(`/verwaltung/vorgaenge/${caseNumber}`);
  await changeStatus(clerk, "Bearbeitung beginnen");
  const question = "Bitte senden Sie uns die Versicherungsbestätigung für Ihren Hund.";
  await changeStatus(clerk, "Rückfrage stellen", question);

  await openStatus(page, caseNumber, accessCode);
  await expect(page.getByText(question)).toBeVisible();
  const replyForm = page.getByRole("region", { name: "Auf die Rückfrage antworten" });
  await expect(replyForm).toBeVisible();
  await expectNoAxeViolations(page);

  // Nothing written, nothing chosen: refused with the reason at the field.
  await replyForm.getByRole("button", { name: "Antwort senden" }).click();
  await expect(page.getByRole("alert")).toContainText("Bitte schreiben Sie eine Antwort");
  await expect(page.getByLabel("Ihre Antwort")).toHaveAttribute("aria-invalid", "true");
  await expectNoAxeViolations(page);

  const answer = "Die Versicherungsbestätigung liegt bei.";
  await page.getByLabel("Ihre Antwort").fill(answer);
  await page.getByLabel("Unterlagen (freiwillig)").setInputFiles({
    name: "Versicherung.pdf",
    mimeType: "application/pdf",
    buffer: Buffer.from(sampleFile("application/pdf")),
  });
  await page.getByRole("button", { name: "Antwort senden" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Antwort gesendet" })).toBeVisible();
  const hash = (await page.getByTestId("antwort-pruefsumme").textContent()) ?? "";
  expect(hash).toMatch(/^[0-9a-f]{64}$/);
  await expectNoAxeViolations(page);

  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Bestätigung Ihrer Antwort herunterladen (PDF)" }).click(),
  ]);
  const pdf = new Uint8Array(await (await download.createReadStream()).toArray().then((chunks) => Buffer.concat(chunks)));
  const text = (await extractPdf(pdf)).pages.join("\n").replace(/\s+/g, " ");
  expect(text).toContain(caseNumber);
  expect(text).toContain(hash);

  await page.getByRole("button", { name: "Zum Stand Ihres Antrags" }).click();
  await expect(page.getByTestId("status")).toHaveText("In Bearbeitung");
  await expect(page.getByTestId("gesendete-antwort")).toContainText(answer);
  await expect(page.getByRole("region", { name: "Auf die Rückfrage antworten" })).toHaveCount(0);
  await expectNoAxeViolations(page);

  await clerk.goto("/verwaltung");
  const row = clerk.getByRole("row").filter({ hasText: caseNumber });
  await expect(row).toContainText("Antwort eingegangen");
  await row.getByRole("link", { name: caseNumber }).click();
  await expect(clerk.getByRole("definition").filter({ hasText: "In Bearbeitung" }).first()).toBeVisible();
  const replies = clerk.getByRole("region", { name: "Antworten auf Rückfragen" });
  await expect(replies).toContainText(answer);
  await expect(replies.getByRole("link", { name: "Versicherung.pdf" })).toBeVisible();
  await expect(replies).toContainText(hash);
  await expect(clerk.getByRole("region", { name: "Verlauf" })).toContainText("Antwort auf die Rückfrage eingegangen");
  await expectNoAxeViolations(clerk);
  // Opened: the inbox marker is gone.
  await clerk.goto("/verwaltung");
  await expect(clerk.getByRole("row").filter({ hasText: caseNumber })).not.toContainText("Antwort eingegangen");
  await clerk.context().close();
});

test("a citizen withdraws an application after a confirmation and the clerk sees why", async ({ page, browser, baseURL }) => {
  const javaScriptEnabled = test.info().project.use.javaScriptEnabled !== false;
  const { caseNumber, accessCode } = await submitFromRastenberg(page.request, 1);

  await openStatus(page, caseNumber, accessCode);
  await page.getByRole("button", { name: "Antrag zurückziehen …" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Antrag zurückziehen" })).toBeVisible();
  await expect(page.getByText("wirklich zurückziehen")).toBeVisible();
  await expectNoAxeViolations(page);

  const reason = "Der Hund ist doch nicht bei uns eingezogen.";
  await page.getByLabel("Grund (freiwillig)").fill(reason);
  await page.getByRole("button", { name: "Ja, Antrag zurückziehen" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Antrag zurückgezogen" })).toBeVisible();
  await expectNoAxeViolations(page);

  await openStatus(page, caseNumber, accessCode);
  await expect(page.getByTestId("status")).toHaveText("Zurückgezogen");
  await expect(page.getByRole("button", { name: "Antrag zurückziehen …" })).toHaveCount(0);

  const clerk = await (await browser.newContext({ baseURL, javaScriptEnabled })).newPage();
  await signIn(clerk, "sb.vgkoe");
  await clerk.goto("/verwaltung?status=zurueckgezogen");
  await expect(clerk.getByRole("table")).toContainText(caseNumber);
  await clerk.getByRole("link", { name: caseNumber }).click();
  await expect(clerk.getByRole("definition").filter({ hasText: "Zurückgezogen" }).first()).toBeVisible();
  const history = clerk.getByRole("region", { name: "Verlauf" });
  await expect(history).toContainText("Antrag zurückgezogen");
  await expect(history).toContainText(reason);
  await expect(clerk.getByText("Der Vorgang ist beendet.")).toBeVisible();
  await expectNoAxeViolations(clerk);
  await clerk.context().close();
});
