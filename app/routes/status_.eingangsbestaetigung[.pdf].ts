import type { ActionFunctionArgs } from "@remix-run/node";
import { lookUpCase, lookupFailed, receiptResponse } from "~/server/status/citizen-status.server";

/** The receipt for case number + access code, posted from the status page (never in a URL). */
export async function action({ request, context }: ActionFunctionArgs) {
  const form = await request.formData();
  const found = await lookUpCase(form, context);
  if (!found.ok) return lookupFailed(request, String(form.get("vorgangsnummer") ?? "").trim(), found);
  return receiptResponse(found.caseId, found.caseNumber);
}

export function loader() {
  return new Response(null, { status: 303, headers: { Location: "/status" } });
}
