import type { ActionFunctionArgs } from "@remix-run/node";
import { publishOverApi } from "~/server/publishing/api-handlers.http.server";

/** Publishes a draft version: it becomes immutable and the version new applications get. */
export async function action({ request, params }: ActionFunctionArgs) {
  return publishOverApi(request, params);
}
