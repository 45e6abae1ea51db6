import { ageInDays, formatDateTime } from "./dates";
import { filtersToParams, parseInboxFilters } from "./inbox-filters";
import { inboxFilterOptions } from "./inbox-options.server";
import { countByStatus, listInbox } from "./inbox.server";
import { decodeCursor } from "./keyset-cursor.server";
import { text, worded } from "../outcome";

/** Everything the inbox page shows, from its query string: one call for the route. */
export async function inboxView(authorityId: string, search: URLSearchParams, now = new Date()) {
  const { filters, problems, typedDays } = parseInboxFilters(search);
  const refused = problems.length > 0;
  const rawCursor = search.get("cursor");
  const cursor = decodeCursor(rawCursor);
  if (rawCursor && !cursor) problems.push({ field: "q", ...worded(text("refusal.pageLinkInvalid")) });
  const [page, counts, options] = await Promise.all([
    listInbox(authorityId, filters, { cursor }),
    countByStatus(authorityId, filters),
    inboxFilterOptions(authorityId),
  ]);
  const query = filtersToParams(filters);
  const nextParams = new URLSearchParams(query);
  if (page.nextCursor) nextParams.set("cursor", page.nextCursor);
  return {
    filters,
    problems,
    typedDays,
    /** A filter was refused (the page answers 400); a stale page link only falls back to the first page. */
    refused,
    counts,
    options,
    isFirstPage: !cursor,
    rows: page.rows.map((r) => ({
      caseNumber: r.caseNumber,
      serviceTitle: r.serviceTitle,
      municipalityName: r.municipalityName,
      applicantName: r.applicantName,
      received: formatDateTime(r.submittedAt),
      receivedIso: r.submittedAt,
      status: r.status,
      ageDays: ageInDays(r.submittedAt, now),
      assignedToName: r.assignedToName,
      replyUnread: r.replyUnread === true,
    })),
    query: query.toString(),
    nextQuery: page.nextCursor ? nextParams.toString() : null,
  };
}

export type InboxView = Awaited<ReturnType<typeof inboxView>>;
