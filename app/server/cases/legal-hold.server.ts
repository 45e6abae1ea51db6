/**
 * The legal hold (Löschsperre, ADR 021): a clerk of the case's authority keeps a case from the
 * retention job, e.g. during an objection or a court case, and lifts it again. Each change is
 * written to the audit log and the case history in the transaction that makes it.
 */
import { eq } from "drizzle-orm";
import { caseEvents, cases, staffUsers } from "../../../db/schema";
import { db } from "../db.server";
import { env } from "../env.server";
import { recordAudit } from "../staff/audit.server";
import type { CaseActor } from "./case-actor";
import { actorColumns, lockCase, notFoundFailure, type CaseRefusal } from "./case-change.server";
import type { CaseEventView } from "./case-record.server";
import { isClosed, retentionDaysOf, retentionState, type RetentionState } from "./retention";
import type { CaseStatus } from "./lifecycle";

export type LegalHoldRequest = { authorityId: string; caseNumber: string; hold: boolean; actor: CaseActor; now?: Date };

export async function setLegalHold(input: LegalHoldRequest): Promise<{ ok: true; changed: boolean } | CaseRefusal> {
  const now = input.now ?? new Date();
  return (await db()).transaction(async (tx) => {
    const current = await lockCase(tx, input.authorityId, input.caseNumber);
    if (!current) return notFoundFailure();
    const [row] = await tx.select({ legalHoldAt: cases.legalHoldAt }).from(cases).where(eq(cases.id, current.id));
    if ((row?.legalHoldAt !== null) === input.hold) return { ok: true, changed: false };
    await tx
      .update(cases)
      .set(input.hold ? { legalHoldAt: now, legalHoldById: input.actor.id } : { legalHoldAt: null, legalHoldById: null })
      .where(eq(cases.id, current.id));
    await tx.insert(caseEvents).values({
      caseId: current.id,
      kind: "note",
      ...actorColumns(input.actor),
      note: input.hold ? "Löschsperre gesetzt: Der Vorgang wird nicht gelöscht." : "Löschsperre aufgehoben.",
    });
    await recordAudit(tx, {
      actorId: input.actor.id,
      authorityId: input.authorityId,
      action: input.hold ? "case.legal-hold.set" : "case.legal-hold.lifted",
      target: `case:${input.caseNumber}`,
    });
    return { ok: true, changed: true };
  });
}

export type RetentionView =
  | { kind: "open"; retentionDays: number }
  | { kind: "held"; since: string; by: string | null }
  | { kind: "scheduled"; retentionDays: number; deleteFrom: string };

/** What the case page says about deletion: the hold, the date from which it goes, or the period once closed. */
export async function retentionView(
  caseId: string,
  status: CaseStatus,
  events: CaseEventView[],
  definition: { retentionDays?: unknown } | null,
): Promise<RetentionView> {
  const [row] = await (
    await db()
  )
    .select({ legalHoldAt: cases.legalHoldAt, by: staffUsers.displayName })
    .from(cases)
    .leftJoin(staffUsers, eq(staffUsers.id, cases.legalHoldById))
    .where(eq(cases.id, caseId));
  const retentionDays = retentionDaysOf(definition, env().retentionDaysDefault);
  const closing = events.filter((e) => e.kind === "transition" && e.toStatus !== null && isClosed(e.toStatus)).at(-1);
  const state: RetentionState = retentionState({
    status,
    closedAt: closing ? new Date(closing.at) : null,
    legalHoldAt: row?.legalHoldAt ?? null,
    retentionDays,
  });
  if (state.kind === "held") return { kind: "held", since: state.since.toISOString(), by: row?.by ?? null };
  if (state.kind === "scheduled") return { kind: "scheduled", retentionDays, deleteFrom: state.deleteFrom.toISOString() };
  return { kind: "open", retentionDays };
}
