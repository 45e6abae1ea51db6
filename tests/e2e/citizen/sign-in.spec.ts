import { existsSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "../support/a11y";
import { formById } from "./support/forms";
import { expectStep, startApplication } from "./support/wizard";

test.describe("sign-in with BundID", () => {
  // tests/e2e/serve.mjs starts SimpleSAMLphp and configures the portal for it when it is installed.
  test.skip(!existsSync("/usr/share/simplesamlphp/www"), "SimpleSAMLphp is not installed (.ci/run installs it)");
  test("the sign-in page offers BundID, with and without JavaScript, and passes axe", async ({ page }) => {
    await page.goto("/anmelden?zurueck=/status&niveau=hoch");
    await expect(page.getByRole("heading", { level: 1, name: "Anmelden" })).toBeVisible();
    await expect(page.getByText("Vertrauensniveau hoch")).toBeVisible();
    await expect(page.getByRole("link", { name: "Mit BundID anmelden" })).toHaveAttribute(
      "href",
      "/anmelden/bundid?zurueck=%2Fstatus&niveau=hoch",
    );
    await expectNoAxeViolations(page);
  });

  test("serves the SP metadata and answers a bad assertion with a German page, not a session", async ({
    page,
    request,
    baseURL,
  }, testInfo) => {
    test.skip(testInfo.project.name !== "mit-javascript", "server answers; once is enough");
    const metadata = await request.get("/anmelden/bundid/metadata.xml");
    expect(metadata.status()).toBe(200);
    const xml = await metadata.text();
    expect(xml).toContain(`entityID="${baseURL}/anmelden/bundid/metadata.xml"`);
    expect(xml).toContain(`Location="${baseURL}/anmelden/bundid/acs"`);
    expect(xml).toMatch(/AuthnRequestsSigned="true"/);
    expect(xml).toMatch(/KeyDescriptor use="encryption"/);

    // Posted from another origin, as an IdP's page does; a forged answer gets the refusal page.
    const refused = await request.post("/anmelden/bundid/acs", {
      form: { SAMLResponse: Buffer.from("<samlp:Response xmlns:samlp='urn:oasis:names:tc:SAML:2.0:protocol'/>").toString("base64") },
      headers: { Origin: "http://127.0.0.1:9" },
    });
    expect(refused.status()).toBe(400);
    expect(refused.headers()["set-cookie"] ?? "").not.toContain("bp_citizen");
    await page.setContent(await refused.text());
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Anmeldung nicht möglich");
  });

  test("signs in at the identity provider's login form, comes back signed in and may take the identity's values into a form", async ({
    page,
    context,
  }, testInfo) => {
    test.skip(testInfo.project.name !== "mit-javascript", "one journey is enough; the page itself is checked without JavaScript above");
    await page.goto("/anmelden?zurueck=/status");
    await page.getByRole("link", { name: "Mit BundID anmelden" }).click();
    // SimpleSAMLphp's own login form, on its own origin.
    await page.locator("input[name=username]").fill("erika");
    await page.locator("input[name=password]").fill("erika-pass");
    await page.locator("input[name=password]").press("Enter");
    await page.waitForURL(/\/status$/);
    const cookies = await context.cookies();
    expect(cookies.find((cookie) => cookie.name === "bp_citizen")).toMatchObject({ httpOnly: true, sameSite: "Lax" });
    await page.goto("/anmelden");
    await expect(page.getByText("Sie sind bereits angemeldet.")).toBeVisible();

    // The values the IdP asserted reach the wizard's offer, and taking them fills the step.
    const dogTax = formById("hundesteuer-anmeldung").definition;
    await startApplication(page, dogTax);
    const offer = page.getByRole("region", { name: "Angaben aus Ihrem Konto" });
    await expect(offer).toContainText("Heidestraße");
    await offer.getByRole("button", { name: "Aus Ihrem BundID-Konto übernehmen" }).click();
    await expectStep(page, dogTax, dogTax.steps[0]!.id);
    await expect(page.getByLabel("Vorname")).toHaveValue("Erika");
    await expect(page.getByLabel("Familienname")).toHaveValue("Mustermann");
    await expect(page.getByLabel("Straße")).toHaveValue("Heidestraße");
    await expect(page.getByLabel("Hausnummer")).toHaveValue("17");
  });
});
