import type { LoaderFunctionArgs } from "@remix-run/node";
import { myCaseReceipt } from "~/server/citizen-account/my-case-actions.http.server";
import { requireCitizen } from "~/server/citizen-account/require-citizen.http.server";
import { requestLanguage } from "~/server/i18n/language.http.server";

/** The case's receipt for the account that owns it (a GET: the cookie, not the address, opens it). */
export async function loader({ request, params }: LoaderFunctionArgs) {
  return myCaseReceipt(await requireCitizen(request), params.caseNumber, requestLanguage(request));
}
