import { csvDocument } from "./csv";
import { ageInDays, formatDateTime } from "./dates";
import type { InboxFilters } from "./inbox-filters";
import { listInbox, type InboxRow } from "./inbox.server";
import type { InboxCursor } from "./keyset-cursor.server";
import { decodeCursor } from "./keyset-cursor.server";
import { STATUS_LABELS } from "./lifecycle";

/** The inbox view with its current filters, all pages, as CSV for a spreadsheet. */

export const CSV_HEADER = [
  "Vorgangsnummer",
  "Leistung",
  "Gemeinde",
  "Antragsteller/in",
  "Eingegangen",
  "Status",
  "Alter (Tage)",
  "Zugewiesen an",
];
/** A bound on one export; the filters narrow anything larger. */
export const CSV_MAX_ROWS = 50_000;

export async function inboxCsv(authorityId: string, filters: InboxFilters, now = new Date()): Promise<{ csv: string; rows: number }> {
  const rows: InboxRow[] = [];
  let cursor: InboxCursor | null = null;
  do {
    const page = await listInbox(authorityId, filters, { cursor, limit: 1000 });
    rows.push(...page.rows);
    cursor = decodeCursor(page.nextCursor);
  } while (cursor && rows.length < CSV_MAX_ROWS);
  const csv = csvDocument(
    CSV_HEADER,
    rows
      .slice(0, CSV_MAX_ROWS)
      .map((r) => [
        r.caseNumber,
        r.serviceTitle,
        r.municipalityName,
        r.applicantName,
        formatDateTime(r.submittedAt),
        STATUS_LABELS[r.status],
        ageInDays(r.submittedAt, now),
        r.assignedToName,
      ]),
  );
  return { csv, rows: Math.min(rows.length, CSV_MAX_ROWS) };
}
