import { and, eq, ilike, or, sql, type SQL } from "drizzle-orm";
import { cases, municipalities, serviceVersions, staffUsers } from "../../../db/schema";
import { db } from "../db.server";
import type { InboxFilters } from "./inbox-filters";
import { encodeCursor, type InboxCursor } from "./keyset-cursor.server";
import { CASE_STATUSES, type CaseStatus } from "./lifecycle";

/**
 * The inbox: cases routed to one authority, newest first. Every query here takes the
 * authority id as its first argument and filters by it: another authority's cases can never
 * appear, whatever the other filters say.
 */

export type InboxRow = {
  id: string;
  caseNumber: string;
  serviceId: string;
  serviceTitle: string;
  municipalityAgs: string;
  municipalityName: string;
  applicantName: string;
  /** ISO 8601 with PostgreSQL's microseconds, UTC */
  submittedAt: string;
  updatedAt: string;
  status: CaseStatus;
  revision: number;
  assignedToName: string | null;
  /** A citizen's reply to a Rückfrage that no clerk has opened yet ("Antwort eingegangen"). */
  replyUnread: boolean;
};

export type InboxPage = { rows: InboxRow[]; nextCursor: string | null };

export const INBOX_PAGE_SIZE = 25;
export const MAX_PAGE_SIZE = 100;
/** Cases per page of the case API when the caller names no `limit`. */
export const API_PAGE_SIZE = 50;

const isoMicros = (column: SQL | typeof cases.submittedAt) =>
  sql<string>`to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

/** LIKE patterns from user input: `%`, `_` and `\` are literal characters, not wildcards. */
function likeLiteral(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

export function inboxConditions(authorityId: string, filters: InboxFilters, options: { ignoreStatus?: boolean } = {}): SQL {
  const conditions: SQL[] = [eq(cases.authorityId, authorityId)];
  if (filters.status && !options.ignoreStatus) conditions.push(eq(cases.status, filters.status));
  if (filters.service) conditions.push(eq(cases.serviceId, filters.service));
  if (filters.municipality) conditions.push(eq(cases.municipalityAgs, filters.municipality));
  // Dates are days in Germany: from its midnight in Europe/Berlin up to the next midnight after `to`.
  if (filters.from) conditions.push(sql`${cases.submittedAt} >= (${filters.from}::date::timestamp at time zone 'Europe/Berlin')`);
  if (filters.to) conditions.push(sql`${cases.submittedAt} < ((${filters.to}::date + 1)::timestamp at time zone 'Europe/Berlin')`);
  if (filters.q) {
    const q = likeLiteral(filters.q);
    conditions.push(or(ilike(cases.caseNumber, `${q}%`), ilike(cases.applicantName, `%${q}%`))!);
  }
  return and(...conditions)!;
}

export async function listInbox(
  authorityId: string,
  filters: InboxFilters,
  page: { cursor?: InboxCursor | null; limit?: number } = {},
): Promise<InboxPage> {
  const limit = Math.min(Math.max(page.limit ?? INBOX_PAGE_SIZE, 1), MAX_PAGE_SIZE * 10);
  const where = page.cursor
    ? and(
        inboxConditions(authorityId, filters),
        sql`(${cases.submittedAt}, ${cases.id}) < (${page.cursor.submittedAt}::timestamptz, ${page.cursor.id}::uuid)`,
      )
    : inboxConditions(authorityId, filters);
  const rows = await (
    await db()
  )
    .select({
      id: cases.id,
      caseNumber: cases.caseNumber,
      serviceId: cases.serviceId,
      serviceTitle: serviceVersions.title,
      municipalityAgs: cases.municipalityAgs,
      municipalityName: municipalities.name,
      applicantName: cases.applicantName,
      submittedAt: isoMicros(cases.submittedAt),
      updatedAt: isoMicros(sql`${cases.updatedAt}`),
      status: cases.status,
      revision: cases.revision,
      assignedToName: staffUsers.displayName,
      replyUnread: sql<boolean>`${cases.replyUnreadSince} is not null`,
    })
    .from(cases)
    .innerJoin(serviceVersions, and(eq(serviceVersions.serviceId, cases.serviceId), eq(serviceVersions.version, cases.serviceVersion)))
    .innerJoin(municipalities, eq(municipalities.ags, cases.municipalityAgs))
    .leftJoin(staffUsers, eq(staffUsers.id, cases.assignedToId))
    .where(where)
    // Spelled exactly as the inbox indexes are declared (drizzle's .desc() is DESC NULLS LAST);
    // a plain DESC (NULLS FIRST) would not match them and PostgreSQL would sort every row.
    .orderBy(sql`${cases.submittedAt} desc nulls last`, sql`${cases.id} desc nulls last`)
    .limit(limit + 1);
  const more = rows.length > limit;
  const shown = more ? rows.slice(0, limit) : rows;
  const last = shown.at(-1);
  return { rows: shown, nextCursor: more && last ? encodeCursor({ submittedAt: last.submittedAt, id: last.id }) : null };
}

/** How many of the authority's cases are in each status, under the other filters of the view. */
export async function countByStatus(authorityId: string, filters: InboxFilters): Promise<Record<CaseStatus, number>> {
  const rows = await (
    await db()
  )
    .select({ status: cases.status, count: sql<number>`count(*)::int` })
    .from(cases)
    .where(inboxConditions(authorityId, filters, { ignoreStatus: true }))
    .groupBy(cases.status);
  const counts = Object.fromEntries(CASE_STATUSES.map((s) => [s, 0])) as Record<CaseStatus, number>;
  for (const row of rows) counts[row.status] = Number(row.count);
  return counts;
}
