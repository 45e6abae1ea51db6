/**
 * A service that requires a minimum trust level (ADR 037, `minTrustLevel` in its definition):
 * the start page offers sign-in at that level, and start, every step and the submit refuse a
 * citizen without such a login — on the server, whatever the browser shows.
 */
import type { FormDefinition, Lang } from "../../engine/types";
import { translate } from "../../lib/i18n/translate";
import { currentCitizen } from "./citizen-session.http.server";
import { meetsTrustLevel, type TrustLevel } from "./identity";
import type { SignedInCitizen } from "./sessions.server";

/** The sign-in page of the portal, at a level, coming back to `returnTo` (a local path). */
export function signInHref(returnTo: string, level?: TrustLevel): string {
  const query = new URLSearchParams({ zurueck: returnTo });
  if (level) query.set("niveau", level);
  return `/anmelden?${query.toString()}`;
}

export interface TrustRequirement {
  required: TrustLevel;
  /** The level of the current login, or null when not signed in. */
  actual: TrustLevel | null;
  met: boolean;
  signInHref: string;
}

/** What the start page says about signing in, or null when the service needs no login. */
export function trustRequirement(definition: FormDefinition, citizen: SignedInCitizen | null, returnTo: string): TrustRequirement | null {
  const required = definition.minTrustLevel;
  if (!required) return null;
  const actual = citizen?.trustLevel ?? null;
  return { required, actual, met: actual !== null && meetsTrustLevel(actual, required), signInHref: signInHref(returnTo, required) };
}

/**
 * The signed-in citizen, after checking the service's minimum trust level: a 403 page that says
 * which level is needed and which the login has when it falls short.
 */
export async function requireTrustLevel(request: Request, definition: FormDefinition, lang: Lang): Promise<SignedInCitizen | null> {
  const citizen = await currentCitizen(request);
  const required = definition.minTrustLevel;
  if (!required || (citizen && meetsTrustLevel(citizen.trustLevel, required))) return citizen;
  const message = citizen
    ? translate(lang, "trust.refusedLevel", { required, actual: citizen.trustLevel })
    : translate(lang, "trust.refusedAnonymous", { required });
  throw new Response(message, { status: 403, headers: { "Cache-Control": "no-store", "Content-Type": "text/plain; charset=utf-8" } });
}
