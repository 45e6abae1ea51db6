/**
 * /status: a case's status and history for whoever holds its case number and access code.
 * Every attempt counts against the client's address (RATE_LIMITS.accessCode); an unknown case
 * and a wrong code get the same answer.
 */
import type { FieldError, Lang } from "../../engine/types";
import { translate } from "../../lib/i18n/translate";
import { clientAddress, hitRateLimit, RATE_LIMITS, retryMinutes } from "../rate-limit.server";
import { caseForAccessCode } from "../submissions/case-access.server";
import { pdfResponse } from "../api/pdf-response.server";
import { receiptOf } from "../submissions/receipt-store.server";
import { clearedFlash, flashCookie, readFlash } from "../wizard/flash.server";

export type StatusLookup =
  | { ok: true; caseId: string; caseNumber: string }
  | { ok: false; reason: "missing-case-number" | "missing-access-code" | "not-found" }
  | { ok: false; reason: "rate-limited"; retryAfterSeconds: number };

export async function lookUpCase(form: FormData, context: { clientAddress?: string }): Promise<StatusLookup> {
  const caseNumber = String(form.get("vorgangsnummer") ?? "")
    .trim()
    .slice(0, 40);
  const accessCode = String(form.get("zugangscode") ?? "")
    .trim()
    .slice(0, 64);
  if (caseNumber === "") return { ok: false, reason: "missing-case-number" };
  if (accessCode === "") return { ok: false, reason: "missing-access-code" };
  const limit = await hitRateLimit(RATE_LIMITS.accessCode, clientAddress(context));
  if (!limit.allowed) return { ok: false, reason: "rate-limited", retryAfterSeconds: limit.retryAfterSeconds };
  const found = await caseForAccessCode(caseNumber, accessCode);
  return found ? { ok: true, caseId: found.id, caseNumber: found.caseNumber } : { ok: false, reason: "not-found" };
}

export async function receiptResponse(caseId: string, caseNumber: string): Promise<Response> {
  return pdfResponse(await receiptOf(caseId), `Eingangsbestaetigung-${caseNumber}.pdf`);
}

const FLASH = "bp_status";
const PATH = "/status";

/** A refused lookup goes back to the form (post/redirect/get), keeping the typed case number. */
export function lookupFailed(request: Request, caseNumber: string, failure: Exclude<StatusLookup, { ok: true }>): Response {
  const reason = failure.reason === "rate-limited" ? `rate:${retryMinutes(failure.retryAfterSeconds)}` : failure.reason;
  return new Response(null, {
    status: 303,
    headers: { Location: PATH, "Set-Cookie": flashCookie(request, FLASH, PATH, { caseNumber, reason }), "Cache-Control": "no-store" },
  });
}

export function statusForm(request: Request, lang: Lang): { form: { caseNumber: string; errors: FieldError[] }; headers: HeadersInit } {
  const flash = readFlash<{ caseNumber: string; reason: string }>(request, FLASH);
  const caseNumber = typeof flash?.caseNumber === "string" ? flash.caseNumber.slice(0, 40) : "";
  const reason = typeof flash?.reason === "string" ? flash.reason : "";
  const error = (pointer: string, message: string): FieldError => ({
    pointer,
    fieldPointer: pointer,
    label: "",
    message,
    keyword: "invalid",
  });
  const errors: FieldError[] = [];
  if (reason === "missing-case-number") errors.push(error("/vorgangsnummer", translate(lang, "status.missingCaseNumber")));
  else if (reason === "missing-access-code") errors.push(error("/zugangscode", translate(lang, "status.missingAccessCode")));
  else if (reason === "not-found") errors.push(error("/vorgangsnummer", translate(lang, "status.notFound")));
  else if (reason.startsWith("rate:"))
    errors.push(error("/vorgangsnummer", translate(lang, "common.tooManyAttempts", { minutes: reason.slice(5) })));
  return {
    form: { caseNumber, errors },
    headers: { "Cache-Control": "no-store", ...(flash ? { "Set-Cookie": clearedFlash(request, FLASH, PATH) } : {}) },
  };
}
