import type { ActionFunctionArgs } from "@remix-run/node";
import { methodNotAllowed } from "~/server/api/json-body.server";
import { createDraftOverApi } from "~/server/publishing/api-handlers.server";

/** POST a form definition: a draft of a new service, or of the next version of one of the county's services. */
export async function action({ request }: ActionFunctionArgs) {
  if (request.method !== "POST") return methodNotAllowed(["POST"]);
  return createDraftOverApi(request);
}

export const loader = () => methodNotAllowed(["POST"]);
