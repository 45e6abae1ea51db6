/**
 * Mein Bereich: the account's saved drafts (ADR 037). Resuming binds the draft to this browser
 * (a new cookie token, as a resume code does); deleting removes it with its uploads. Both only
 * for a draft the account owns.
 */
import { and, desc, eq, gt, isNull, sql } from "drizzle-orm";
import { drafts, municipalities, serviceVersions } from "../../../db/schema";
import type { Lang } from "../../engine/types";
import { db } from "../db.server";
import { bindNewToken, deleteDraft, type DraftRecord } from "../drafts/drafts.server";
import { isUuid } from "../uploads/attachments.server";
import { continuePage, wizardBase } from "../wizard/walk-position.server";

/** A person keeps a handful of drafts; more are listed by the newest. */
const DRAFT_LIST_LIMIT = 50;

export interface MyDraft {
  id: string;
  service: string;
  municipality: string;
  updatedAt: string;
  expiresAt: string;
}

const ownedOpen = (accountId: string) =>
  and(eq(drafts.ownerAccountId, accountId), isNull(drafts.submittedCaseId), gt(drafts.expiresAt, new Date()));

export async function myDrafts(accountId: string, lang: Lang): Promise<MyDraft[]> {
  const rows = await (
    await db()
  )
    .select({
      id: drafts.id,
      service: sql<string>`coalesce(${serviceVersions.definition} -> 'title' ->> ${lang}, ${serviceVersions.title})`,
      municipality: municipalities.name,
      updatedAt: drafts.updatedAt,
      expiresAt: drafts.expiresAt,
    })
    .from(drafts)
    .innerJoin(serviceVersions, and(eq(serviceVersions.serviceId, drafts.serviceId), eq(serviceVersions.version, drafts.serviceVersion)))
    .innerJoin(municipalities, eq(municipalities.ags, drafts.municipalityAgs))
    .where(ownedOpen(accountId))
    .orderBy(desc(drafts.updatedAt))
    .limit(DRAFT_LIST_LIMIT);
  return rows.map((row) => ({ ...row, updatedAt: row.updatedAt.toISOString(), expiresAt: row.expiresAt.toISOString() }));
}

async function ownedDraft(accountId: string, draftId: string): Promise<DraftRecord | null> {
  if (!isUuid(draftId)) return null;
  const [draft] = await (
    await db()
  )
    .select()
    .from(drafts)
    .where(and(eq(drafts.id, draftId), ownedOpen(accountId)))
    .limit(1);
  return draft ?? null;
}

/** Where the draft continues and the new cookie token that opens it there; null when not the account's. */
export async function resumeMyDraft(
  accountId: string,
  draftId: string,
): Promise<{ serviceId: string; token: string; target: string } | null> {
  const draft = await ownedDraft(accountId, draftId);
  if (!draft) return null;
  const [[municipality], page] = await Promise.all([
    (await db()).select({ slug: municipalities.slug }).from(municipalities).where(eq(municipalities.ags, draft.municipalityAgs)),
    continuePage(draft),
  ]);
  if (!municipality || page === null) return null;
  const token = await bindNewToken(draft.id);
  return { serviceId: draft.serviceId, token, target: `${wizardBase(municipality.slug, draft.serviceId)}/${page}` };
}

export async function deleteMyDraft(accountId: string, draftId: string): Promise<boolean> {
  const draft = await ownedDraft(accountId, draftId);
  if (!draft) return false;
  await deleteDraft(draft.id);
  return true;
}
