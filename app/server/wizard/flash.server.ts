/**
 * A one-time message from an action to the page it redirects to (post/redirect/get): an
 * httpOnly cookie scoped to that page's path, read once and cleared by the page's loader.
 * Used where the next page must show something that is stored nowhere in clear (a new resume
 * code) or what the citizen typed into a refused form.
 *
 * The cookie's path is the page's parent folder: a browser sends a cookie for `/status` only to
 * `/status` and below, not to `/status.data`, which is where Remix loads the page's data after
 * a post when JavaScript runs.
 */
import { cookieAttributes, readCookie } from "../cookies.server";

const MAX_AGE_SECONDS = 300;

function parentOf(pagePath: string): string {
  const index = pagePath.lastIndexOf("/");
  return index <= 0 ? "/" : pagePath.slice(0, index);
}

export function flashCookie(request: Request, name: string, pagePath: string, value: unknown): string {
  const encoded = Buffer.from(JSON.stringify(value), "utf8").toString("base64url");
  return `${name}=${encoded}; ${cookieAttributes(request, parentOf(pagePath))}; Max-Age=${MAX_AGE_SECONDS}`;
}

export function clearedFlash(request: Request, name: string, pagePath: string): string {
  return `${name}=; ${cookieAttributes(request, parentOf(pagePath))}; Max-Age=0`;
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
