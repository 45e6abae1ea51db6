import type { LoaderFunctionArgs } from "@remix-run/node";
import { accountExportResponse } from "~/server/citizen-account/account-pages.http.server";

/** Everything the portal keeps for the signed-in account, as a JSON download (ADR 037). */
export function loader({ request }: LoaderFunctionArgs) {
  return accountExportResponse(request);
}
