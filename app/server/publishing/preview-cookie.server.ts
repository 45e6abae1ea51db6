/**
 * The preview's walk through a form lives in a cookie, never in the database: nothing of a
 * preview is stored, neither as a case nor as a draft. The cookie is scoped to the preview of
 * one version (Path), holds the machine state and unaccepted answers compressed, and ends with
 * the browser session. It is not signed: it only carries the editor's own test answers, and the
 * engine checks its shape and replays every step against the version's rules.
 */
import { deflateRawSync, inflateRawSync } from "node:zlib";
import { cookieAttributes, readCookie } from "../cookies.server";
import { readDraftState, type DraftState } from "../drafts/draft-state";

const COOKIE = "bp_vorschau";
/** Browsers keep about 4 KB per cookie; beyond that the preview asks for shorter test answers. */
export const MAX_PREVIEW_COOKIE = 3800;

export function readPreviewState(request: Request): DraftState | null {
  const raw = readCookie(request, COOKIE);
  if (raw === null) return null;
  try {
    return readDraftState(JSON.parse(inflateRawSync(Buffer.from(raw, "base64url"), { maxOutputLength: 1024 * 1024 }).toString("utf8")));
  } catch {
    return null;
  }
}

/** The Set-Cookie value for the state, or null when it would be too large for a cookie. */
export function previewStateCookie(request: Request, path: string, state: DraftState): string | null {
  const value = deflateRawSync(Buffer.from(JSON.stringify(state), "utf8")).toString("base64url");
  if (value.length > MAX_PREVIEW_COOKIE) return null;
  // Same attributes as the wizard's draft cookie (httpOnly, SameSite=Lax, Secure over https), no Max-Age: it ends with the session.
  return `${COOKIE}=${value}; ${cookieAttributes(request, path)}`;
}

export function clearedPreviewCookie(request: Request, path: string): string {
  return `${COOKIE}=; ${cookieAttributes(request, path)}; Max-Age=0`;
}
