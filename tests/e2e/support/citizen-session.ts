/**
 * Signs a test citizen in for a browser context: the e2e server (tests/e2e/serve.mjs) opens a real
 * session for the identity, and its token becomes the bp_citizen cookie, as after a login.
 */
import { readFileSync } from "node:fs";
import type { BrowserContext } from "@playwright/test";
import type { CitizenIdentity } from "../../../app/server/citizen-account/identity";
import { E2E_DIR } from "../citizen/support/e2e-dir";

export async function signInCitizen(context: BrowserContext, baseURL: string, identity: CitizenIdentity): Promise<void> {
  const port = readFileSync(`${E2E_DIR}/citizen-sessions.port`, "utf8").trim();
  const response = await fetch(`http://127.0.0.1:${port}/`, { method: "POST", body: JSON.stringify(identity) });
  if (!response.ok) throw new Error(`no session: ${await response.text()}`);
  const { token } = (await response.json()) as { token: string };
  await context.addCookies([{ name: "bp_citizen", value: token, url: baseURL, httpOnly: true, sameSite: "Lax" }]);
}
