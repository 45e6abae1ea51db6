import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { offeringOverApi, replaceOfferingOverApi } from "~/server/publishing/api-handlers.http.server";

/** Read by GET, replaced by PUT (server/method-policy.js answers every other method with 405). */
export const allowedMethods = ["GET", "HEAD", "PUT"];

/** The municipalities of the token's county that offer the service. */
export const loader = ({ request, params }: LoaderFunctionArgs) => offeringOverApi(request, params);

export async function action({ request, params }: ActionFunctionArgs) {
  return replaceOfferingOverApi(request, params);
}
