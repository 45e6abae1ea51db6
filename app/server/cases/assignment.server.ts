import { and, eq, isNull, sql } from "drizzle-orm";
import { caseEvents, cases, staffUsers } from "../../../db/schema";
import { db } from "../db.server";
import { Refused, text, worded } from "../outcome";
import type { CaseActor } from "./case-actor";
import { actorColumns, conflictFailure, lockCase, notFoundFailure, parseRevision, type CaseRefusal } from "./case-change.server";

export type AssignResult = { ok: true; revision: number } | CaseRefusal;

/**
 * Assigns a case to a colleague — an active clerk of the same authority — or clears the
 * assignment (assigneeId null). Bumps the revision like a transition does.
 */
export async function assignCase(input: {
  authorityId: string;
  caseNumber: string;
  assigneeId: string | null;
  revision?: unknown;
  actor: CaseActor;
}): Promise<AssignResult> {
  const revision = parseRevision(input.revision);
  if (revision === null)
    return { ok: false, kind: "malformed", code: "invalid_revision", field: "revision", ...worded(text("refusal.revisionInvalid")) };
  const database = await db();
  try {
    return await database.transaction(async (tx) => {
      const current = await lockCase(tx, input.authorityId, input.caseNumber);
      if (!current) throw new Refused(notFoundFailure());
      if (revision !== undefined && revision !== current.revision) {
        throw new Refused(await conflictFailure(tx, current.id, current.status, current.revision));
      }
      let assigneeName: string | null = null;
      if (input.assigneeId !== null) {
        const [assignee] = /^[0-9a-f-]{36}$/.test(input.assigneeId)
          ? await tx
              .select({ displayName: staffUsers.displayName, roles: staffUsers.roles })
              .from(staffUsers)
              .where(and(eq(staffUsers.id, input.assigneeId), eq(staffUsers.authorityId, input.authorityId), isNull(staffUsers.disabledAt)))
          : [];
        if (!assignee || !assignee.roles.includes("clerk")) {
          throw new Refused({
            ok: false,
            kind: "invalid",
            code: "invalid_assignee",
            field: "assignee",
            ...worded(text("refusal.assigneeInvalid")),
          });
        }
        assigneeName = assignee.displayName;
      }
      const [updated] = await tx
        .update(cases)
        .set({ assignedToId: input.assigneeId, revision: sql`${cases.revision} + 1`, updatedAt: sql`now()` })
        .where(sql`${cases.id} = ${current.id} and ${cases.revision} = ${current.revision}`)
        .returning({ revision: cases.revision });
      await tx.insert(caseEvents).values({
        caseId: current.id,
        kind: "assigned",
        ...actorColumns(input.actor),
        note: assigneeName ? `Zugewiesen an ${assigneeName}` : "Zuweisung aufgehoben",
      });
      return { ok: true, revision: updated.revision } as const;
    });
  } catch (error) {
    if (error instanceof Refused) return error.refusal;
    throw error;
  }
}
