/**
 * A citizen answers a Rückfrage (ADR 033): the text and files join the case, the case returns to
 * `in_bearbeitung` through the one transition path, the clerk's inbox marks it "Antwort
 * eingegangen" and the authority may be e-mailed — all in one transaction, or nothing.
 */
import { and, eq, sql } from "drizzle-orm";
import { attachments, caseReplies, cases, outbox } from "../../../db/schema";
import type { Lang } from "../../engine/types";
import { applyTransition } from "../cases/apply-transition.server";
import { Refused, text, worded } from "../outcome";
import type { UploadedFile } from "../uploads/multipart.server";
import type { CitizenAccess } from "./citizen-access";
import { inCitizenCase } from "./citizen-transaction.server";
import { citizenWriteAllowed } from "./rate-limit.server";
import { checkReply, replyHash, type CitizenRefusal } from "./reply-rules";

export type ReplyRequest = {
  access: CitizenAccess;
  /** The form's one-time token: the same token twice is the same reply. */
  token: unknown;
  message: unknown;
  files: UploadedFile[];
  /** The client's address, for the rate limit. */
  client: string;
  lang: Lang;
};

export type ReplyResult = { ok: true; replyId: string; caseNumber: string; sha256: string; repeated: boolean } | CitizenRefusal;

/** The citizen as the history names them: no account, no name (the case holds the applicant's). */
export const CITIZEN_ACTOR = { kind: "citizen", id: null, name: null } as const;

export async function replyToQuery(request: ReplyRequest): Promise<ReplyResult> {
  const limited = await citizenWriteAllowed(request.client);
  if (limited) return limited;
  const reply = checkReply(request, request.lang);
  if ("ok" in reply) return reply;
  return inCitizenCase(request.access, async (tx, current) => {
    const [earlier] = await tx
      .select({ id: caseReplies.id, sha256: caseReplies.sha256 })
      .from(caseReplies)
      .where(and(eq(caseReplies.caseId, current.id), eq(caseReplies.idempotencyToken, reply.token)));
    if (earlier) return { ok: true, replyId: earlier.id, caseNumber: current.caseNumber, sha256: earlier.sha256, repeated: true } as const;
    if (current.status !== "rueckfrage") {
      throw new Refused<CitizenRefusal>({
        ok: false,
        kind: "conflict",
        code: "no_open_query",
        ...worded(text("refusal.replyNoOpenQuery")),
      });
    }
    const { eventId } = await applyTransition(tx, current, {
      to: "in_bearbeitung",
      by: "citizen",
      actor: CITIZEN_ACTOR,
      note: null,
      message: null,
    });
    const sha256 = replyHash(current.caseNumber, reply.message, reply.files);
    const [stored] = await tx
      .insert(caseReplies)
      .values({ caseId: current.id, eventId, idempotencyToken: reply.token, message: reply.message, sha256, lang: request.lang })
      .returning({ id: caseReplies.id });
    if (reply.files.length > 0) {
      await tx.insert(attachments).values(
        reply.files.map((file) => ({
          caseId: current.id,
          replyId: stored.id,
          pointer: "/antwort",
          name: file.name,
          mediaType: file.mediaType,
          size: file.size,
          sha256: file.sha256,
          content: file.bytes,
        })),
      );
    }
    await tx
      .update(cases)
      .set({ replyUnreadSince: sql`coalesce(${cases.replyUnreadSince}, now())` })
      .where(eq(cases.id, current.id));
    if (current.authorityEmail) {
      await tx.insert(outbox).values({ kind: "reply-notice", payload: { caseId: current.id, replyId: stored.id } });
    }
    return { ok: true, replyId: stored.id, caseNumber: current.caseNumber, sha256, repeated: false } as const;
  });
}
