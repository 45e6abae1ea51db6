/**
 * Mein Bereich: the cases a signed-in account owns (ADR 037), newest first, a page at a time —
 * a citizen of a busy municipality may file many over the years, and the page stays one query.
 * Every query names the account: another account's case does not exist here.
 */
import { and, count, desc, eq, sql } from "drizzle-orm";
import { caseEvents, cases, serviceVersions } from "../../../db/schema";
import type { Lang } from "../../engine/types";
import { db } from "../db.server";
import type { CaseStatus } from "../cases/lifecycle";

export const MY_CASES_PAGE_SIZE = 20;
/** Open Rückfragen listed on top; more than this many at once is no real person's case load. */
const QUERY_LIST_LIMIT = 20;

export interface MyCaseRow {
  caseNumber: string;
  status: CaseStatus;
  service: string;
  submittedAt: string;
  /** The latest message of the authority to the citizen, if any. */
  lastMessage: string | null;
}

export interface MyCasesPage {
  rows: MyCaseRow[];
  /** Cases waiting for the citizen's answer, whatever page is shown. */
  queries: MyCaseRow[];
  page: number;
  pages: number;
  total: number;
}

function columns(lang: Lang) {
  return {
    caseNumber: cases.caseNumber,
    status: cases.status,
    service: sql<string>`coalesce(${serviceVersions.definition} -> 'title' ->> ${lang}, ${serviceVersions.title})`,
    submittedAt: cases.submittedAt,
    lastMessage: sql<string | null>`(select e.citizen_message from ${caseEvents} e where e.case_id = ${cases.id}
      and e.citizen_message is not null order by e.at desc, e.id desc limit 1)`,
  };
}

const asRow = (row: { caseNumber: string; status: CaseStatus; service: string; submittedAt: Date; lastMessage: string | null }) => ({
  ...row,
  submittedAt: row.submittedAt.toISOString(),
});

export async function myCases(accountId: string, requestedPage: number, lang: Lang): Promise<MyCasesPage> {
  const database = await db();
  const owned = eq(cases.ownerAccountId, accountId);
  const [{ total }] = await database.select({ total: count() }).from(cases).where(owned);
  const pages = Math.max(1, Math.ceil(total / MY_CASES_PAGE_SIZE));
  const page = Math.min(Math.max(1, Math.floor(requestedPage) || 1), pages);
  const versionJoin = and(eq(serviceVersions.serviceId, cases.serviceId), eq(serviceVersions.version, cases.serviceVersion));
  const [rows, queries] = await Promise.all([
    database
      .select(columns(lang))
      .from(cases)
      .innerJoin(serviceVersions, versionJoin)
      .where(owned)
      .orderBy(desc(cases.submittedAt), desc(cases.id))
      .limit(MY_CASES_PAGE_SIZE)
      .offset((page - 1) * MY_CASES_PAGE_SIZE),
    database
      .select(columns(lang))
      .from(cases)
      .innerJoin(serviceVersions, versionJoin)
      .where(and(owned, eq(cases.status, "rueckfrage")))
      .orderBy(desc(cases.submittedAt))
      .limit(QUERY_LIST_LIMIT),
  ]);
  return { rows: rows.map(asRow), queries: queries.map(asRow), page, pages, total };
}

/** The case numbers an account owns (the deletion page names them). */
export async function myCaseNumbers(accountId: string): Promise<string[]> {
  const rows = await (
    await db()
  )
    .select({ caseNumber: cases.caseNumber })
    .from(cases)
    .where(eq(cases.ownerAccountId, accountId))
    .orderBy(desc(cases.submittedAt));
  return rows.map((row) => row.caseNumber);
}
