/**
 * POST /status/zurueckziehen: first the confirmation page (the access is checked, nothing
 * changes), then — with `bestaetigt=ja` — the withdrawal itself. Two posts, no JavaScript needed.
 */
import { data } from "@remix-run/node";
import type { Lang } from "../../engine/types";
import { byAccessCode } from "../citizen-cases/citizen-access";
import { withdrawApplication } from "../citizen-cases/withdraw.server";
import { readPageForm } from "../form-body.http.server";
import { refusalMessage } from "../outcome";
import { clientAddress } from "../rate-limit.server";
import { REFUSAL_STATUS } from "../refusal-status.http.server";
import { lookUpCase, lookupFailed } from "./citizen-status.http.server";
import { refusalHeaders, type PageProblem } from "./reply-post.http.server";

const NO_STORE = { "Cache-Control": "no-store" };

export type WithdrawPageData =
  | { confirm: { caseNumber: string; accessCode: string; reason: string; problems: PageProblem[] } }
  | { done: { caseNumber: string } }
  | { refused: { caseNumber: string; accessCode: string; problems: PageProblem[] } };

export async function handleWithdrawPost(request: Request, context: { clientAddress?: string }, lang: Lang) {
  const form = await readPageForm(request);
  const field = (name: string) => {
    const value = form.get(name);
    return typeof value === "string" ? value : "";
  };
  const caseNumber = field("vorgangsnummer").trim().toUpperCase().slice(0, 40);
  const accessCode = field("zugangscode").trim().slice(0, 64);
  if (field("bestaetigt") !== "ja") {
    const found = await lookUpCase(form, context);
    if (!found.ok) return lookupFailed(request, caseNumber, found);
    const confirm = { caseNumber: found.caseNumber, accessCode, reason: "", problems: [] };
    return data({ confirm } satisfies WithdrawPageData, { headers: NO_STORE });
  }
  const reason = field("grund");
  const result = await withdrawApplication({ access: byAccessCode(caseNumber, accessCode), reason, client: clientAddress(context) });
  if (result.ok) return data({ done: { caseNumber: result.caseNumber } } satisfies WithdrawPageData, { headers: NO_STORE });
  const problems = [{ pointer: "/grund", message: refusalMessage(result, lang) }];
  const status = REFUSAL_STATUS[result.kind];
  // A reason that is too long: the confirmation again, with the text kept; anything else ends here.
  const page: WithdrawPageData =
    result.field === "grund"
      ? { confirm: { caseNumber, accessCode, reason, problems } }
      : { refused: { caseNumber, accessCode, problems } };
  return data(page, { status, headers: refusalHeaders(result) });
}
