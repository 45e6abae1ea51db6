import { expect, test, type Page } from "@playwright/test";
import { sampleFile } from "../../support/payloads";
import { expectNoAxeViolations } from "../support/a11y";
import { signInCitizen } from "../support/citizen-session";
import { changeStatus, signIn } from "../staff/staff-helpers";
import { fillStep } from "./support/fill-step";
import { formById, stepOf } from "./support/forms";
import { expectStep, next, startApplication, submitFromReview } from "./support/wizard";

/**
 * Mein Bereich (ADR 037): a signed-in citizen files an application with values taken from the
 * account, a clerk asks a question, the citizen answers with a PDF from Mein Bereich and the
 * clerk sees it with the case back in progress. axe on every new page, with and without
 * JavaScript.
 */
test.describe.configure({ timeout: 240_000 });

const dogTax = formById("hundesteuer-anmeldung");
const journey = dogTax.journeys[0]!;
const citizen = (subject: string) => ({
  provider: "bundid" as const,
  subject,
  trustLevel: "substantiell" as const,
  attributes: {
    givenName: "Łukasz",
    familyName: "Nowak-Ščerba",
    birthDate: "1987-03-14",
    address: { street: "Marktplatz", houseNumber: "7a", postalCode: "99189", city: "Gebesee" },
    email: "lukasz.nowak@example.org",
  },
});

/** Files the dog tax journey while signed in, taking the first step's values from the account. */
async function fileWithPrefill(page: Page): Promise<string> {
  await startApplication(page, dogTax.definition);
  const offer = page.getByRole("region", { name: "Angaben aus Ihrem Konto" });
  await expect(offer).toContainText("Marktplatz");
  await expectNoAxeViolations(page);
  await offer.getByRole("button", { name: "Aus Ihrem BundID-Konto übernehmen" }).click();
  const firstStep = dogTax.definition.steps[0]!.id;
  await expectStep(page, dogTax.definition, firstStep);
  await expect(page.getByLabel("Vorname")).toHaveValue("Łukasz");
  await expect(offer).toContainText("sind eingetragen");
  for (const [stepId, answers] of Object.entries(journey.answers)) {
    await expectStep(page, dogTax.definition, stepId);
    await fillStep(page, stepOf(dogTax.definition, stepId), answers);
    await next(page);
  }
  return (await submitFromReview(page)).caseNumber;
}

test("a signed-in citizen answers a Rückfrage with a PDF through Mein Bereich", async ({ page, browser, baseURL }) => {
  test.skip(test.info().project.use.javaScriptEnabled === false, "the journey without JavaScript is the /status one");
  await signInCitizen(page.context(), baseURL!, citizen(`e2e-reply-${Date.now()}`));
  const caseNumber = await fileWithPrefill(page);

  const clerk = await (await browser.newContext({ baseURL })).newPage();
  await signIn(clerk, "sb.vgkoe");
  await clerk.goto(`/verwaltung/vorgaenge/${caseNumber}`);
  await expect(clerk.getByText("Vertrauensniveau substantiell; aus dem Nutzerkonto übernommen")).toBeVisible();
  await changeStatus(clerk, "Bearbeitung beginnen");
  const question = "Bitte senden Sie uns die Versicherungsbestätigung für Ihren Hund.";
  await changeStatus(clerk, "Rückfrage stellen", question);

  await page.getByRole("link", { name: "Mein Bereich" }).click();
  const queries = page.getByRole("region", { name: "Rückfragen, die auf Ihre Antwort warten" });
  await expect(queries).toContainText(question);
  await expect(page.getByTestId("antrag-status")).toHaveText("Rückfrage");
  await expectNoAxeViolations(page);
  await queries.getByRole("link", { name: `Jetzt antworten: ${caseNumber}` }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Vorgang ${caseNumber}` })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByLabel("Ihre Antwort").fill("Die Versicherungsbestätigung liegt bei.");
  await page.getByLabel("Unterlagen (freiwillig)").setInputFiles({
    name: "Versicherung.pdf",
    mimeType: "application/pdf",
    buffer: Buffer.from(sampleFile("application/pdf")),
  });
  await page.getByRole("button", { name: "Antwort senden" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Antwort gesendet" })).toBeVisible();
  await expectNoAxeViolations(page);
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: /Bestätigung Ihrer Antwort/ }).click(),
  ]);
  expect(download.suggestedFilename()).toBe(`Antwortbestaetigung-${caseNumber}.pdf`);

  await clerk.goto(`/verwaltung/vorgaenge/${caseNumber}`);
  await expect(clerk.getByRole("definition").filter({ hasText: "In Bearbeitung" }).first()).toBeVisible();
  const replies = clerk.getByRole("region", { name: "Antworten auf Rückfragen" });
  await expect(replies.getByRole("link", { name: "Versicherung.pdf" })).toBeVisible();
  await clerk.context().close();
});

test("Mein Bereich's pages pass axe, withdraw and resume work, another account's case stays out", async ({ page, browser, baseURL }) => {
  const javaScriptEnabled = test.info().project.use.javaScriptEnabled !== false;
  await signInCitizen(page.context(), baseURL!, citizen(`e2e-pages-${javaScriptEnabled}-${Date.now()}`));
  await page.goto("/");
  await expect(page.getByTestId("angemeldet-als")).toHaveText("Łukasz Nowak-Ščerba");
  const caseNumber = await fileWithPrefill(page);
  // A second application, left as a draft.
  await page.goto(`/rastenberg/${dogTax.definition.id}`);
  await page.getByRole("button", { name: "Antrag beginnen" }).click();
  await expectStep(page, dogTax.definition, dogTax.definition.steps[0]!.id);

  const casePath = `/mein-bereich/vorgaenge/${caseNumber}`;
  const pages: Array<[string, string]> = [
    ["/mein-bereich", "Mein Bereich"],
    [casePath, `Vorgang ${caseNumber}`],
    [`${casePath}/zurueckziehen`, "Antrag zurückziehen"],
    ["/mein-bereich/konto-loeschen", "Konto löschen"],
  ];
  for (const [path, title] of pages) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
    await expectNoAxeViolations(page);
  }
  await expect(page.getByText(`Das betrifft diese Anträge: ${caseNumber}`)).toBeVisible();

  await page.goto(`${casePath}/zurueckziehen`);
  await page.getByLabel("Grund (freiwillig)").fill("Doch kein Hund.");
  await page.getByRole("button", { name: "Ja, Antrag zurückziehen" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Antrag zurückgezogen" })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.goto("/mein-bereich");
  await expect(page.getByTestId("antrag-status")).toHaveText("Zurückgezogen");

  // Another account: this case number is a 404 there.
  const other = await browser.newContext({ baseURL, javaScriptEnabled });
  await signInCitizen(other, baseURL!, citizen(`e2e-other-${javaScriptEnabled}-${Date.now()}`));
  const response = await (await other.newPage()).goto(casePath);
  expect(response?.status()).toBe(404);
  await other.close();

  // The draft continues from Mein Bereich; then sign out on every device.
  await expect(page.getByTestId("entwurf")).toHaveCount(1);
  await page.getByRole("button", { name: "Fortsetzen" }).click();
  await expectStep(page, dogTax.definition, dogTax.definition.steps[0]!.id);
  await page.goto("/mein-bereich");
  await page.getByRole("button", { name: "Auf allen Geräten abmelden" }).click();
  await expect(page.getByRole("link", { name: "Anmelden" })).toBeVisible();
});
