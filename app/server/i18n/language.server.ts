/**
 * Which UI language a request gets. `?lang=en` (the switch on every page, a plain link that
 * works without JavaScript) stores the choice in a cookie and redirects to the same address
 * without the parameter; afterwards the cookie decides. German is the default.
 */
import { redirect } from "@remix-run/node";
import { readCookie } from "../cookies.server";
import type { Lang } from "../../engine/types";
import { isLang } from "../../lib/i18n/format";
import { isGermanOnlyPath, LANG_PARAM_NAME } from "../../lib/i18n/language-paths";

export { isGermanOnlyPath };

export const LANG_COOKIE = "bp_sprache";

function cookieLanguage(request: Request): Lang | null {
  const value = readCookie(request, LANG_COOKIE);
  return isLang(value) ? value : null;
}

export function requestLanguage(request: Request): Lang {
  if (isGermanOnlyPath(new URL(request.url).pathname)) return "de";
  return cookieLanguage(request) ?? "de";
}

/** A year: the choice outlives a browser restart. Not personal data, so no consent is needed. */
const MAX_AGE = 365 * 24 * 60 * 60;

export function languageCookie(lang: Lang): string {
  return `${LANG_COOKIE}=${lang}; Path=/; SameSite=Lax; Max-Age=${MAX_AGE}`;
}

/** Throws the redirect that stores a language chosen with `?lang=`; does nothing otherwise. */
export function applyLanguageSwitch(request: Request): void {
  if (request.method !== "GET" && request.method !== "HEAD") return;
  const url = new URL(request.url);
  const chosen = url.searchParams.get(LANG_PARAM_NAME);
  if (chosen === null) return;
  url.searchParams.delete(LANG_PARAM_NAME);
  // Single-fetch data requests add `_routes`; the redirect goes to the page itself.
  url.searchParams.delete("_routes");
  const target = `${url.pathname}${url.search}`;
  const headers = new Headers({ "Cache-Control": "no-store" });
  if (isLang(chosen)) headers.set("Set-Cookie", languageCookie(chosen));
  throw redirect(target, { headers });
}

/**
 * The JSON API's language: English when the request's Accept-Language rates English above German,
 * German otherwise (no header, `*`, only other languages). The API has no cookie or switch: a
 * client says per request what it reads. Ties go to the range listed first.
 */
export function apiLanguage(request: Request): Lang {
  const header = request.headers.get("Accept-Language");
  if (!header) return "de";
  let best: { lang: Lang; quality: number } | null = null;
  for (const part of header.split(",").slice(0, 32)) {
    const [range = "", ...params] = part.split(";");
    const primary = range.trim().toLowerCase().split("-")[0];
    if (!isLang(primary)) continue;
    const weight = params.map((param) => param.trim().toLowerCase()).find((param) => param.startsWith("q="));
    const quality = weight === undefined ? 1 : Number(weight.slice(2));
    if (!(quality > 0 && quality <= 1)) continue;
    if (best === null || quality > best.quality) best = { lang: primary, quality };
  }
  return best?.lang ?? "de";
}
