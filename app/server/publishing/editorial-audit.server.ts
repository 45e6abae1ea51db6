/**
 * The audit trail of editorial actions (who, when, what), written inside the transaction of the
 * action it records. One target per service, `service:<id>`, so a service's history is one
 * indexed query; the version and the particulars are in the details.
 */
import { and, desc, eq, inArray, or } from "drizzle-orm";
import type { Database } from "../../../db/client";
import { auditLog, staffUsers } from "../../../db/schema";
import { db } from "../db.server";
import { recordAudit } from "../staff/audit.server";
import { auditIdentity, type EditorialActor } from "./actor";

export const EDITORIAL_ACTIONS = {
  serviceCreated: "publishing.service.created",
  draftSaved: "publishing.draft.saved",
  versionPublished: "publishing.version.published",
  versionRetired: "publishing.version.retired",
  serviceRetired: "publishing.service.retired",
  offeringChanged: "publishing.offering.changed",
  overrideSet: "publishing.routing-override.set",
  overrideRemoved: "publishing.routing-override.removed",
} as const;
export type EditorialAction = (typeof EDITORIAL_ACTIONS)[keyof typeof EDITORIAL_ACTIONS];

/** What every county sees of a shared service: changes of the form itself, not other counties' offerings. */
const SHARED_ACTIONS: EditorialAction[] = [
  EDITORIAL_ACTIONS.serviceCreated,
  EDITORIAL_ACTIONS.draftSaved,
  EDITORIAL_ACTIONS.versionPublished,
  EDITORIAL_ACTIONS.versionRetired,
  EDITORIAL_ACTIONS.serviceRetired,
];

export const serviceTarget = (serviceId: string) => `service:${serviceId}`;

export async function recordEditorialAudit(
  database: Pick<Database, "insert">,
  actor: EditorialActor,
  action: EditorialAction,
  serviceId: string,
  details: Record<string, unknown>,
): Promise<void> {
  const { actorId, authorityId, via } = auditIdentity(actor);
  await recordAudit(database, { actorId, authorityId, action, target: serviceTarget(serviceId), details: { ...details, ...via } });
}

export type HistoryEntry = { at: string; action: EditorialAction; who: string; details: Record<string, unknown> };

export async function serviceHistory(actor: Pick<EditorialActor, "authorityId">, serviceId: string, limit = 50): Promise<HistoryEntry[]> {
  const rows = await (
    await db()
  )
    .select({ at: auditLog.at, action: auditLog.action, details: auditLog.details, displayName: staffUsers.displayName })
    .from(auditLog)
    .leftJoin(staffUsers, eq(staffUsers.id, auditLog.actorId))
    .where(
      and(
        eq(auditLog.target, serviceTarget(serviceId)),
        or(eq(auditLog.authorityId, actor.authorityId), inArray(auditLog.action, SHARED_ACTIONS)),
      ),
    )
    .orderBy(desc(auditLog.at), desc(auditLog.id))
    .limit(limit);
  return rows.map((r) => {
    const details = (r.details ?? {}) as Record<string, unknown>;
    const who = r.displayName ?? (typeof details.tokenName === "string" ? `API-Schlüssel „${details.tokenName}“` : "System");
    return { at: r.at.toISOString(), action: r.action as EditorialAction, who, details };
  });
}
