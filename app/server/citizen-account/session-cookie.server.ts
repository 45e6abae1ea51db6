import { cookieAttributes, readCookie } from "../cookies.server";
import { CITIZEN_SESSION_ABSOLUTE_MS } from "./session-policy";

/** The citizen session cookie, with the portal's cookie attributes (cookies.server.ts). */
export const CITIZEN_COOKIE = "bp_citizen";

const TOKEN = /^[A-Za-z0-9_-]{20,100}$/;

export function readCitizenToken(request: Request): string | null {
  const value = readCookie(request, CITIZEN_COOKIE);
  return value && TOKEN.test(value) ? value : null;
}

export function citizenSessionCookie(request: Request, token: string): string {
  return `${CITIZEN_COOKIE}=${token}; ${cookieAttributes(request)}; Max-Age=${Math.floor(CITIZEN_SESSION_ABSOLUTE_MS / 1000)}`;
}

export function clearedCitizenSessionCookie(request: Request): string {
  return `${CITIZEN_COOKIE}=; ${cookieAttributes(request)}; Max-Age=0`;
}
