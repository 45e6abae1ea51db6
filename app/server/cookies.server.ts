/**
 * Reading a cookie and the attributes every cookie of the portal carries: httpOnly,
 * SameSite=Lax, and Secure in production when the request came over https (the test suite runs
 * production mode over plain http, where a Secure cookie would never return). Behind a proxy,
 * request.url carries the protocol Express derived from X-Forwarded-Proto of a trusted proxy.
 */
import { env } from "./env.server";

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

export function cookieAttributes(request: Request, path = "/"): string {
  const secure = env().nodeEnv === "production" && new URL(request.url).protocol === "https:";
  return `Path=${path}; HttpOnly; SameSite=Lax${secure ? "; Secure" : ""}`;
}
