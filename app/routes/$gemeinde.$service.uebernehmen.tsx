import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { applyPrefill } from "~/server/citizen-account/prefill.http.server";
import { requestLanguage } from "~/server/i18n/language.http.server";

/** "Aus Ihrem BundID-Konto übernehmen": the identity's values into a step (ADR 037). */
export function action({ request, params }: ActionFunctionArgs) {
  return applyPrefill(request, params, requestLanguage(request));
}

export function loader({ params }: LoaderFunctionArgs) {
  return redirect(`/${params.gemeinde ?? ""}/${params.service ?? ""}`);
}
