import { cookieAttributes, readCookie } from "../cookies.server";
import { SESSION_ABSOLUTE_MS } from "./session-policy";

/** The staff session cookie, with the portal's cookie attributes (cookies.server.ts). */
export const STAFF_COOKIE = "bp_staff";

const TOKEN = /^[A-Za-z0-9_-]{20,100}$/;

export function readSessionToken(request: Request): string | null {
  const value = readCookie(request, STAFF_COOKIE);
  return value && TOKEN.test(value) ? value : null;
}

export function sessionCookie(request: Request, token: string): string {
  return `${STAFF_COOKIE}=${token}; ${cookieAttributes(request)}; Max-Age=${Math.floor(SESSION_ABSOLUTE_MS / 1000)}`;
}

export function clearedSessionCookie(request: Request): string {
  return `${STAFF_COOKIE}=; ${cookieAttributes(request)}; Max-Age=0`;
}
