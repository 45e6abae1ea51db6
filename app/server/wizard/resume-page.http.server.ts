/**
 * /fortsetzen: open a saved draft with its resume code, typed into the form or from the link
 * in the e-mail (`?code=…` only fills the form: opening a draft is a POST, so link scanners in
 * mail systems cannot take it over). Attempts per client address are rate limited.
 */
import { data, redirect } from "@remix-run/node";
import type { Lang } from "../../engine/types";
import { translate } from "../../lib/i18n/translate";
import { clientAddress, hitRateLimit, retryMinutes, type RateLimit } from "../rate-limit.server";
import { draftCookie } from "../drafts/draft-cookie.server";
import { clearedFlash, flashCookie, readFlash } from "./flash.server";
import { redeemResumeCode } from "../drafts/resume.server";
import { readPageForm } from "../form-body.http.server";

const FLASH = "bp_fortsetzen";
const PATH = "/fortsetzen";
/** Guessing a 60-bit code is hopeless at 20 attempts per quarter hour. */
export const RESUME_ATTEMPTS: RateLimit = { name: "resume-code", limit: 20, windowSeconds: 15 * 60 };

export interface ResumePageData {
  code: string;
  error: string | null;
}

export function loadResumePage(request: Request, lang: Lang) {
  const flash = readFlash<{ code: string; error: string }>(request, FLASH);
  const url = new URL(request.url);
  const page: ResumePageData = {
    code: (typeof flash?.code === "string" ? flash.code : (url.searchParams.get("code") ?? "")).slice(0, 40),
    error: typeof flash?.error === "string" ? flash.error : null,
  };
  if (page.error === "missing") page.error = translate(lang, "resume.missing");
  else if (page.error === "unknown") page.error = translate(lang, "resume.unknown");
  else if (page.error?.startsWith("rate:")) page.error = translate(lang, "common.tooManyAttempts", { minutes: page.error.slice(5) });
  else page.error = null;
  return data(page, { headers: { "Cache-Control": "no-store", ...(flash ? { "Set-Cookie": clearedFlash(request, FLASH, PATH) } : {}) } });
}

export async function resumeDraft(request: Request, context: { clientAddress?: string }): Promise<Response> {
  const form = await readPageForm(request);
  const code = String(form.get("code") ?? "")
    .trim()
    .slice(0, 40);
  const back = (error: string) =>
    redirect(PATH, {
      status: 303,
      headers: { "Set-Cookie": flashCookie(request, FLASH, PATH, { code, error }), "Cache-Control": "no-store" },
    });
  if (code === "") return back("missing");
  const limit = await hitRateLimit(RESUME_ATTEMPTS, clientAddress(context));
  if (!limit.allowed) return back(`rate:${retryMinutes(limit.retryAfterSeconds)}`);
  const result = await redeemResumeCode(code);
  if (!result.ok) return back("unknown");
  const headers = new Headers({ "Cache-Control": "no-store" });
  headers.append("Set-Cookie", draftCookie(request, result.draft.serviceId, result.token));
  return redirect(`${result.target}?hinweis=fortgesetzt`, { status: 303, headers });
}
