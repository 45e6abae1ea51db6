/** The replies of a case with their files, as the clerk's page, the export and /status show them. */
import { asc, eq, isNotNull, and } from "drizzle-orm";
import type { Executor } from "../../../db/client";
import { attachments, caseReplies } from "../../../db/schema";

export type CaseReplyView = {
  id: string;
  /** The history event of the transition the reply made. */
  eventId: number;
  at: string;
  message: string;
  sha256: string;
  files: Array<{ id: string; name: string; mediaType: string; size: number; sha256: string }>;
};

export async function repliesOf(executor: Executor, caseId: string): Promise<CaseReplyView[]> {
  const [replies, files] = await Promise.all([
    executor
      .select({
        id: caseReplies.id,
        eventId: caseReplies.eventId,
        at: caseReplies.createdAt,
        message: caseReplies.message,
        sha256: caseReplies.sha256,
      })
      .from(caseReplies)
      .where(eq(caseReplies.caseId, caseId))
      .orderBy(asc(caseReplies.createdAt), asc(caseReplies.id)),
    executor
      .select({
        id: attachments.id,
        replyId: attachments.replyId,
        name: attachments.name,
        mediaType: attachments.mediaType,
        size: attachments.size,
        sha256: attachments.sha256,
      })
      .from(attachments)
      .where(and(eq(attachments.caseId, caseId), isNotNull(attachments.replyId)))
      .orderBy(asc(attachments.createdAt), asc(attachments.id)),
  ]);
  return replies.map((reply) => ({
    id: reply.id,
    eventId: reply.eventId,
    at: reply.at.toISOString(),
    message: reply.message,
    sha256: reply.sha256,
    files: files.filter((file) => file.replyId === reply.id).map(({ replyId: _reply, ...file }) => file),
  }));
}
