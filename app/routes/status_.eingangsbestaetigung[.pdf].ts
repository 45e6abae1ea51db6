import type { ActionFunctionArgs } from "@remix-run/node";
import { lookUpCase, lookupFailed, receiptResponse } from "~/server/status/citizen-status.http.server";
import { readPageForm } from "~/server/form-body.http.server";

/** The receipt for case number + access code, posted from the status page (never in a URL). */
export async function action({ request, context }: ActionFunctionArgs) {
  const form = await readPageForm(request);
  const found = await lookUpCase(form, context);
  if (!found.ok) return lookupFailed(request, String(form.get("vorgangsnummer") ?? "").trim(), found);
  return receiptResponse(found.caseId, found.caseNumber);
}

export function loader() {
  return new Response(null, { status: 303, headers: { Location: "/status" } });
}
