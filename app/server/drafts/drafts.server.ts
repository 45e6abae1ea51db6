/**
 * Drafts: a citizen's unfinished application, pinned to the form version it was started on,
 * found by the SHA-256 of the cookie token (or of a resume code), kept until it expires.
 * Every change of a draft runs with its row locked, so two requests of one citizen (a
 * double click, two tabs) apply one after the other, never half over each other.
 */
import { and, eq, gt, isNull, sql } from "drizzle-orm";
import type { Executor, Transaction } from "../../../db/client";
import { drafts } from "../../../db/schema";
import type { Lang } from "../../engine/types";
import { db } from "../db.server";
import { preparedPerDatabase } from "../prepared-statements.server";
import { env } from "../env.server";
import type { DraftState } from "./draft-state";
import { deleteDraftAttachments } from "../uploads/attachments.server";
import { newSecret, secretHash } from "../staff/tokens.server";

export type DraftRecord = typeof drafts.$inferSelect;

/** A draft lives DRAFT_TTL_DAYS after its last change. */
export function draftExpiry(from = new Date()): Date {
  return new Date(from.getTime() + env().draftTtlDays * 24 * 60 * 60 * 1000);
}

export async function createDraft(input: {
  serviceId: string;
  serviceVersion: number;
  municipalityAgs: string;
  lang: Lang;
  state: DraftState;
  /** The signed-in citizen's account: the draft is listed in Mein Bereich (ADR 037). */
  ownerAccountId?: string | null;
}): Promise<{ draft: DraftRecord; token: string }> {
  const token = newSecret();
  const [draft] = await (
    await db()
  )
    .insert(drafts)
    .values({
      tokenHash: secretHash(token),
      serviceId: input.serviceId,
      serviceVersion: input.serviceVersion,
      municipalityAgs: input.municipalityAgs,
      snapshot: input.state,
      lang: input.lang,
      expiresAt: draftExpiry(),
      ownerAccountId: input.ownerAccountId ?? null,
    })
    .returning();
  return { draft, token };
}

// Every wizard page asks for its draft.
const draftByTokenHash = preparedPerDatabase((database) =>
  database
    .select()
    .from(drafts)
    .where(and(eq(drafts.tokenHash, sql.placeholder("tokenHash")), gt(drafts.expiresAt, sql.placeholder("now"))))
    .limit(1)
    .prepare("draft_by_token_hash"),
);

/** The unexpired draft a cookie token opens. */
export async function draftForToken(token: string | null): Promise<DraftRecord | null> {
  if (!token) return null;
  const [draft] = await draftByTokenHash(await db()).execute({ tokenHash: secretHash(token), now: new Date().toISOString() });
  return draft ?? null;
}

/** The unexpired, unsubmitted draft a resume code (already hashed) opens. */
export async function draftForResumeCodeHash(hash: string): Promise<DraftRecord | null> {
  const [draft] = await (
    await db()
  )
    .select()
    .from(drafts)
    .where(and(eq(drafts.resumeCodeHash, hash), gt(drafts.expiresAt, new Date()), isNull(drafts.submittedCaseId)))
    .limit(1);
  return draft ?? null;
}

/**
 * Runs `work` with the draft's row locked (SELECT … FOR UPDATE) inside one transaction.
 * Null when the draft is gone or expired meanwhile.
 */
export async function withLockedDraft<T>(draftId: string, work: (tx: Transaction, draft: DraftRecord) => Promise<T>): Promise<T | null> {
  return (await db()).transaction(async (tx) => {
    const [draft] = await tx
      .select()
      .from(drafts)
      .where(and(eq(drafts.id, draftId), gt(drafts.expiresAt, new Date())))
      .for("update");
    if (!draft) return null;
    return work(tx, draft);
  });
}

/** Stores the draft's new state; each change pushes the expiry out again. */
export async function saveDraftState(executor: Executor, draftId: string, state: DraftState): Promise<void> {
  const now = new Date();
  await executor
    .update(drafts)
    .set({ snapshot: state, updatedAt: now, expiresAt: draftExpiry(now) })
    .where(eq(drafts.id, draftId));
}

export async function setResumeCodeHash(draftId: string, hash: string): Promise<void> {
  await (await db()).update(drafts).set({ resumeCodeHash: hash }).where(eq(drafts.id, draftId));
}

/** Binds the draft to a new cookie token (a resume on another browser); the old cookie stops working. */
export async function bindNewToken(draftId: string): Promise<string> {
  const token = newSecret();
  await (
    await db()
  )
    .update(drafts)
    .set({ tokenHash: secretHash(token) })
    .where(eq(drafts.id, draftId));
  return token;
}

export async function markSubmitted(draftId: string, caseId: string, state: DraftState): Promise<void> {
  await (
    await db()
  )
    .update(drafts)
    .set({ submittedCaseId: caseId, snapshot: state, resumeCodeHash: null, updatedAt: new Date() })
    .where(eq(drafts.id, draftId));
}

/**
 * Marks the access code as shown and says whether this call did it: true exactly once per
 * draft, even for two requests at the same moment (one conditional UPDATE).
 */
export async function claimAccessCodeDisplay(draftId: string): Promise<boolean> {
  const claimed = await (
    await db()
  )
    .update(drafts)
    .set({ snapshot: sql`jsonb_set(${drafts.snapshot}, '{accessCodeShown}', 'true'::jsonb, true)` })
    .where(and(eq(drafts.id, draftId), sql`coalesce((${drafts.snapshot}->>'accessCodeShown')::boolean, false) = false`))
    .returning({ id: drafts.id });
  return claimed.length > 0;
}

/** Deletes a draft together with the uploads it still owns (starting afresh, or expiry). */
export async function deleteDraft(draftId: string): Promise<void> {
  await (
    await db()
  ).transaction(async (tx) => {
    await deleteDraftAttachments(tx, draftId);
    await tx.delete(drafts).where(eq(drafts.id, draftId));
  });
}
