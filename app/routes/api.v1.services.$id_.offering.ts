import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { methodNotAllowed } from "~/server/api/json-body.server";
import { offeringOverApi, replaceOfferingOverApi } from "~/server/publishing/api-handlers.server";

/** The municipalities of the token's county that offer the service. */
export const loader = ({ request, params }: LoaderFunctionArgs) => offeringOverApi(request, params);

export async function action({ request, params }: ActionFunctionArgs) {
  if (request.method !== "PUT") return methodNotAllowed(["GET", "PUT"]);
  return replaceOfferingOverApi(request, params);
}
