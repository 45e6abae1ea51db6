/**
 * Keyset pagination of the inbox: the cursor is the (submitted_at, id) of the last row shown,
 * so the next page is `where (submitted_at, id) < cursor` on the inbox index — constant cost
 * however deep a clerk pages, and stable while new cases arrive on top.
 *
 * The timestamp keeps PostgreSQL's microseconds (a JS Date would drop them and skip rows).
 */

export type InboxCursor = { submittedAt: string; id: string };

const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?Z$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export function encodeCursor(cursor: InboxCursor): string {
  return Buffer.from(`${cursor.submittedAt}|${cursor.id}`, "utf8").toString("base64url");
}

/** The cursor, or null when the text is not one we issued (tampered, truncated, from another version). */
export function decodeCursor(text: string | null | undefined): InboxCursor | null {
  if (!text || text.length > 200 || !/^[A-Za-z0-9_-]+$/.test(text)) return null;
  const decoded = Buffer.from(text, "base64url").toString("utf8");
  const [submittedAt, id, ...rest] = decoded.split("|");
  if (rest.length > 0 || !submittedAt || !id) return null;
  if (!TIMESTAMP.test(submittedAt) || Number.isNaN(Date.parse(submittedAt)) || !UUID.test(id)) return null;
  return { submittedAt, id };
}
