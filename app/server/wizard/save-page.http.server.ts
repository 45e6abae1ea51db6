/**
 * "Speichern und später fortsetzen": the answers are already saved (every step post saves);
 * this page creates a resume code on request, optionally e-mails it, and shows it once.
 */
import { data, redirect } from "@remix-run/node";
import type { Params } from "@remix-run/react";
import type { Lang } from "../../engine/types";
import type { MessageKey } from "../../lib/i18n/dictionary";
import { localizeText, translate, type Localized } from "../../lib/i18n/translate";
import { clientAddress, hitLocalRateLimit, retryMinutes, type RateLimit } from "../rate-limit.server";
import { applicantOf } from "../submissions/applicant";
import { clearedFlash, flashCookie, readFlash } from "./flash.server";
import { issueResumeCode, resumeLink } from "../drafts/resume.server";
import { pageOf } from "./step-events";
import { requireWizard } from "./wizard-context.http.server";
import { readPageForm } from "../form-body.http.server";

const FLASH = "bp_fortsetzungscode";
/** Codes (and e-mails) per client address and hour: enough for people, too few to spam. */
const CODE_ISSUES: RateLimit = { name: "resume-code-issue", limit: 10, windowSeconds: 3600 };
const EMAIL = /^[^\s@]{1,64}@[^\s@]{1,253}\.[^\s@]{2,}$/;

interface SaveFlash {
  code: string;
  emailedTo: string;
  error: MessageKey;
  email: string;
}

export interface SavePageData {
  lang: Lang;
  base: string;
  serviceTitle: Localized;
  expiresAt: string;
  continueHref: string;
  email: string;
  code: string | null;
  link: string | null;
  emailedTo: string | null;
  error: string | null;
  /** A code was created before in this browser session and is not shown again. */
  codeGone: boolean;
}

function pagePath(base: string): string {
  return `${base}/speichern`;
}

export async function loadSavePage(request: Request, params: Params, lang: Lang) {
  const { base, snapshot, draft, service } = await requireWizard(request, params, lang);
  if (draft.submittedCaseId) throw redirect(`${base}/bestaetigung`);
  const flash = readFlash<SaveFlash>(request, FLASH);
  const code = typeof flash?.code === "string" ? flash.code : null;
  const page: SavePageData = {
    lang,
    base,
    serviceTitle: localizeText(service.definition.title, lang),
    expiresAt: draft.expiresAt.toISOString(),
    continueHref: `${base}/${pageOf(snapshot)}`,
    email: typeof flash?.email === "string" ? flash.email : (applicantOf(service.definition, snapshot.context.data).email ?? ""),
    code,
    link: code ? resumeLink(code) : null,
    emailedTo: typeof flash?.emailedTo === "string" ? flash.emailedTo : null,
    error: typeof flash?.error === "string" && flash.error === "save.emailInvalid" ? translate(lang, flash.error) : null,
    codeGone: code === null && draft.resumeCodeHash !== null,
  };
  return data(page, {
    headers: { "Cache-Control": "no-store", ...(flash ? { "Set-Cookie": clearedFlash(request, FLASH, pagePath(base)) } : {}) },
  });
}

export async function createResumeCode(
  request: Request,
  params: Params,
  context: { clientAddress?: string },
  lang: Lang,
): Promise<Response> {
  const { base, draft, service } = await requireWizard(request, params, lang);
  if (draft.submittedCaseId) return redirect(`${base}/bestaetigung`, 303);
  const form = await readPageForm(request);
  const email = String(form.get("email") ?? "")
    .trim()
    .slice(0, 254);
  const back = (value: Partial<SaveFlash>) =>
    redirect(pagePath(base), {
      status: 303,
      headers: { "Set-Cookie": flashCookie(request, FLASH, pagePath(base), value), "Cache-Control": "no-store" },
    });
  if (email !== "" && !EMAIL.test(email)) return back({ error: "save.emailInvalid", email });
  const limit = hitLocalRateLimit(CODE_ISSUES, clientAddress(context));
  if (!limit.allowed) {
    throw new Response(translate(lang, "common.tooManyAttempts", { minutes: retryMinutes(limit.retryAfterSeconds) }), { status: 429 });
  }
  const code = await issueResumeCode(draft, {
    email: email || undefined,
    serviceTitle: localizeText(service.definition.title, lang).text,
    lang,
  });
  return back({ code, ...(email ? { emailedTo: email } : {}) });
}
