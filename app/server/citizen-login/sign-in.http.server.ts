/**
 * The HTTP side of citizen sign-in, for the thin routes under /anmelden: read the return path
 * and the level asked for, start a login, finish it and open the session, or say why not.
 */
import { data, redirect } from "@remix-run/node";
import { currentCitizen, safeReturnPath, signInCitizen } from "../citizen-account/citizen-session.http.server";
import type { TrustLevel } from "../citizen-account/identity";
import { readPageForm } from "../form-body.http.server";
import { log, describeError } from "../logger.server";
import { bundIdConfig } from "./bundid-config.server";
import { bundIdMetadata, consumeBundIdResponse, startBundIdLogin } from "./bundid.server";
import type { LoginRefusal } from "./login-refusal";
import { cookieAttributes, readCookie } from "../cookies.server";
import { LOGIN_REQUEST_TTL_MS } from "./login-requests.server";
import { completeOidcLogin, oidcConfigured, startOidcLogin } from "./oidc.server";

const NO_STORE = { "Cache-Control": "no-store" };
/** Binds an OIDC login to the browser that started it; SameSite=Lax suffices, the callback is a top-level GET. */
const STATE_COOKIE = "bp_login_state";

const stateCookie = (request: Request, state: string) =>
  `${STATE_COOKIE}=${state}; ${cookieAttributes(request)}; Max-Age=${LOGIN_REQUEST_TTL_MS / 1000}`;
const clearedStateCookie = (request: Request) => `${STATE_COOKIE}=; ${cookieAttributes(request)}; Max-Age=0`;
const REQUESTABLE: readonly TrustLevel[] = ["substantiell", "hoch"];

type Wanted = { returnTo: string; level: TrustLevel | null; levelInvalid: boolean };

function wanted(request: Request): Wanted {
  const params = new URL(request.url).searchParams;
  const raw = params.get("niveau");
  const level = REQUESTABLE.find((candidate) => candidate === raw) ?? null;
  return { returnTo: safeReturnPath(params.get("zurueck")), level, levelInvalid: raw !== null && raw !== "" && level === null };
}

export type SignInPage = {
  returnTo: string;
  level: TrustLevel | null;
  bundId: boolean;
  land: boolean;
  signedIn: boolean;
};

export async function loadSignInPage(request: Request): Promise<SignInPage> {
  const { returnTo, level } = wanted(request);
  return {
    returnTo,
    level,
    bundId: bundIdConfig() !== null,
    land: oidcConfigured(),
    signedIn: (await currentCitizen(request)) !== null,
  };
}

function notConfigured(what: string): Response {
  return new Response(`${what} ist in diesem Portal nicht eingerichtet. Bitte wählen Sie auf /anmelden eine andere Anmeldung.`, {
    status: 404,
    headers: { ...NO_STORE, "Content-Type": "text/plain; charset=utf-8" },
  });
}

function invalidLevel(): Response {
  return new Response("Das verlangte Vertrauensniveau ist unbekannt. Möglich sind „substantiell“ und „hoch“.", {
    status: 400,
    headers: { ...NO_STORE, "Content-Type": "text/plain; charset=utf-8" },
  });
}

/** GET /anmelden/bundid: remembers the request and sends the browser to BundID with a signed AuthnRequest. */
export async function beginBundId(request: Request): Promise<Response> {
  const { returnTo, level, levelInvalid } = wanted(request);
  if (levelInvalid) return invalidLevel();
  const location = await startBundIdLogin(returnTo, level);
  if (!location) return notConfigured("Die Anmeldung mit BundID");
  return redirect(location, { headers: NO_STORE });
}

export function bundIdMetadataResponse(): Response {
  const xml = bundIdMetadata();
  if (!xml) return notConfigured("Die Anmeldung mit BundID");
  return new Response(xml, {
    headers: { "Content-Type": "application/samlmetadata+xml; charset=utf-8", "Cache-Control": "public, max-age=3600" },
  });
}

export type RefusalPage = { refusal: Pick<LoginRefusal, "message" | "reason"> };

function refusalPage(refusal: LoginRefusal, headers: Record<string, string> = {}) {
  return data<RefusalPage>(
    { refusal: { message: refusal.message, reason: refusal.reason } },
    { status: refusal.status, headers: { ...NO_STORE, ...headers } },
  );
}

/** POST /anmelden/bundid/acs: the assertion consumer service (HTTP-POST binding). */
export async function receiveBundIdResponse(request: Request) {
  if (!bundIdConfig()) throw notConfigured("Die Anmeldung mit BundID");
  const form = await readPageForm(request);
  const samlResponse = form.get("SAMLResponse");
  const result = await consumeBundIdResponse(typeof samlResponse === "string" ? samlResponse : null);
  if (!result.ok) return refusalPage(result);
  return signInCitizen(request, result.identity, result.returnTo);
}

/** GET /anmelden/land: sends the browser to the Land's OpenID provider. */
export async function beginLand(request: Request): Promise<Response> {
  const { returnTo, level, levelInvalid } = wanted(request);
  if (levelInvalid) return invalidLevel();
  if (!oidcConfigured()) return notConfigured("Die Anmeldung mit dem Konto Ihres Landes");
  try {
    const { location, state } = await startOidcLogin(returnTo, level);
    return redirect(location, { headers: { ...NO_STORE, "Set-Cookie": stateCookie(request, state) } });
  } catch (error) {
    log.warn("OIDC provider unreachable", describeError(error));
    return new Response("Der Anmeldedienst Ihres Landes ist gerade nicht erreichbar. Bitte versuchen Sie es später erneut.", {
      status: 503,
      headers: { ...NO_STORE, "Content-Type": "text/plain; charset=utf-8", "Retry-After": "60" },
    });
  }
}

/** GET /anmelden/land/callback: back from the provider with a code (or an error). */
export async function finishLand(request: Request) {
  if (!oidcConfigured()) throw notConfigured("Die Anmeldung mit dem Konto Ihres Landes");
  const result = await completeOidcLogin(new URL(request.url), readCookie(request, STATE_COOKIE));
  if (!result.ok) return refusalPage(result, { "Set-Cookie": clearedStateCookie(request) });
  const response = await signInCitizen(request, result.identity, result.returnTo);
  response.headers.append("Set-Cookie", clearedStateCookie(request));
  return response;
}
