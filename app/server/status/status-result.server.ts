/**
 * What /status shows for a case once its access is proven: status, history, who it is with, the
 * citizen's own replies, and what they can do now (answer a Rückfrage, withdraw; ADR 033).
 */
import { randomUUID } from "node:crypto";
import type { Lang } from "../../engine/types";
import { isFinal } from "../cases/lifecycle";
import { repliesOf } from "../citizen-cases/replies.server";
import { db } from "../db.server";
import { citizenStatus } from "../submissions/case-access.server";
import { caseParties, type CaseParties } from "./case-parties.server";

export interface StatusResult extends CaseParties {
  caseNumber: string;
  accessCode: string;
  status: string;
  history: Array<{ at: string; status: string; note?: string }>;
  replies: Array<{ id: string; at: string; message: string; fileCount: number }>;
  /** A Rückfrage is open: the reply form is shown, with a fresh one-time token. */
  replyToken: string | null;
  canWithdraw: boolean;
}

export async function statusResult(caseId: string, accessCode: string, lang: Lang): Promise<StatusResult> {
  const [status, parties, replies] = await Promise.all([citizenStatus(caseId), caseParties(caseId, lang), repliesOf(await db(), caseId)]);
  return {
    ...status,
    ...parties,
    accessCode,
    replies: replies.map((reply) => ({ id: reply.id, at: reply.at, message: reply.message, fileCount: reply.files.length })),
    replyToken: status.status === "rueckfrage" ? randomUUID() : null,
    canWithdraw: !isFinal(status.status),
  };
}
