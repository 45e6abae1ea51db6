/**
 * Sign-in with a Land's account over OpenID Connect against a real provider (oidc-provider, in
 * this process): authorization code with PKCE, state bound to the browser, nonce; the session
 * holds the claims. Runs on PGlite and, with DATABASE_URL, on PostgreSQL.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databaseKinds } from "../../support/databases";
import { usePreparedDatabase } from "../../support/prepared-database";
import { freePort } from "../../support/server";
import { OIDC_PERSON, signInAt, startOidcProvider } from "./support/oidc-test-provider";

const PORTAL = "http://127.0.0.1:3998";
const CALLBACK = `${PORTAL}/anmelden/land/callback`;
const client = { id: "buergerportal", secret: "test-client-secret-0123456789" };
const port = await freePort();
Object.assign(process.env, {
  PUBLIC_URL: PORTAL,
  LOG_LEVEL: "silent",
  OIDC_ISSUER: `http://127.0.0.1:${port}`,
  OIDC_CLIENT_ID: client.id,
  OIDC_CLIENT_SECRET: client.secret,
});

const { beginLand, finishLand } = await import("~/server/citizen-login/sign-in.http.server");
const { resolveCitizenSession } = await import("~/server/citizen-account/sessions.server");

type Refusal = { data: { refusal: { reason: string; message: string } }; init: { status: number } };

let provider: Awaited<ReturnType<typeof startOidcProvider>>;
beforeAll(async () => {
  provider = await startOidcProvider(port, CALLBACK, client);
});
afterAll(async () => {
  await provider?.stop();
});

async function begin(query = "zurueck=/status") {
  const started = await beginLand(new Request(`${PORTAL}/anmelden/land?${query}`));
  expect(started.status).toBe(302);
  const stateCookie = started.headers.get("set-cookie")!.match(/^bp_login_state=([^;]+)/)![1];
  return { location: started.headers.get("location")!, stateCookie };
}

describe.each(databaseKinds())("sign-in with a Land's account over OpenID Connect on %s", (kind) => {
  usePreparedDatabase(kind);

  it("asks for the code with PKCE (S256), state and nonce, and signs in with the claims", async () => {
    const { location, stateCookie } = await begin();
    const authorization = new URL(location);
    expect(authorization.origin).toBe(provider.issuer);
    expect(authorization.searchParams.get("code_challenge_method")).toBe("S256");
    expect(authorization.searchParams.get("code_challenge")).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(authorization.searchParams.get("state")).toBe(stateCookie);
    expect(authorization.searchParams.get("nonce")).toBeTruthy();
    expect(authorization.searchParams.get("redirect_uri")).toBe(CALLBACK);

    const back = await signInAt(location, CALLBACK);
    const response = (await finishLand(new Request(back, { headers: { Cookie: `bp_login_state=${stateCookie}` } }))) as Response;
    expect(response).toBeInstanceOf(Response);
    expect(response.status).toBe(302);
    expect(response.headers.get("location")).toBe("/status");
    const token = response.headers.get("set-cookie")!.match(/bp_citizen=([^;]+)/)![1];
    expect(await resolveCitizenSession(token)).toMatchObject({
      provider: "oidc",
      trustLevel: "basisregistrierung",
      attributes: {
        givenName: OIDC_PERSON.given_name,
        familyName: OIDC_PERSON.family_name,
        birthDate: OIDC_PERSON.birthdate,
        email: OIDC_PERSON.email,
        address: { street: "Marktplatz 1", postalCode: "99084", city: "Erfurt", country: "DE" },
      },
    });

    // The same code and state once more: the request was answered already.
    const again = (await finishLand(new Request(back, { headers: { Cookie: `bp_login_state=${stateCookie}` } }))) as unknown as Refusal;
    expect(again.init.status).toBe(400);
    expect(again.data.refusal.reason).toBe("unknownRequest");
  });

  it("refuses a callback whose state is not the one this browser started with", async () => {
    const mine = await begin();
    const theirs = await begin();
    const back = await signInAt(theirs.location, CALLBACK);
    const refused = (await finishLand(
      new Request(back, { headers: { Cookie: `bp_login_state=${mine.stateCookie}` } }),
    )) as unknown as Refusal;
    expect(refused.init.status).toBe(400);
    expect(refused.data.refusal.reason).toBe("state");
    expect(refused.data.refusal.message).toContain("Anmeldung");

    const forged = new URL(back);
    forged.searchParams.set("state", mine.stateCookie);
    const wrongState = (await finishLand(
      new Request(forged, { headers: { Cookie: `bp_login_state=${mine.stateCookie}` } }),
    )) as unknown as Refusal;
    expect(wrongState.init.status).toBe(400);
    expect(wrongState.data.refusal.reason).toBe("malformed");
  });
});
