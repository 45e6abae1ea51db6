/**
 * The citizen's rights over their account (ADR 037): everything the portal keeps for it as one
 * JSON document, and its deletion. Deleting removes the account, its sessions and its drafts
 * (with their uploads); the cases stay — the authorities must keep them (retention, ADR 021) —
 * lose the link to the account and stay reachable by case number and access code.
 */
import { and, asc, desc, eq, inArray } from "drizzle-orm";
import { caseReplies, cases, citizenAccounts, citizenSessions, drafts, serviceVersions, attachments } from "../../../db/schema";
import { db } from "../db.server";
import { readDraftState } from "../drafts/draft-state";
import { citizenStatus } from "../submissions/case-access.server";
import { deleteDraftAttachments } from "../uploads/attachments.server";

export const ACCOUNT_EXPORT_FORMAT = 1;

export async function exportAccount(accountId: string, exportedAt = new Date()) {
  const database = await db();
  const [account] = await database
    .select({
      id: citizenAccounts.id,
      provider: citizenAccounts.provider,
      createdAt: citizenAccounts.createdAt,
      lastSignInAt: citizenAccounts.lastSignInAt,
    })
    .from(citizenAccounts)
    .where(eq(citizenAccounts.id, accountId));
  if (!account) return null;
  const [sessions, owned, ownDrafts] = await Promise.all([
    database
      .select({
        trustLevel: citizenSessions.trustLevel,
        attributes: citizenSessions.attributes,
        createdAt: citizenSessions.createdAt,
        expiresAt: citizenSessions.expiresAt,
      })
      .from(citizenSessions)
      .where(eq(citizenSessions.accountId, accountId))
      .orderBy(asc(citizenSessions.createdAt)),
    database
      .select({
        id: cases.id,
        caseNumber: cases.caseNumber,
        serviceId: cases.serviceId,
        serviceVersion: cases.serviceVersion,
        serviceTitle: serviceVersions.title,
        submittedAt: cases.submittedAt,
        data: cases.data,
        dataHash: cases.dataHash,
        identityTrustLevel: cases.identityTrustLevel,
        prefilledFromIdentity: cases.prefilledFromIdentity,
      })
      .from(cases)
      .innerJoin(serviceVersions, and(eq(serviceVersions.serviceId, cases.serviceId), eq(serviceVersions.version, cases.serviceVersion)))
      .where(eq(cases.ownerAccountId, accountId))
      .orderBy(desc(cases.submittedAt)),
    database
      .select({
        serviceId: drafts.serviceId,
        serviceVersion: drafts.serviceVersion,
        municipalityAgs: drafts.municipalityAgs,
        snapshot: drafts.snapshot,
        createdAt: drafts.createdAt,
        updatedAt: drafts.updatedAt,
        expiresAt: drafts.expiresAt,
        submittedCaseId: drafts.submittedCaseId,
      })
      .from(drafts)
      .where(eq(drafts.ownerAccountId, accountId))
      .orderBy(desc(drafts.updatedAt)),
  ]);
  const caseIds = owned.map((row) => row.id);
  const [replies, files] =
    caseIds.length === 0
      ? [[], []]
      : await Promise.all([
          database
            .select({
              id: caseReplies.id,
              caseId: caseReplies.caseId,
              at: caseReplies.createdAt,
              message: caseReplies.message,
              sha256: caseReplies.sha256,
            })
            .from(caseReplies)
            .where(inArray(caseReplies.caseId, caseIds))
            .orderBy(asc(caseReplies.createdAt)),
          database
            .select({
              caseId: attachments.caseId,
              replyId: attachments.replyId,
              name: attachments.name,
              mediaType: attachments.mediaType,
              size: attachments.size,
              sha256: attachments.sha256,
            })
            .from(attachments)
            .where(inArray(attachments.caseId, caseIds))
            .orderBy(asc(attachments.createdAt)),
        ]);
  const histories = await Promise.all(owned.map((row) => citizenStatus(row.id)));
  const fileView = ({ name, mediaType, size, sha256 }: (typeof files)[number]) => ({ name, mediaType, size, sha256 });
  return {
    formatVersion: ACCOUNT_EXPORT_FORMAT,
    exportedAt: exportedAt.toISOString(),
    account: { ...account, createdAt: account.createdAt.toISOString(), lastSignInAt: account.lastSignInAt.toISOString() },
    sessions: sessions.map((s) => ({ ...s, createdAt: s.createdAt.toISOString(), expiresAt: s.expiresAt.toISOString() })),
    cases: owned.map((row, index) => ({
      caseNumber: row.caseNumber,
      service: { id: row.serviceId, version: row.serviceVersion, title: row.serviceTitle },
      submittedAt: row.submittedAt.toISOString(),
      status: histories[index]!.status,
      data: row.data,
      dataHash: row.dataHash,
      identity: { trustLevel: row.identityTrustLevel, prefilledFromIdentity: row.prefilledFromIdentity ?? [] },
      attachments: files.filter((file) => file.caseId === row.id && file.replyId === null).map(fileView),
      history: histories[index]!.history,
      replies: replies
        .filter((reply) => reply.caseId === row.id)
        .map((reply) => ({
          at: reply.at.toISOString(),
          message: reply.message,
          sha256: reply.sha256,
          attachments: files.filter((file) => file.replyId === reply.id).map(fileView),
        })),
    })),
    drafts: ownDrafts
      .filter((draft) => draft.submittedCaseId === null)
      .map((draft) => ({
        service: { id: draft.serviceId, version: draft.serviceVersion },
        municipalityAgs: draft.municipalityAgs,
        createdAt: draft.createdAt.toISOString(),
        updatedAt: draft.updatedAt.toISOString(),
        expiresAt: draft.expiresAt.toISOString(),
        answers: (readDraftState(draft.snapshot).machine as { context?: { data?: unknown } } | null)?.context?.data ?? {},
      })),
  };
}

export type AccountExport = NonNullable<Awaited<ReturnType<typeof exportAccount>>>;

/** Deletes the account, its sessions and drafts in one transaction; returns the case numbers that stay. */
export async function deleteAccount(accountId: string): Promise<{ keptCases: string[] } | null> {
  return (await db()).transaction(async (tx) => {
    const [account] = await tx
      .select({ id: citizenAccounts.id })
      .from(citizenAccounts)
      .where(eq(citizenAccounts.id, accountId))
      .for("update");
    if (!account) return null;
    const ownDrafts = await tx.select({ id: drafts.id }).from(drafts).where(eq(drafts.ownerAccountId, accountId));
    for (const draft of ownDrafts) await deleteDraftAttachments(tx, draft.id);
    await tx.delete(drafts).where(eq(drafts.ownerAccountId, accountId));
    const kept = await tx
      .update(cases)
      .set({ ownerAccountId: null })
      .where(eq(cases.ownerAccountId, accountId))
      .returning({ caseNumber: cases.caseNumber });
    await tx.delete(citizenSessions).where(eq(citizenSessions.accountId, accountId));
    await tx.delete(citizenAccounts).where(eq(citizenAccounts.id, accountId));
    return { keptCases: kept.map((row) => row.caseNumber).sort() };
  });
}
