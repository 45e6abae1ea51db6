import type { ActionFunctionArgs } from "@remix-run/node";
import { readJsonBody } from "~/server/api/json-body.server";
import { apiError, apiJson } from "~/server/api/responses.server";
import { transitionCase } from "~/server/cases/transitions.server";
import { requireApiClient } from "~/server/staff/api-auth.server";

/** `{ to, note?, message?, revision? }` → 200 with the new status and revision; 404, 409, 422 as documented. */
export async function action({ request, params }: ActionFunctionArgs) {
  const auth = await requireApiClient(request, "cases:write");
  if (!auth.ok) return auth.response;
  const body = await readJsonBody(request);
  if (!body.ok) return body.response;
  if (!body.value || typeof body.value !== "object" || Array.isArray(body.value)) {
    return apiError(400, "invalid_request", "Erwartet wird ein JSON-Objekt { to, note, message, revision }.");
  }
  const { to, note, message, revision } = body.value as Record<string, unknown>;
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
  if (!result.ok) return apiError(result.status, result.code, result.message, result.field ? { field: result.field } : {});
  return apiJson({ caseNumber: params.caseNumber, status: result.status, revision: result.revision });
}
