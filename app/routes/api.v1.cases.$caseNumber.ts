import type { LoaderFunctionArgs } from "@remix-run/node";
import { apiJson, apiText, notFound } from "~/server/api/responses.server";
import { exportCase } from "~/server/cases/case-export.server";
import { findCase } from "~/server/cases/case-record.server";
import { requireApiClient } from "~/server/staff/api-auth.server";

/** One case of the token's authority as the export document; another authority's case is a 404. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const auth = await requireApiClient(request, "cases:read");
  if (!auth.ok) return auth.response;
  const record = await findCase(auth.client.authorityId, params.caseNumber ?? "");
  if (!record) return notFound(apiText(request, "api.caseNotInAuthority"));
  return apiJson(await exportCase(record));
}
