/**
 * A one-time message from an action to the page it redirects to (post/redirect/get): an
 * httpOnly cookie scoped to that page's path, read once and cleared by the page's loader.
 * Used where the next page must show something that is stored nowhere in clear (a new resume
 * code) or what the citizen typed into a refused form.
 */
import { cookieAttributes, readCookie } from "./draft-cookie.server";

const MAX_AGE_SECONDS = 300;

export function flashCookie(request: Request, name: string, path: string, value: unknown): string {
  const encoded = Buffer.from(JSON.stringify(value), "utf8").toString("base64url");
  return `${name}=${encoded}; ${cookieAttributes(request, path)}; Max-Age=${MAX_AGE_SECONDS}`;
}

export function clearedFlash(request: Request, name: string, path: string): string {
  return `${name}=; ${cookieAttributes(request, path)}; Max-Age=0`;
}

export function readFlash<T extends object>(request: Request, name: string): Partial<T> | null {
  const raw = readCookie(request, name);
  if (!raw) return null;
  try {
    const parsed: unknown = JSON.parse(Buffer.from(raw, "base64url").toString("utf8"));
    return typeof parsed === "object" && parsed !== null && !Array.isArray(parsed) ? (parsed as Partial<T>) : null;
  } catch {
    return null;
  }
}
