import type { LoaderFunctionArgs } from "@remix-run/node";
import { berlinDay } from "~/server/cases/dates";
import { downloadResponse } from "~/server/cases/download.http.server";
import { inboxCsv } from "~/server/cases/inbox-csv.server";
import { parseInboxFilters } from "~/server/cases/inbox-filters";
import { requireStaff } from "~/server/staff/guards.http.server";
import { NO_STORE } from "~/server/staff/no-store.http.server";

/** The inbox with the filters of the link (all pages) as CSV for German spreadsheet tools. */
export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireStaff(request, "clerk");
  const { filters, problems } = parseInboxFilters(new URL(request.url).searchParams);
  if (problems.length > 0) {
    return new Response(problems.map((p) => p.message).join("\n"), {
      status: 400,
      headers: { ...NO_STORE, "Content-Type": "text/plain; charset=utf-8" },
    });
  }
  const { csv } = await inboxCsv(user.authorityId, filters);
  return downloadResponse({ name: `Vorgaenge-${berlinDay(new Date())}.csv`, mediaType: "text/csv; charset=utf-8", content: csv });
}
