/**
 * What the outbox worker tells after each claim (ADR 047): how many receipts were due and not yet
 * taken. Submissions are held on this report, so it must count receipts only, not e-mails, and
 * only those due now: not one that waits for its retry or that another claim has leased.
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
    await processOutboxOnce(outboxHandlers, (receiptsDue) => reports.push(receiptsDue));
    return reports;
  };

  it("reports the receipts due and not yet taken, the ones it claimed included", async () => {
    const submitted = [await submitDogTax(), await submitDogTax(), await submitDogTax()];
    for (const { caseId } of submitted) await dueSince(caseId, 3, ["receipt", "citizen-confirmation"]);
    expect(await claimOnce()).toEqual([3]);
  });

  it("counts no receipt that waits for a retry or is leased to another claim", async () => {
    const [due, waiting] = [await submitDogTax(), await submitDogTax()];
    await dueSince(due.caseId, 30 * 24 * 3600, ["receipt"]);
    await dueSince(waiting.caseId, 0, []);
    expect(await claimOnce()).toEqual([1]);
  });

  it("reports 0 when it claimed only e-mails, and when nothing was due", async () => {
    const submitted = await submitDogTax();
    await dueSince(submitted.caseId, 30, ["authority-notice"]);
    expect(await claimOnce()).toEqual([0]);
    expect(await claimOnce()).toEqual([0]);
  });
});
