/**
 * The citizen's draft cookie: one per service, so drafts of different services can be open at
 * the same time; the portal's cookie attributes (cookies.server.ts), Path=/.
 */
import { cookieAttributes, readCookie } from "../cookies.server";
import { env } from "../env.server";

const PREFIX = "bp_entwurf_";
const TOKEN = /^[A-Za-z0-9_-]{20,100}$/;

export function draftCookieName(serviceId: string): string {
  return `${PREFIX}${serviceId.replace(/[^a-z0-9-]/g, "")}`;
}

export function readDraftToken(request: Request, serviceId: string): string | null {
  const value = readCookie(request, draftCookieName(serviceId));
  return value && TOKEN.test(value) ? value : null;
}

export function draftCookie(request: Request, serviceId: string, token: string): string {
  return `${draftCookieName(serviceId)}=${token}; ${cookieAttributes(request)}; Max-Age=${env().draftTtlDays * 24 * 60 * 60}`;
}
