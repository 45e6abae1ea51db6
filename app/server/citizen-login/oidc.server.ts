/**
 * Sign-in with a Land's account over OpenID Connect (openid-client): authorization code with PKCE
 * (S256), state and nonce. The state is kept server-side with the verifier and nonce; the HTTP
 * adapter also keeps it in a short-lived cookie of this browser and hands it in at the callback,
 * so a callback from another browser's login is refused.
 */
import * as client from "openid-client";
import type { IdentityAttributes, TrustLevel } from "../citizen-account/identity";
import { meetsTrustLevel } from "../citizen-account/identity";
import { env } from "../env.server";
import { assertedText, EIDAS_LEVELS, present } from "./asserted-values";
import { saveLoginRequest, takeLoginRequest } from "./login-requests.server";
import { refuseLogged, type LoginResult, type RefusalReason } from "./login-refusal";

export const OIDC_PATHS = { start: "/anmelden/land", callback: "/anmelden/land/callback" } as const;
const LOOPBACK = new Set(["127.0.0.1", "localhost", "[::1]"]);

let configuration: Promise<client.Configuration> | null = null;

export function oidcConfigured(): boolean {
  return env().oidc !== null;
}

/** The provider's configuration by discovery, fetched once; a failed discovery is tried again next time. */
function providerConfiguration(): Promise<client.Configuration> {
  const settings = env().oidc;
  if (!settings) throw new Error("OIDC is not configured");
  configuration ??= (async () => {
    const issuer = new URL(settings.issuer);
    // Plain HTTP only for a provider on this machine (tests, development); a Land's provider speaks HTTPS.
    const insecure = issuer.protocol === "http:" && LOOPBACK.has(issuer.hostname);
    const config = await client.discovery(
      issuer,
      settings.clientId,
      undefined,
      client.ClientSecretBasic(settings.clientSecret),
      insecure ? { execute: [client.allowInsecureRequests] } : undefined,
    );
    return config;
  })().catch((error) => {
    configuration = null;
    throw error;
  });
  return configuration;
}

const redirectUri = () => `${env().publicUrl}${OIDC_PATHS.callback}`;

/** Where to send the browser, and the state that binds this login to it. */
export async function startOidcLogin(returnTo: string, level: TrustLevel | null): Promise<{ location: string; state: string }> {
  const config = await providerConfiguration();
  const state = client.randomState();
  const nonce = client.randomNonce();
  const codeVerifier = client.randomPKCECodeVerifier();
  await saveLoginRequest({ id: state, protocol: "oidc", returnTo, requestedLevel: level, codeVerifier, nonce });
  const location = client.buildAuthorizationUrl(config, {
    redirect_uri: redirectUri(),
    scope: "openid profile email address",
    state,
    nonce,
    code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
    code_challenge_method: "S256",
  });
  return { location: location.href, state };
}

const ACR_LEVELS: Record<string, TrustLevel> = {
  ...EIDAS_LEVELS,
  substantiell: "substantiell",
  hoch: "hoch",
};

type Claims = Record<string, unknown>;

/** The portal's identity attributes from standard OIDC claims (ID token and UserInfo). */
export function attributesFromClaims(claims: Claims): IdentityAttributes {
  const address = (typeof claims.address === "object" && claims.address ? claims.address : {}) as Claims;
  const mappedAddress = present({
    street: assertedText(address.street_address),
    postalCode: assertedText(address.postal_code),
    city: assertedText(address.locality),
    country: assertedText(address.country),
  });
  const birthDate = assertedText(claims.birthdate);
  const attributes: IdentityAttributes = {
    givenName: assertedText(claims.given_name),
    familyName: assertedText(claims.family_name),
    birthDate: birthDate && /^\d{4}-\d{2}-\d{2}$/.test(birthDate) ? birthDate : undefined,
    email: claims.email_verified === false ? undefined : assertedText(claims.email),
    ...(Object.keys(mappedAddress).length > 0 ? { address: mappedAddress } : {}),
  };
  return present(attributes);
}

const refused = (reason: RefusalReason, detail: string, status?: 400 | 403) => refuseLogged("OIDC", reason, detail, status);

/**
 * Completes the login at the callback address `incoming`: checks the state (this browser's and the
 * stored one), exchanges the code with PKCE, checks the nonce.
 */
export async function completeOidcLogin(incoming: URL, browserState: string | null): Promise<LoginResult> {
  const state = incoming.searchParams.get("state");
  if (!state || state.length > 200) return refused("state", "no state");
  if (browserState !== state) return refused("state", "state does not match this browser");
  const open = await takeLoginRequest(state, "oidc");
  if (!open) return refused("unknownRequest", "state unknown or used");
  if (incoming.searchParams.has("error")) return refused("cancelled", incoming.searchParams.get("error") ?? "");
  const config = await providerConfiguration();
  // The callback address as the provider knows it: behind a proxy the request's own URL differs.
  const current = new URL(`${redirectUri()}${incoming.search}`);
  let claims: Claims;
  try {
    const tokens = await client.authorizationCodeGrant(config, current, {
      pkceCodeVerifier: open.codeVerifier ?? undefined,
      expectedState: state,
      expectedNonce: open.nonce ?? undefined,
      idTokenExpected: true,
    });
    const idClaims = tokens.claims();
    if (!idClaims) return refused("malformed", "no ID token");
    const userInfo = await client.fetchUserInfo(config, tokens.access_token, idClaims.sub);
    claims = { ...idClaims, ...userInfo };
  } catch (error) {
    return refused("malformed", error instanceof Error ? error.message : String(error));
  }
  const subject = assertedText(claims.sub);
  if (!subject) return refused("noSubject", "no sub");
  const trustLevel = ACR_LEVELS[String(claims.acr ?? "")] ?? "basisregistrierung";
  if (open.requestedLevel && !meetsTrustLevel(trustLevel, open.requestedLevel))
    return refused("levelTooLow", `${trustLevel} < ${open.requestedLevel}`, 403);
  return {
    ok: true,
    returnTo: open.returnTo,
    identity: { provider: "oidc", subject, trustLevel, attributes: attributesFromClaims(claims) },
  };
}
