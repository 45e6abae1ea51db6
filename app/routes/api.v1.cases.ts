import type { LoaderFunctionArgs } from "@remix-run/node";
import { apiError, apiJson, apiRefusalText, apiText } from "~/server/api/responses.server";
import { caseSummaryResource } from "~/server/cases/case-resource";
import { parseInboxFilters } from "~/server/cases/inbox-filters";
import { API_PAGE_SIZE, listInbox, MAX_PAGE_SIZE } from "~/server/cases/inbox.server";
import { decodeCursor } from "~/server/cases/keyset-cursor.server";
import { requireApiClient } from "~/server/staff/api-auth.http.server";

/** The cases of the token's authority, newest first, keyset-paginated with `nextCursor`. */
export async function loader({ request }: LoaderFunctionArgs) {
  const auth = await requireApiClient(request, "cases:read");
  if (!auth.ok) return auth.response;
  const params = new URL(request.url).searchParams;
  const { filters, problems } = parseInboxFilters(params);
  if (problems.length > 0) return apiError(400, "invalid_filter", problems.map((problem) => apiRefusalText(request, problem)).join(" "));
  const rawCursor = params.get("cursor");
  const cursor = decodeCursor(rawCursor);
  if (rawCursor && !cursor) return apiError(400, "invalid_cursor", apiText(request, "api.invalidCursor"));
  const rawLimit = params.get("limit");
  const limit = rawLimit === null ? API_PAGE_SIZE : Number(rawLimit);
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_PAGE_SIZE) {
    return apiError(400, "invalid_limit", apiText(request, "api.invalidLimit", { max: MAX_PAGE_SIZE }));
  }
  const page = await listInbox(auth.client.authorityId, filters, { cursor, limit });
  return apiJson({ items: page.rows.map(caseSummaryResource), nextCursor: page.nextCursor });
}
