/**
 * The daily retention job (ADR 021): deletes closed cases whose period has run out, with their
 * attachments, receipt, history and outbox entries, and leaves one audit entry per case that
 * names the rule but no personal data. Open and held cases are never selected.
 *
 * Safe beside other app processes: due cases are claimed with FOR UPDATE SKIP LOCKED and deleted
 * in the same transaction, so a second process skips them while the first works and finds them
 * gone afterwards; no case is deleted or audited twice.
 */
import { inArray, sql } from "drizzle-orm";
import type { Transaction } from "../../../db/client";
import { attachments, caseEvents, caseReplies, cases, drafts, outbox } from "../../../db/schema";
import { db } from "../db.server";
import { env } from "../env.server";
import { log } from "../logger.server";
import { startPeriodicJob, type PeriodicJob } from "../periodic-job.server";
import { recordAudit } from "../staff/audit.server";
import { CLOSED_STATUSES, deletionDue } from "./retention";

const BATCH = 50;

export const RETENTION_AUDIT_ACTION = "case.deleted-after-retention";

type DueCase = {
  id: string;
  caseNumber: string;
  authorityId: string;
  serviceId: string;
  serviceVersion: number;
  closedAt: Date;
  retentionDays: number;
  ruleSource: "definition" | "default";
};

export type RetentionRun = { deleted: number };

/** Deletes every closed, unheld case whose retention ended at or before `now`; batch by batch. */
export async function deleteExpiredCases(now = new Date(), defaultDays = env().retentionDaysDefault): Promise<RetentionRun> {
  let deleted = 0;
  for (;;) {
    const count = await deleteOneBatch(now, defaultDays);
    deleted += count;
    if (count < BATCH) return { deleted };
  }
}

async function deleteOneBatch(now: Date, defaultDays: number): Promise<number> {
  return (await db()).transaction(async (tx) => {
    const due = await claimDueCases(tx, now, defaultDays);
    if (due.length === 0) return 0;
    const ids = due.map((c) => c.id);
    const removedFiles = await tx.delete(attachments).where(inArray(attachments.caseId, ids)).returning({ caseId: attachments.caseId });
    await tx.delete(caseReplies).where(inArray(caseReplies.caseId, ids));
    await tx.delete(caseEvents).where(inArray(caseEvents.caseId, ids));
    await tx.delete(outbox).where(inArray(sql`${outbox.payload}->>'caseId'`, ids));
    await tx.delete(drafts).where(inArray(drafts.submittedCaseId, ids));
    const removedCases = await tx
      .delete(cases)
      .where(inArray(cases.id, ids))
      .returning({ id: cases.id, hadReceipt: sql<boolean>`${cases.receiptPdf} is not null` });
    const receiptOf = new Map(removedCases.map((c) => [c.id, c.hadReceipt]));
    // Audit what this transaction removed, never what it merely selected.
    for (const c of due.filter((d) => receiptOf.has(d.id))) {
      await recordAudit(tx, {
        actorId: null,
        authorityId: c.authorityId,
        action: RETENTION_AUDIT_ACTION,
        target: `case:${c.caseNumber}`,
        details: {
          serviceId: c.serviceId,
          serviceVersion: c.serviceVersion,
          retentionDays: c.retentionDays,
          rule: c.ruleSource,
          closedAt: c.closedAt.toISOString(),
          dueAt: deletionDue(c.closedAt, c.retentionDays).toISOString(),
          attachments: removedFiles.filter((f) => f.caseId === c.id).length,
          receipt: receiptOf.get(c.id) === true,
        },
      });
    }
    return removedCases.length;
  });
}

async function claimDueCases(tx: Transaction, now: Date, defaultDays: number): Promise<DueCase[]> {
  const closed = sql.join(
    CLOSED_STATUSES.map((s) => sql`${s}`),
    sql`, `,
  );
  const result = await tx.execute(sql`
    select c.id, c.case_number, c.authority_id, c.service_id, c.service_version, closed.at as closed_at,
      (v.definition->>'retentionDays')::int as own_days
    from cases c
    join service_versions v on v.service_id = c.service_id and v.version = c.service_version
    join lateral (
      select max(e.at) as at from case_events e
      where e.case_id = c.id and e.kind = 'transition' and e.to_status in (${closed})
    ) closed on closed.at is not null
    where c.status in (${closed}) and c.legal_hold_at is null
      and closed.at + make_interval(days => coalesce((v.definition->>'retentionDays')::int, ${defaultDays})) <= ${now.toISOString()}::timestamptz
    order by closed.at, c.id
    limit ${BATCH}
    for update of c skip locked`);
  const rows = (result as unknown as { rows: Array<Record<string, unknown>> }).rows;
  return rows.map((row) => {
    const own = row.own_days === null || row.own_days === undefined ? null : Number(row.own_days);
    return {
      id: String(row.id),
      caseNumber: String(row.case_number),
      authorityId: String(row.authority_id),
      serviceId: String(row.service_id),
      serviceVersion: Number(row.service_version),
      closedAt: new Date(row.closed_at as string | Date),
      retentionDays: own ?? defaultDays,
      ruleSource: own === null ? "default" : "definition",
    };
  });
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** The background task for lifecycle.server.ts: runs at start, then daily; stop() waits for a running pass. */
export function startRetentionJob(intervalMs = DAY_MS): PeriodicJob {
  return startPeriodicJob("retention job", intervalMs, async () => {
    const run = await deleteExpiredCases();
    if (run.deleted > 0) log.info("cases deleted after retention", run);
  });
}
