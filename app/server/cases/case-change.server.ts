import { and, desc, eq } from "drizzle-orm";
import type { Transaction } from "../../../db/client";
import { caseEvents, cases } from "../../../db/schema";
import type { CaseStatus } from "./lifecycle";
import { caseChangedText } from "./case-refusal-texts";
import type { CaseActor } from "./case-actor";
import { isCaseNumberShape } from "./case-record.server";
import { text, worded, type Refusal } from "../outcome";

/** What every change to a case shares: the outcome type, the locked read, the conflict message. */

/** A refused change names the form field it belongs to, where there is one. */
export type CaseRefusal = Refusal<{ field?: "to" | "note" | "message" | "revision" | "assignee" }>;

export const notFoundFailure = (): CaseRefusal => ({
  ok: false,
  kind: "not-found",
  code: "not_found",
  ...worded(text("refusal.caseNotFound")),
});

/**
 * Reads the case and locks its row until commit: a concurrent change of the same case waits
 * here and then sees the new revision, so exactly one of two racing changes wins.
 */
export async function lockCase(tx: Transaction, authorityId: string, caseNumber: string) {
  // Not a case number (e.g. U+0000, which PostgreSQL refuses in text): no such case, no query.
  if (!isCaseNumberShape(caseNumber)) return null;
  const [row] = await tx
    .select({ id: cases.id, status: cases.status, revision: cases.revision, applicantEmail: cases.applicantEmail })
    .from(cases)
    .where(and(eq(cases.caseNumber, caseNumber), eq(cases.authorityId, authorityId)))
    .for("update");
  return row ?? null;
}

export function parseRevision(value: unknown): number | null | undefined {
  if (value === undefined || value === null || value === "") return undefined;
  const n = typeof value === "number" ? value : Number(String(value));
  return Number.isInteger(n) && n >= 1 && n < 2 ** 31 ? n : null;
}

export async function conflictFailure(tx: Transaction, caseId: string, status: CaseStatus, revision: number): Promise<CaseRefusal> {
  const [last] = await tx
    .select({ actorName: caseEvents.actorName })
    .from(caseEvents)
    .where(eq(caseEvents.caseId, caseId))
    .orderBy(desc(caseEvents.at), desc(caseEvents.id))
    .limit(1);
  return {
    ok: false,
    kind: "conflict",
    code: "conflict",
    field: "revision",
    ...worded(caseChangedText(last?.actorName ?? null, status, revision)),
  };
}

export function actorColumns(actor: CaseActor) {
  return { actorKind: actor.kind, actorId: actor.id, actorName: actor.name } as const;
}
