import type { ActionFunctionArgs } from "@remix-run/node";
import { methodNotAllowed } from "~/server/api/json-body.server";
import { publishOverApi } from "~/server/publishing/api-handlers.server";

/** Publishes a draft version: it becomes immutable and the version new applications get. */
export async function action({ request, params }: ActionFunctionArgs) {
  if (request.method !== "POST") return methodNotAllowed(["POST"]);
  return publishOverApi(request, params);
}

export const loader = () => methodNotAllowed(["POST"]);
