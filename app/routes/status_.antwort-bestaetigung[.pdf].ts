import type { ActionFunctionArgs } from "@remix-run/node";
import { requestLanguage } from "~/server/i18n/language.http.server";
import { handleReplyReceiptPost } from "~/server/status/reply-receipt.http.server";

/** The receipt of a reply, posted from the status page with case number and access code (ADR 033). */
export function action({ request, context }: ActionFunctionArgs) {
  return handleReplyReceiptPost(request, context, requestLanguage(request));
}

export function loader() {
  return new Response(null, { status: 303, headers: { Location: "/status" } });
}
