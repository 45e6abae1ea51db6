/** POST /status/antwort-bestaetigung.pdf: a reply's receipt for case number + access code (never in a URL). */
import { pdfResponse } from "../api/pdf-response.server";
import { byAccessCode } from "../citizen-cases/citizen-access";
import { replyReceipt } from "../citizen-cases/reply-receipt.server";
import { readPageForm } from "../form-body.http.server";
import { translate, type Lang } from "../../lib/i18n/translate";
import { lookUpCase, lookupFailed } from "./citizen-status.http.server";

export async function handleReplyReceiptPost(request: Request, context: { clientAddress?: string }, lang: Lang): Promise<Response> {
  const form = await readPageForm(request);
  const found = await lookUpCase(form, context);
  if (!found.ok) return lookupFailed(request, String(form.get("vorgangsnummer") ?? "").trim(), found);
  const receipt = await replyReceipt(
    byAccessCode(found.caseNumber, String(form.get("zugangscode") ?? "")),
    String(form.get("antwort") ?? ""),
  );
  if (!receipt) {
    throw new Response(translate(lang, "refusal.citizenCaseNotFound"), {
      status: 404,
      headers: { "Cache-Control": "no-store", "Content-Type": "text/plain; charset=utf-8" },
    });
  }
  return pdfResponse(receipt.pdf, `Antwortbestaetigung-${receipt.caseNumber}.pdf`);
}
