import type { ActionFunctionArgs } from "@remix-run/node";
import { requestLanguage } from "~/server/i18n/language.http.server";
import { handleStepSync } from "~/server/wizard/step-sync.http.server";

/** The wizard's background sync (ADR 034); a page never links here, so a GET is refused. */
export function loader() {
  return new Response("Method Not Allowed", { status: 405, headers: { Allow: "POST", "Cache-Control": "no-store" } });
}

export function action({ request, params }: ActionFunctionArgs) {
  return handleStepSync(request, params, requestLanguage(request));
}
