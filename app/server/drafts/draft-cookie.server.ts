/**
 * The citizen's draft cookie: one per service, so drafts of different services can be open at
 * the same time. httpOnly, SameSite=Lax, Path=/, and Secure when the portal is reached over
 * https (the test suite runs production mode over plain http, where Secure would never return).
 */
import { env } from "../env.server";

const PREFIX = "bp_entwurf_";
const TOKEN = /^[A-Za-z0-9_-]{20,100}$/;

export function draftCookieName(serviceId: string): string {
  return `${PREFIX}${serviceId.replace(/[^a-z0-9-]/g, "")}`;
}

export function readCookie(request: Request, name: string): string | null {
  const header = request.headers.get("Cookie");
  if (!header) return null;
  for (const part of header.split(";")) {
    const index = part.indexOf("=");
    if (index < 0) continue;
    if (part.slice(0, index).trim() === name) return part.slice(index + 1).trim();
  }
  return null;
}

export function readDraftToken(request: Request, serviceId: string): string | null {
  const value = readCookie(request, draftCookieName(serviceId));
  return value && TOKEN.test(value) ? value : null;
}

export function cookieAttributes(request: Request, path = "/"): string {
  const secure = env().nodeEnv === "production" && new URL(request.url).protocol === "https:";
  return `Path=${path}; HttpOnly; SameSite=Lax${secure ? "; Secure" : ""}`;
}

export function draftCookie(request: Request, serviceId: string, token: string): string {
  return `${draftCookieName(serviceId)}=${token}; ${cookieAttributes(request)}; Max-Age=${env().draftTtlDays * 24 * 60 * 60}`;
}

export function clearedDraftCookie(request: Request, serviceId: string): string {
  return `${draftCookieName(serviceId)}=; ${cookieAttributes(request)}; Max-Age=0`;
}
