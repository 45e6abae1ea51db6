import { expect, test } from "@playwright/test";

test("a clerk signs in with the keyboard alone", async ({ page }) => {
  await page.goto("/verwaltung/anmelden");
  const focused = () => page.evaluate(() => document.activeElement?.id ?? "");
  for (let i = 0; i < 15 && (await focused()) !== "username"; i++) await page.keyboard.press("Tab");
  expect(await focused()).toBe("username");
  await page.keyboard.type("sb.stsoe");
  await page.keyboard.press("Tab");
  expect(await focused()).toBe("password");
  await page.keyboard.type("demo-sb.stsoe");
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1, name: "Posteingang" })).toBeVisible();
  await expect(page.getByText("Stadt Sömmerda").first()).toBeVisible();
});

test("a wrong password is answered with the one login error, and the form keeps the username", async ({ page }) => {
  await page.goto("/verwaltung/anmelden");
  await page.getByLabel("Benutzername").fill("sb.stsoe");
  await page.getByLabel("Passwort").fill("falsch");
  await page.keyboard.press("Enter");
  await expect(page.getByRole("alert")).toContainText("Benutzername oder Passwort ist falsch.");
  await expect(page.getByLabel("Benutzername")).toHaveValue("sb.stsoe");
});
