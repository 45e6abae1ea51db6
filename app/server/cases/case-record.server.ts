import { and, asc, eq, isNull, sql } from "drizzle-orm";
import { attachments, authorities, caseEvents, cases, municipalities, serviceVersions, staffUsers } from "../../../db/schema";
import { db } from "../db.server";
import { repliesOf, type CaseReplyView } from "../citizen-cases/replies.server";
import type { CaseStatus } from "./lifecycle";

/**
 * One case as staff read it, always looked up by case number AND authority: a case of another
 * authority is indistinguishable from one that does not exist (the routes answer 404 for both).
 */

export const CASE_NUMBER_SHAPE = /^[A-Z0-9]{2,12}-\d{4}-\d{1,9}$/;

export type CaseEventView = {
  id: number;
  at: string;
  kind: "submitted" | "transition" | "note" | "assigned";
  actorKind: "citizen" | "staff" | "api" | "system";
  actorId: string | null;
  actorName: string | null;
  fromStatus: CaseStatus | null;
  toStatus: CaseStatus | null;
  note: string | null;
  citizenMessage: string | null;
};

export type CaseAttachmentView = { id: string; pointer: string; name: string; mediaType: string; size: number; sha256: string };

export type CaseRecord = {
  id: string;
  caseNumber: string;
  status: CaseStatus;
  revision: number;
  authority: { id: string; name: string };
  municipality: { ags: string; name: string };
  service: { id: string; version: number; title: string; leikaKey: string | null };
  data: Record<string, unknown>;
  dataHash: string;
  applicant: { name: string; email: string | null };
  /** Filed while signed in: the login's trust level and the answers taken from the identity (ADR 037). */
  identity: { trustLevel: "basisregistrierung" | "substantiell" | "hoch" | null; prefilledFromIdentity: string[] } | null;
  channel: "portal" | "api";
  lang: "de" | "en";
  submittedAt: string;
  updatedAt: string;
  assignedTo: { id: string; displayName: string } | null;
  hasReceipt: boolean;
  /** The files of the application; files sent with replies are in `replies`. */
  attachments: CaseAttachmentView[];
  /** The citizen's replies to Rückfragen, oldest first (ADR 033). */
  replies: CaseReplyView[];
  events: CaseEventView[];
};

export function isCaseNumberShape(value: string | undefined): value is string {
  return typeof value === "string" && CASE_NUMBER_SHAPE.test(value);
}

export async function findCase(authorityId: string, caseNumber: string): Promise<CaseRecord | null> {
  if (!isCaseNumberShape(caseNumber)) return null;
  const database = await db();
  const [row] = await database
    .select({
      id: cases.id,
      caseNumber: cases.caseNumber,
      status: cases.status,
      revision: cases.revision,
      authorityId: authorities.id,
      authorityName: authorities.name,
      municipalityAgs: municipalities.ags,
      municipalityName: municipalities.name,
      serviceId: cases.serviceId,
      serviceVersion: cases.serviceVersion,
      serviceTitle: serviceVersions.title,
      leikaKey: serviceVersions.leikaKey,
      data: cases.data,
      dataHash: cases.dataHash,
      applicantName: cases.applicantName,
      applicantEmail: cases.applicantEmail,
      identityTrustLevel: cases.identityTrustLevel,
      prefilledFromIdentity: cases.prefilledFromIdentity,
      channel: cases.channel,
      lang: cases.lang,
      submittedAt: cases.submittedAt,
      updatedAt: cases.updatedAt,
      assignedToId: staffUsers.id,
      assignedToName: staffUsers.displayName,
      hasReceipt: sql<boolean>`${cases.receiptPdf} is not null`,
    })
    .from(cases)
    .innerJoin(authorities, eq(authorities.id, cases.authorityId))
    .innerJoin(municipalities, eq(municipalities.ags, cases.municipalityAgs))
    .innerJoin(serviceVersions, and(eq(serviceVersions.serviceId, cases.serviceId), eq(serviceVersions.version, cases.serviceVersion)))
    .leftJoin(staffUsers, eq(staffUsers.id, cases.assignedToId))
    .where(and(eq(cases.caseNumber, caseNumber), eq(cases.authorityId, authorityId)))
    .limit(1);
  if (!row) return null;

  const [files, events, replies] = await Promise.all([
    database
      .select({
        id: attachments.id,
        pointer: attachments.pointer,
        name: attachments.name,
        mediaType: attachments.mediaType,
        size: attachments.size,
        sha256: attachments.sha256,
      })
      .from(attachments)
      .where(and(eq(attachments.caseId, row.id), isNull(attachments.replyId)))
      .orderBy(asc(attachments.pointer), asc(attachments.createdAt)),
    database.select().from(caseEvents).where(eq(caseEvents.caseId, row.id)).orderBy(asc(caseEvents.at), asc(caseEvents.id)),
    repliesOf(database, row.id),
  ]);

  return {
    id: row.id,
    caseNumber: row.caseNumber,
    status: row.status,
    revision: row.revision,
    authority: { id: row.authorityId, name: row.authorityName },
    municipality: { ags: row.municipalityAgs, name: row.municipalityName },
    service: {
      id: row.serviceId,
      version: row.serviceVersion,
      title: row.serviceTitle,
      leikaKey: row.leikaKey,
    },
    data: row.data as Record<string, unknown>,
    dataHash: row.dataHash,
    applicant: { name: row.applicantName, email: row.applicantEmail },
    identity:
      row.identityTrustLevel !== null || row.prefilledFromIdentity !== null
        ? { trustLevel: row.identityTrustLevel, prefilledFromIdentity: row.prefilledFromIdentity ?? [] }
        : null,
    channel: row.channel,
    lang: row.lang,
    submittedAt: row.submittedAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    assignedTo: row.assignedToId && row.assignedToName ? { id: row.assignedToId, displayName: row.assignedToName } : null,
    hasReceipt: row.hasReceipt === true,
    attachments: files,
    replies,
    events: events.map((e) => ({
      id: e.id,
      at: e.at.toISOString(),
      kind: e.kind,
      actorKind: e.actorKind,
      actorId: e.actorId,
      actorName: e.actorName,
      fromStatus: e.fromStatus,
      toStatus: e.toStatus,
      note: e.note,
      citizenMessage: e.citizenMessage,
    })),
  };
}
