import type { LoaderFunctionArgs } from "@remix-run/node";
import { requestLanguage } from "~/server/i18n/language.http.server";
import { draftReceipt } from "~/server/wizard/confirmation.http.server";

/** The receipt of the case this browser's draft became (the draft cookie proves it is theirs). */
export function loader({ request, params }: LoaderFunctionArgs) {
  return draftReceipt(request, params, requestLanguage(request));
}
