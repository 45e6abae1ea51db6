/**
 * Sign-in with BundID against a real SAML identity provider (SimpleSAMLphp, started here): the
 * portal's signed AuthnRequest goes to the IdP over HTTP, a test person logs in with username and
 * password, and the IdP's signed, encrypted answer comes back to the assertion consumer service.
 * Refusals take a real answer and change it as an attacker or a faulty IdP would. Runs on PGlite
 * and, with DATABASE_URL, on PostgreSQL.
 */
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databaseKinds } from "../../support/databases";
import { usePreparedDatabase } from "../../support/prepared-database";
import { prepareTestIdp, removeTestIdp, simpleSamlPhpAvailable, startTestIdp } from "../../support/saml-test-idp.mjs";
import { loginAtIdp } from "./support/idp-login";
import { elements, tamper, type Keys } from "./support/saml-tamper";

const PORTAL = "http://127.0.0.1:3999";
const prepared = await prepareTestIdp(PORTAL);
Object.assign(process.env, prepared.portalEnv, { PUBLIC_URL: PORTAL, LOG_LEVEL: "silent" });
const keys: Keys = {
  spKeyFile: prepared.portalEnv.BUNDID_SP_KEY,
  spCertFile: prepared.portalEnv.BUNDID_SP_CERT,
  idpKeyFile: prepared.idpKeyFile,
};

afterAll(() => removeTestIdp(prepared));

const { beginBundId, receiveBundIdResponse } = await import("~/server/citizen-login/sign-in.http.server");
const { db } = await import("~/server/db.server");

type Refusal = { data: { refusal: { reason: string; message: string } }; init: { status: number } };

async function startLogin(query = "zurueck=/mein-bereich") {
  const response = await beginBundId(new Request(`${PORTAL}/anmelden/bundid?${query}`));
  expect(response.status).toBe(302);
  return response.headers.get("location")!;
}

async function answerFor(person: "erika" | "max", query?: string) {
  const location = await startLogin(query);
  return loginAtIdp(location, person, person === "erika" ? "erika-pass" : "max-pass");
}

function post(samlResponse: string) {
  return receiveBundIdResponse(
    new Request(`${PORTAL}/anmelden/bundid/acs`, {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded", Origin: prepared.idpUrl },
      body: new URLSearchParams({ SAMLResponse: samlResponse }).toString(),
    }),
  );
}

async function sessionCount(): Promise<number> {
  const result = await (await db()).execute(sql`select count(*)::int as n from citizen_sessions`);
  return Number((result as unknown as { rows: Array<{ n: number }> }).rows[0].n);
}

async function expectRefused(samlResponse: string, reason: string) {
  const before = await sessionCount();
  const result = (await post(samlResponse)) as unknown as Refusal;
  expect(result).not.toBeInstanceOf(Response);
  expect(result.init.status).toBeGreaterThanOrEqual(400);
  expect(result.init.status).toBeLessThan(500);
  expect(result.data.refusal.reason).toBe(reason);
  expect(result.data.refusal.message).toMatch(/Anmeld/);
  expect(await sessionCount()).toBe(before);
}

const minutesFromNow = (minutes: number) => new Date(Date.now() + minutes * 60_000).toISOString().replace(/\.\d+Z$/, "Z");

describe.skipIf(!simpleSamlPhpAvailable()).each(databaseKinds())("BundID sign-in against SimpleSAMLphp on %s", (kind) => {
  usePreparedDatabase(kind);
  let idp: Awaited<ReturnType<typeof startTestIdp>>;
  beforeAll(async () => {
    idp = await startTestIdp(prepared);
  }, 20_000);
  afterAll(async () => {
    await idp?.stop();
  });

  it("sends a signed AuthnRequest with the level asked for", async () => {
    const location = new URL(await startLogin("zurueck=/mein-bereich&niveau=hoch"));
    expect(location.origin + location.pathname).toBe(`${prepared.idpUrl}/saml2/idp/SSOService.php`);
    expect(location.searchParams.get("SigAlg")).toBe("http://www.w3.org/2001/04/xmldsig-more#rsa-sha256");
    expect(location.searchParams.get("Signature")).toBeTruthy();
    const { inflateRawSync } = await import("node:zlib");
    const request = inflateRawSync(Buffer.from(location.searchParams.get("SAMLRequest")!, "base64")).toString();
    expect(request).toContain(`AssertionConsumerServiceURL="${PORTAL}/anmelden/bundid/acs"`);
    expect(request).toContain("STORK-QAA-Level-4");
  });

  it("accepts a signed, encrypted assertion and opens a session with the identity and its trust level", async () => {
    const { samlResponse, action } = await answerFor("erika", "zurueck=/status");
    expect(action).toBe(`${PORTAL}/anmelden/bundid/acs`);
    const xml = Buffer.from(samlResponse, "base64").toString();
    expect(xml).toContain("EncryptedAssertion");
    expect(xml).not.toMatch(/<saml:Assertion[\s>]/);

    const response = (await post(samlResponse)) as Response;
    expect(response).toBeInstanceOf(Response);
    expect(response.status).toBe(302);
    expect(response.headers.get("location")).toBe("/status");
    expect(response.headers.get("set-cookie")).toMatch(/^bp_citizen=[A-Za-z0-9_-]{20,}; .*HttpOnly/);

    const token = response.headers.get("set-cookie")!.match(/^bp_citizen=([^;]+)/)![1];
    const { resolveCitizenSession } = await import("~/server/citizen-account/sessions.server");
    const citizen = await resolveCitizenSession(token);
    expect(citizen).toMatchObject({
      provider: "bundid",
      trustLevel: "substantiell",
      attributes: {
        givenName: "Erika",
        familyName: "Mustermann",
        birthDate: "1964-08-12",
        email: "erika@example.org",
        address: { street: "Heidestraße", houseNumber: "17", postalCode: "99610", city: "Sömmerda", country: "DE" },
      },
    });
    const stored = await (await db()).execute(sql`select trust_level, attributes from citizen_sessions order by created_at desc limit 1`);
    expect((stored as unknown as { rows: Array<{ trust_level: string; attributes: { givenName: string } }> }).rows[0]).toMatchObject({
      trust_level: "substantiell",
      attributes: { givenName: "Erika" },
    });
  });

  it("signs in at level hoch, and refuses a login below the level asked for", async () => {
    const high = (await post((await answerFor("max", "niveau=hoch")).samlResponse)) as Response;
    expect(high.status).toBe(302);
    expect(high.headers.get("location")).toBe("/mein-bereich");
    await expectRefused((await answerFor("erika", "niveau=hoch")).samlResponse, "levelTooLow");
  });

  it("refuses a tampered assertion whose signature no longer matches", async () => {
    const { samlResponse } = await answerFor("erika");
    const forged = await tamper(samlResponse, keys, {
      change: (assertion) => {
        const value = elements(assertion, "AttributeValue").find((node) => node.textContent === "Erika")!;
        value.textContent = "Mallory";
      },
    });
    await expectRefused(forged, "signature");
  });

  it("refuses an assertion without a signature", async () => {
    const { samlResponse } = await answerFor("erika");
    const unsigned = await tamper(samlResponse, keys, {
      change: (assertion) => {
        for (const node of Array.from(assertion.childNodes)) if ((node as Element).localName === "Signature") assertion.removeChild(node);
      },
    });
    await expectRefused(unsigned, "signature");
  });

  it("refuses an assertion for another audience, even when the IdP signed it", async () => {
    const { samlResponse } = await answerFor("erika");
    const elsewhere = await tamper(samlResponse, keys, {
      resign: true,
      change: (assertion) => {
        elements(assertion, "Audience")[0].textContent = "https://anderes-portal.example/sp";
      },
    });
    await expectRefused(elsewhere, "audience");
  });

  it("refuses an expired assertion, even when the IdP signed it", async () => {
    const { samlResponse } = await answerFor("erika");
    const expired = await tamper(samlResponse, keys, {
      resign: true,
      change: (assertion) => {
        for (const node of [...elements(assertion, "Conditions"), ...elements(assertion, "SubjectConfirmationData")]) {
          node.setAttribute("NotOnOrAfter", minutesFromNow(-5));
        }
      },
    });
    await expectRefused(expired, "expired");
  });

  it("refuses an assertion that is not encrypted, even though its signature is valid", async () => {
    const { samlResponse } = await answerFor("erika");
    await expectRefused(await tamper(samlResponse, keys, { change: () => {}, plain: true }), "unencrypted");
  });

  it("refuses a replayed answer, and a used assertion signed again for a new request", async () => {
    const { samlResponse } = await answerFor("erika");
    expect(((await post(samlResponse)) as Response).status).toBe(302);
    await expectRefused(samlResponse, "unknownRequest");

    const newRequest = new URL(await startLogin()).searchParams.get("SAMLRequest")!;
    const { inflateRawSync } = await import("node:zlib");
    const newId = inflateRawSync(Buffer.from(newRequest, "base64"))
      .toString()
      .match(/ID="([^"]+)"/)![1];
    const replayed = await tamper(samlResponse, keys, {
      resign: true,
      change: (assertion, response) => {
        response.setAttribute("InResponseTo", newId);
        for (const node of elements(assertion, "SubjectConfirmationData")) node.setAttribute("InResponseTo", newId);
      },
    });
    await expectRefused(replayed, "replayed");
  });

  it("refuses an answer to a request the portal never sent", async () => {
    const { samlResponse } = await answerFor("erika");
    const unsolicited = await tamper(samlResponse, keys, {
      resign: true,
      change: (assertion, response) => {
        response.setAttribute("InResponseTo", "_never-issued");
        for (const node of elements(assertion, "SubjectConfirmationData")) node.setAttribute("InResponseTo", "_never-issued");
      },
    });
    await expectRefused(unsolicited, "unknownRequest");
  });
});
