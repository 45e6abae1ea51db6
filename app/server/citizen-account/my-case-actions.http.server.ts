/**
 * Mein Bereich's own pages of one case (ADR 037): the case as /status shows it, the reply to a
 * Rückfrage, the withdrawal and the receipts — opened by the account that owns the case, never by
 * an access code. The rules are the citizen-cases module's, the same as on /status (ADR 033).
 */
import { data } from "@remix-run/node";
import type { Lang } from "../../engine/types";
import { translate } from "../../lib/i18n/translate";
import { pdfResponse } from "../api/pdf-response.server";
import { byOwner } from "../citizen-cases/citizen-access";
import { replyToQuery } from "../citizen-cases/reply.server";
import { replyReceipt } from "../citizen-cases/reply-receipt.server";
import { withdrawApplication } from "../citizen-cases/withdraw.server";
import { readPageForm } from "../form-body.http.server";
import { refusalMessage } from "../outcome";
import { clientAddress } from "../rate-limit.server";
import { REFUSAL_STATUS } from "../refusal-status.http.server";
import { receiptResponse } from "../status/citizen-status.http.server";
import { problemsOf, readReplyBody, refusalHeaders, type PageProblem } from "../status/reply-post.http.server";
import { statusResult, type StatusResult } from "../status/status-result.server";
import { caseOwnedBy } from "../submissions/case-access.server";
import { notFoundForCitizen } from "./require-citizen.http.server";
import type { SignedInCitizen } from "./sessions.server";

const NO_STORE = { "Cache-Control": "no-store" };

export type MyCaseView = Omit<StatusResult, "accessCode">;

async function ownedOr404(citizen: SignedInCitizen, caseNumber: string | undefined, lang: Lang) {
  const found = await caseOwnedBy(caseNumber ?? "", citizen.accountId);
  if (!found) throw notFoundForCitizen(translate(lang, "refusal.citizenCaseNotFound"));
  return found;
}

export async function loadMyCase(citizen: SignedInCitizen, caseNumber: string | undefined, lang: Lang): Promise<MyCaseView> {
  const found = await ownedOr404(citizen, caseNumber, lang);
  const { accessCode: _none, ...view } = await statusResult(found.id, "", lang);
  return view;
}

export async function myCaseReceipt(citizen: SignedInCitizen, caseNumber: string | undefined, lang: Lang): Promise<Response> {
  const found = await ownedOr404(citizen, caseNumber, lang);
  return receiptResponse(found.id, found.caseNumber);
}

export async function myReplyReceipt(citizen: SignedInCitizen, caseNumber: string | undefined, replyId: string, lang: Lang) {
  const receipt = await replyReceipt(byOwner(caseNumber ?? "", citizen.accountId), replyId);
  if (!receipt) throw notFoundForCitizen(translate(lang, "refusal.citizenCaseNotFound"));
  return pdfResponse(receipt.pdf, `Antwortbestaetigung-${receipt.caseNumber}.pdf`);
}

export type MyReplyPageData =
  | { done: { caseNumber: string; replyId: string; sha256: string } }
  | { refused: { caseNumber: string; token: string; message: string; problems: PageProblem[]; formAgain: boolean; filesSent: boolean } };

export async function postMyReply(
  request: Request,
  citizen: SignedInCitizen,
  caseNumber: string,
  context: { clientAddress?: string },
  lang: Lang,
) {
  const body = await readReplyBody(request, lang);
  const field = (name: string) => body.fields.find(([key]) => key === name)?.[1] ?? "";
  const result = await replyToQuery({
    access: byOwner(caseNumber, citizen.accountId),
    token: field("token"),
    message: field("antwort"),
    files: body.files,
    client: clientAddress(context),
    lang,
  });
  if (result.ok) {
    const done = { caseNumber: result.caseNumber, replyId: result.replyId, sha256: result.sha256 };
    return data({ done } satisfies MyReplyPageData, { headers: NO_STORE });
  }
  const refused = {
    caseNumber,
    token: field("token"),
    message: field("antwort"),
    problems: problemsOf(result, lang),
    formAgain: result.kind === "invalid" || result.kind === "too-large",
    filesSent: body.files.length > 0,
  };
  return data({ refused } satisfies MyReplyPageData, { status: REFUSAL_STATUS[result.kind], headers: refusalHeaders(result) });
}

export type MyWithdrawPageData =
  | { confirm: { caseNumber: string; reason: string; problems: PageProblem[] } }
  | { done: { caseNumber: string } }
  | { refused: { caseNumber: string; problems: PageProblem[] } };

/** The confirmation step: the case must be the account's; nothing changes yet. */
export async function confirmMyWithdrawal(
  citizen: SignedInCitizen,
  caseNumber: string | undefined,
  lang: Lang,
): Promise<MyWithdrawPageData> {
  const found = await ownedOr404(citizen, caseNumber, lang);
  return { confirm: { caseNumber: found.caseNumber, reason: "", problems: [] } };
}

export async function postMyWithdrawal(
  request: Request,
  citizen: SignedInCitizen,
  caseNumber: string,
  context: { clientAddress?: string },
  lang: Lang,
) {
  const form = await readPageForm(request);
  const reason = typeof form.get("grund") === "string" ? String(form.get("grund")) : "";
  const result = await withdrawApplication({ access: byOwner(caseNumber, citizen.accountId), reason, client: clientAddress(context) });
  if (result.ok) return data({ done: { caseNumber: result.caseNumber } } satisfies MyWithdrawPageData, { headers: NO_STORE });
  const problems = [{ pointer: "/grund", message: refusalMessage(result, lang) }];
  const page: MyWithdrawPageData =
    result.field === "grund" ? { confirm: { caseNumber, reason, problems } } : { refused: { caseNumber, problems } };
  return data(page, { status: REFUSAL_STATUS[result.kind], headers: refusalHeaders(result) });
}
