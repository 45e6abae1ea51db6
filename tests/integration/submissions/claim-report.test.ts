/**
 * What the outbox worker tells after each claim (ADR 045): how long the receipts it claimed had
 * been due. Submissions are held on this report, so it must be the receipts' own wait: not an
 * e-mail's, and measured from when an entry became due, not from when it was first written.
 */
import { rmSync } from "node:fs";
import { sql } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { databaseKinds } from "../../support/databases";
import { usePreparedDatabase } from "../../support/prepared-database";
import { dogTaxRequest } from "../../support/api-submission";
import { useMailFolder } from "../../support/mail-folder";

const mailDir = useMailFolder("bp-claim-report-");
const { submitApplication } = await import("~/server/submissions/submit.server");
const { processOutboxOnce } = await import("~/server/outbox/outbox-worker.server");
const { outboxHandlers } = await import("~/server/notifications/handlers.server");

afterAll(() => rmSync(mailDir, { recursive: true, force: true }));

describe.each(databaseKinds())("the outbox worker's report on %s", (kind) => {
  const database = usePreparedDatabase(kind);

  const submitDogTax = async () => {
    const result = await submitApplication(dogTaxRequest());
    if (!result.ok) throw new Error(JSON.stringify(result));
    return result.case;
  };
  /** Makes the case's entries of `kinds` due since `seconds` ago; the others not yet due. */
  const dueSince = async (caseId: string, seconds: number, kinds: string[]) => {
    await database.handle.db.execute(sql`
      update outbox set available_at = case when kind = any(${`{${kinds.join(",")}}`}::text[])
        then now() - make_interval(secs => ${seconds}) else now() + interval '1 hour' end
      where payload ->> 'caseId' = ${caseId}`);
  };
  const claimOnce = async () => {
    const reports: number[] = [];
    await processOutboxOnce(outboxHandlers, (receiptWaitMs) => reports.push(receiptWaitMs));
    return reports;
  };

  it("reports how long the claimed receipts were due", async () => {
    const submitted = await submitDogTax();
    await dueSince(submitted.caseId, 3, ["receipt", "citizen-confirmation"]);
    const [reported, ...more] = await claimOnce();
    expect(more).toEqual([]);
    expect(reported).toBeGreaterThanOrEqual(3000);
    expect(reported).toBeLessThan(13_000);
  });

  it("reports a receipt due for weeks (a worker that was down) in full", async () => {
    const submitted = await submitDogTax();
    const thirtyDays = 30 * 24 * 3600;
    await dueSince(submitted.caseId, thirtyDays, ["receipt"]);
    const [reported] = await claimOnce();
    expect(reported).toBeGreaterThanOrEqual(thirtyDays * 1000);
    expect(reported).toBeLessThan((thirtyDays + 60) * 1000);
  });

  it("says nothing about receipts when it claimed only e-mails, and reports 0 when nothing was due", async () => {
    const submitted = await submitDogTax();
    await dueSince(submitted.caseId, 30, ["authority-notice"]);
    expect(await claimOnce()).toEqual([]);
    expect(await claimOnce()).toEqual([0]);
  });
});
