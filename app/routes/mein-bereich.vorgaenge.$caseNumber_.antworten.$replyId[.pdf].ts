import type { LoaderFunctionArgs } from "@remix-run/node";
import { myReplyReceipt } from "~/server/citizen-account/my-case-actions.http.server";
import { requireCitizen } from "~/server/citizen-account/require-citizen.http.server";
import { requestLanguage } from "~/server/i18n/language.http.server";

/** A reply's receipt for the account that owns the case. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  return myReplyReceipt(await requireCitizen(request), params.caseNumber, params.replyId ?? "", requestLanguage(request));
}
