import type { ActionFunctionArgs } from "@remix-run/node";
import { readRequestBody } from "~/server/api/request-body.server";
import { apiJson, apiRefusalText } from "~/server/api/responses.server";
import { transitionCase, type CaseTransitionBody } from "~/server/cases/transitions.server";
import { refusalStatus } from "~/server/refusal-status.http.server";
import { requireApiClient } from "~/server/staff/api-auth.http.server";

/** `{ to, note?, message?, revision? }` → 200 with the new status and revision; 404, 409, 422 as documented. */
export async function action({ request, params }: ActionFunctionArgs) {
  const auth = await requireApiClient(request, "cases:write");
  if (!auth.ok) return auth.response;
  const body = await readRequestBody<CaseTransitionBody>(request, "transitionCase");
  if (!body.ok) return body.response;
  const { to, note, message, revision } = body.value;
  const { client } = auth;
  const result = await transitionCase({
    authorityId: client.authorityId,
    caseNumber: params.caseNumber ?? "",
    to,
    note,
    message,
    revision,
    actor: { kind: "api", id: client.tokenId, name: client.name, authorityId: client.authorityId },
  });
  if (!result.ok) {
    const message = apiRefusalText(request, result);
    const problems = result.field ? { errors: [{ pointer: `/${result.field}`, message }] } : {};
    return apiJson(
      { error: { code: result.code, message, ...(result.field ? { field: result.field } : {}) }, ...problems },
      { status: refusalStatus(result) },
    );
  }
  return apiJson({ caseNumber: params.caseNumber, status: result.status, revision: result.revision });
}
