import type { LoaderFunctionArgs } from "@remix-run/node";
import { caseFromAccessCodeHeader } from "~/server/api/access-code-guard.server";
import { apiJson } from "~/server/api/responses.server";
import { citizenStatus } from "~/server/submissions/case-access.server";

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const access = await caseFromAccessCodeHeader(request, context, params.caseNumber ?? "");
  if (!access.ok) return access.response;
  return apiJson(await citizenStatus(access.case.id));
}
