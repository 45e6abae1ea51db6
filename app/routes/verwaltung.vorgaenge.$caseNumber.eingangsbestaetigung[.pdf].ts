import type { LoaderFunctionArgs } from "@remix-run/node";
import { caseReceipt } from "~/server/cases/case-files.server";
import { downloadResponse } from "~/server/cases/download.http.server";
import { requireStaff } from "~/server/staff/guards.http.server";
import { NO_STORE } from "~/server/staff/no-store.http.server";

/** The receipt exactly as stored at submission: the same bytes the citizen received. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireStaff(request, "clerk");
  const file = await caseReceipt(user.authorityId, params.caseNumber ?? "");
  if (!file) {
    return new Response("Für diesen Vorgang gibt es in Ihrer Behörde keine Eingangsbestätigung.", {
      status: 404,
      headers: { ...NO_STORE, "Content-Type": "text/plain; charset=utf-8" },
    });
  }
  return downloadResponse(file);
}
