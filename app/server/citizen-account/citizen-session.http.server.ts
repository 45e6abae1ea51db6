import { redirect } from "@remix-run/node";
import type { CitizenIdentity } from "./identity";
import { citizenSessionCookie, clearedCitizenSessionCookie, readCitizenToken } from "./session-cookie.server";
import {
  closeAllCitizenSessions,
  closeCitizenSession,
  openCitizenSession,
  resolveCitizenSession,
  type SignedInCitizen,
} from "./sessions.server";

/** The signed-in citizen of this request, or null (anonymous: the portal works as before). */
export async function currentCitizen(request: Request): Promise<SignedInCitizen | null> {
  const token = readCitizenToken(request);
  return token ? resolveCitizenSession(token) : null;
}

/**
 * After a login protocol verified an identity: open the session and go where the citizen was
 * heading. `returnTo` must already be a checked local path (see safeReturnPath).
 */
export async function signInCitizen(request: Request, identity: CitizenIdentity, returnTo: string): Promise<Response> {
  const { token } = await openCitizenSession(identity);
  return redirect(returnTo, { headers: { "Set-Cookie": citizenSessionCookie(request, token), "Cache-Control": "no-store" } });
}

/** Signs out this device, or every device of the account. */
export async function signOutCitizen(request: Request, everywhere: boolean, returnTo = "/"): Promise<Response> {
  const token = readCitizenToken(request);
  if (token) {
    const citizen = everywhere ? await resolveCitizenSession(token) : null;
    if (citizen) await closeAllCitizenSessions(citizen.accountId);
    else await closeCitizenSession(token);
  }
  return redirect(returnTo, { headers: { "Set-Cookie": clearedCitizenSessionCookie(request), "Cache-Control": "no-store" } });
}

/** A return path after sign-in: only a local path of this portal, never another origin. */
export function safeReturnPath(candidate: string | null | undefined, fallback = "/mein-bereich"): string {
  if (!candidate || !candidate.startsWith("/") || candidate.startsWith("//") || candidate.includes("\\")) return fallback;
  try {
    const url = new URL(candidate, "http://portal.invalid");
    return url.origin === "http://portal.invalid" ? url.pathname + url.search : fallback;
  } catch {
    return fallback;
  }
}
