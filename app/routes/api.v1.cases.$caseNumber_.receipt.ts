import type { LoaderFunctionArgs } from "@remix-run/node";
import { caseFromAccessCodeHeader } from "~/server/api/access-code-guard.server";
import { pdfResponse } from "~/server/api/pdf-response.server";
import { receiptOf } from "~/server/submissions/receipt-store.server";

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const access = await caseFromAccessCodeHeader(request, context, params.caseNumber ?? "");
  if (!access.ok) return access.response;
  return pdfResponse(await receiptOf(access.case.id), `Eingangsbestaetigung-${access.case.caseNumber}.pdf`);
}
