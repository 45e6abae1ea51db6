import { env } from "../env.server";
import { SESSION_ABSOLUTE_MS } from "./session-policy";

/**
 * The staff session cookie: httpOnly, SameSite=Lax, and Secure in production when the request
 * came over https (the test suite runs production mode over plain http on 127.0.0.1, where a
 * Secure cookie would never be sent back). Behind a proxy, request.url carries the protocol
 * Express derived from X-Forwarded-Proto of a trusted proxy.
 */
export const STAFF_COOKIE = "bp_staff";

export function readSessionToken(request: Request): string | null {
  const header = request.headers.get("Cookie");
  if (!header) return null;
  for (const part of header.split(";")) {
    const [name, ...rest] = part.trim().split("=");
    if (name === STAFF_COOKIE) {
      const value = rest.join("=");
      return /^[A-Za-z0-9_-]{20,100}$/.test(value) ? value : null;
    }
  }
  return null;
}

function attributes(request: Request): string {
  const secure = env().nodeEnv === "production" && new URL(request.url).protocol === "https:";
  return `Path=/; HttpOnly; SameSite=Lax${secure ? "; Secure" : ""}`;
}

export function sessionCookie(request: Request, token: string): string {
  return `${STAFF_COOKIE}=${token}; ${attributes(request)}; Max-Age=${Math.floor(SESSION_ABSOLUTE_MS / 1000)}`;
}

export function clearedSessionCookie(request: Request): string {
  return `${STAFF_COOKIE}=; ${attributes(request)}; Max-Age=0`;
}
