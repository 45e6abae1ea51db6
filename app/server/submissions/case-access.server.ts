import { and, asc, eq } from "drizzle-orm";
import { caseEvents, cases } from "../../../db/schema";
import { db } from "../db.server";
import { isCaseNumberShape } from "../cases/case-record.server";
import { accessCodeMatches } from "./access-code.server";

/**
 * The case a citizen (or the submitting system) may see with its access code. An unknown case
 * and a wrong code give the same answer, so a guess tells nothing about whether a case exists.
 */
export async function caseForAccessCode(caseNumber: string, accessCode: string) {
  const normalized = caseNumber.trim().toUpperCase();
  if (!isCaseNumberShape(normalized)) return null;
  const [row] = await (
    await db()
  )
    .select({ id: cases.id, caseNumber: cases.caseNumber, status: cases.status, accessCodeHash: cases.accessCodeHash })
    .from(cases)
    .where(eq(cases.caseNumber, normalized))
    .limit(1);
  if (!row || !accessCodeMatches(accessCode, row.accessCodeHash)) return null;
  return { id: row.id, caseNumber: row.caseNumber, status: row.status };
}

/**
 * The case a signed-in account owns (ADR 037). Another account's case and an unknown number are
 * the same null.
 */
export async function caseOwnedBy(caseNumber: string, accountId: string) {
  const normalized = caseNumber.trim().toUpperCase();
  if (!isCaseNumberShape(normalized)) return null;
  const [row] = await (
    await db()
  )
    .select({ id: cases.id, caseNumber: cases.caseNumber, status: cases.status })
    .from(cases)
    .where(and(eq(cases.caseNumber, normalized), eq(cases.ownerAccountId, accountId)))
    .limit(1);
  return row ?? null;
}

/** What the citizen sees of the history: status changes and messages addressed to them, no internal notes. */
export async function citizenStatus(caseId: string) {
  const database = await db();
  const [row] = await database.select({ caseNumber: cases.caseNumber, status: cases.status }).from(cases).where(eq(cases.id, caseId));
  const events = await database
    .select({ at: caseEvents.at, kind: caseEvents.kind, toStatus: caseEvents.toStatus, citizenMessage: caseEvents.citizenMessage })
    .from(caseEvents)
    .where(and(eq(caseEvents.caseId, caseId)))
    .orderBy(asc(caseEvents.at), asc(caseEvents.id));
  const history = events
    .filter((e) => e.toStatus !== null || e.citizenMessage !== null)
    .map((e) => ({
      at: e.at.toISOString(),
      status: e.toStatus ?? row.status,
      ...(e.citizenMessage ? { note: e.citizenMessage } : {}),
    }));
  return { caseNumber: row.caseNumber, status: row.status, history };
}
