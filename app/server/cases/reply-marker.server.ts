import { and, eq, isNotNull } from "drizzle-orm";
import { cases } from "../../../db/schema";
import { db } from "../db.server";
import { isCaseNumberShape } from "./case-record.server";

/**
 * The clerk has opened the case: its "Antwort eingegangen" marker in the inbox goes (ADR 033).
 * Scoped to the clerk's authority like every case query; a case without a marker is not written.
 */
export async function markReplyRead(authorityId: string, caseNumber: string): Promise<void> {
  if (!isCaseNumberShape(caseNumber)) return;
  await (
    await db()
  )
    .update(cases)
    .set({ replyUnreadSince: null })
    .where(and(eq(cases.caseNumber, caseNumber), eq(cases.authorityId, authorityId), isNotNull(cases.replyUnreadSince)));
}
