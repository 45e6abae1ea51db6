import type { Database } from "../../../db/client";
import { auditLog } from "../../../db/schema";

export type AuditEntry = {
  actorId: string | null;
  authorityId: string | null;
  /** e.g. "staff.account.created", "api-token.revoked" */
  action: string;
  /** What the action was about, e.g. "staff_user:<id>"; indexed for "what happened to X". */
  target: string;
  /** Identifiers and flags only: never passwords, tokens or personal data beyond a username. */
  details?: Record<string, unknown>;
};

/** Written inside the transaction of the action it records, so the trail never misses or invents one. */
export async function recordAudit(database: Pick<Database, "insert">, entry: AuditEntry): Promise<void> {
  await database.insert(auditLog).values({ ...entry, details: entry.details ?? null });
}
