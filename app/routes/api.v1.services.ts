import type { ActionFunctionArgs } from "@remix-run/node";
import { createDraftOverApi } from "~/server/publishing/api-handlers.http.server";

/** POST a form definition: a draft of a new service, or of the next version of one of the county's services. */
export async function action({ request }: ActionFunctionArgs) {
  return createDraftOverApi(request);
}
