import { randomUUID } from "node:crypto";
import { expect, type APIRequestContext, type Page } from "@playwright/test";
import { payloadFixture, withInlineFiles } from "../../support/payloads";

export const RASTENBERG = "16068042";

/** A dog tax application from Rastenberg through the public submission API: it lands at the VG Kölleda. */
export async function submitFromRastenberg(request: APIRequestContext, variant = 0): Promise<{ caseNumber: string; accessCode: string }> {
  const { data, attachments } = withInlineFiles(payloadFixture("hundesteuer-anmeldung").valid[variant]);
  const response = await request.post("/api/v1/submissions", {
    data: { service: "hundesteuer-anmeldung", municipality: RASTENBERG, data, attachments, idempotencyKey: `e2e-${randomUUID()}` },
  });
  expect(response.status(), await response.text()).toBe(201);
  const body = await response.json();
  expect(body.responsibleAuthority.name).toBe("Verwaltungsgemeinschaft Kölleda");
  return { caseNumber: body.caseNumber, accessCode: body.accessCode };
}

export async function signIn(page: Page, username: string, password = `demo-${username}`): Promise<void> {
  await page.goto("/verwaltung/anmelden");
  await page.getByLabel("Benutzername").fill(username);
  await page.getByLabel("Passwort").fill(password);
  await page.getByRole("button", { name: "Anmelden" }).click();
  await expect(page.getByText(`Angemeldet als`)).toBeVisible();
}

/** Chooses a transition on the case page and submits it, with an optional message to the citizen. */
export async function changeStatus(page: Page, choice: string, message?: string): Promise<void> {
  await page.getByRole("radio", { name: choice }).check();
  if (message) await page.getByLabel("Nachricht an die antragstellende Person").fill(message);
  await page.getByRole("button", { name: "Status ändern" }).click();
  await expect(page.getByText("Der Status wurde geändert.")).toBeVisible();
}
