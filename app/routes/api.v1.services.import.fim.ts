import type { ActionFunctionArgs } from "@remix-run/node";
import { importFimOverApi } from "~/server/publishing/api-handlers.http.server";

/** POST a FIM Stammdatenschema (multipart): the draft of a new service of the token's county. */
export async function action({ request }: ActionFunctionArgs) {
  return importFimOverApi(request);
}
