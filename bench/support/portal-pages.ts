/**
 * The three pages the first-visit figures are about, reached as a person reaches them: the
 * home page, a wizard step of the dog-tax form (after "Antrag beginnen", which opens a draft)
 * and the clerk inbox (after signing in as a demo clerk). Returns each page's path and the
 * cookies it needs, so a fresh browser (or Lighthouse) can load it cold.
 */
import { chromium, type Browser } from "@playwright/test";

export const CHROMIUM = process.env.CHROME_PATH ?? "/usr/bin/chromium";
const CLERK = "sb.vgkoe";

export type PortalPage = { name: string; path: string; cookie: string };

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: ["--no-sandbox", "--disable-gpu"] });
}

export async function portalPages(browser: Browser, baseUrl: string): Promise<PortalPage[]> {
  const citizen = await browser.newContext({ baseURL: baseUrl, locale: "de-DE" });
  const page = await citizen.newPage();
  await page.goto("/rastenberg/hundesteuer-anmeldung");
  await page.getByRole("button", { name: "Antrag beginnen" }).click();
  await page.waitForURL(/\/schritt\//);
  const stepPath = new URL(page.url()).pathname;
  const citizenCookie = cookieHeader(await citizen.cookies());
  await citizen.close();

  const clerk = await browser.newContext({ baseURL: baseUrl, locale: "de-DE" });
  const staffPage = await clerk.newPage();
  await staffPage.goto("/verwaltung/anmelden");
  await staffPage.getByLabel("Benutzername").fill(CLERK);
  await staffPage.getByLabel("Passwort").fill(`demo-${CLERK}`);
  await staffPage.getByRole("button", { name: "Anmelden" }).click();
  await staffPage.getByText("Angemeldet als").waitFor();
  const clerkCookie = cookieHeader(await clerk.cookies());
  await clerk.close();

  return [
    { name: "home", path: "/", cookie: "" },
    { name: "wizard step", path: stepPath, cookie: citizenCookie },
    { name: "clerk inbox", path: "/verwaltung", cookie: clerkCookie },
  ];
}

function cookieHeader(cookies: Array<{ name: string; value: string }>): string {
  return cookies.map((cookie) => `${cookie.name}=${cookie.value}`).join("; ");
}
