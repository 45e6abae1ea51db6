/**
 * Expired drafts are deleted with the uploads they still own: at start-up and every hour.
 * Uploads already handed over to a case are the case's and stay; uploads whose draft is gone
 * (a draft started afresh) go as well.
 */
import { and, isNotNull, isNull, lte, sql } from "drizzle-orm";
import { attachments, drafts } from "../../../db/schema";
import { db } from "../db.server";
import { log } from "../logger.server";
import { deleteEndedCitizenSessions } from "../citizen-account/sessions.server";
import { deleteExpiredLoginRecords } from "../citizen-login/login-requests.server";
import { startPeriodicJob, type PeriodicJob } from "../periodic-job.server";

export async function deleteExpiredDrafts(now = new Date()): Promise<{ drafts: number; attachments: number }> {
  return (await db()).transaction(async (tx) => {
    const removed = await tx.delete(drafts).where(lte(drafts.expiresAt, now)).returning({ id: drafts.id });
    const orphaned = await tx
      .delete(attachments)
      .where(
        and(
          isNull(attachments.caseId),
          isNotNull(attachments.draftId),
          sql`not exists (select 1 from ${drafts} d where d.id = ${attachments.draftId})`,
        ),
      )
      .returning({ id: attachments.id });
    return { drafts: removed.length, attachments: orphaned.length };
  });
}

const HOUR_MS = 60 * 60 * 1000;

/** The background task for lifecycle.server.ts: runs now, then hourly; stop() waits for a running pass. */
export function startDraftCleanup(intervalMs = HOUR_MS): PeriodicJob {
  return startPeriodicJob("draft cleanup", intervalMs, async () => {
    const removed = await deleteExpiredDrafts();
    if (removed.drafts > 0 || removed.attachments > 0) log.info("expired drafts deleted", removed);
    const sessions = await deleteEndedCitizenSessions();
    if (sessions > 0) log.info("ended citizen sessions deleted", { sessions });
    const loginRecords = await deleteExpiredLoginRecords();
    if (loginRecords > 0) log.info("expired sign-in requests and assertions deleted", { records: loginRecords });
  });
}
