/**
 * The notice of new cases to the authority responsible: a case submitted alone gets an e-mail of
 * its own; cases that reach the outbox together are listed in one e-mail per authority, in German.
 * Mails are read from MAIL_DIR as the demo writes them.
 */
import { rmSync } from "node:fs";
import { eq } from "drizzle-orm";
import { afterEach, describe, expect, it } from "vitest";
import { authorities, outbox } from "../../../db/schema";
import { usePreparedDatabase } from "../../support/prepared-database";
import { dogTaxRequest } from "../../support/api-submission";
import { mailsTo, useMailFolder } from "../../support/mail-folder";

const mailDir = useMailFolder("bp-authority-notice-");
const { submitApplication } = await import("~/server/submissions/submit.server");
const { processOutboxOnce } = await import("~/server/outbox/outbox-worker.server");
const { outboxHandlers } = await import("~/server/notifications/handlers.server");

const RASTENBERG = "16068042"; // dog tax goes to VG Kölleda
const SOEMMERDA = "16068051"; // dog tax goes to the Stadt Sömmerda

async function submitDogTax(municipalityAgs: string, lang: "de" | "en" = "de") {
  const result = await submitApplication(dogTaxRequest(municipalityAgs, { lang }));
  if (!result.ok) throw new Error(JSON.stringify(result));
  return result.case;
}

describe("notices of new cases to the authority", () => {
  const database = usePreparedDatabase("pglite");
  afterEach(() => {
    rmSync(mailDir, { recursive: true, force: true });
  });

  async function addressOf(authorityId: string) {
    const [authority] = await database.handle.db
      .select({ email: authorities.email })
      .from(authorities)
      .where(eq(authorities.id, authorityId));
    if (!authority?.email) throw new Error(`authority ${authorityId} has no e-mail address`);
    return authority.email;
  }

  it("writes about a case submitted alone in an e-mail of its own", async () => {
    const submitted = await submitDogTax(RASTENBERG, "en");
    await processOutboxOnce(outboxHandlers);
    const [notice, ...more] = await mailsTo(mailDir, await addressOf(submitted.authority.id));
    expect(more).toHaveLength(0);
    expect(notice?.subject).toBe(`Neuer Vorgang ${submitted.caseNumber}: Hundesteuer – Anmeldung eines Hundes (Rastenberg)`);
    expect(notice?.text).toContain(`Vorgangsnummer: ${submitted.caseNumber}`);
  });

  it("lists the cases that arrive together in one e-mail per authority, and delivers every entry", async () => {
    // The Stadt Sömmerda's data hold no address for new cases: one is set here.
    await database.handle.db
      .update(authorities)
      .set({ email: "vorgaenge@soemmerda.example" })
      .where(eq(authorities.id, "gemeinde-16068051"));
    const kolleda = [await submitDogTax(RASTENBERG), await submitDogTax(RASTENBERG, "en"), await submitDogTax(RASTENBERG)];
    const soemmerda = await submitDogTax(SOEMMERDA);
    await processOutboxOnce(outboxHandlers);

    const [list, ...more] = await mailsTo(mailDir, await addressOf(kolleda[0]!.authority.id));
    expect(more).toHaveLength(0);
    expect(list?.subject).toBe("3 neue Vorgänge im Bürgerportal");
    const lines = list?.text?.split("\n").filter((line) => /^\S+-\d{4}-\d{6}:/.test(line));
    expect(lines).toEqual(
      kolleda.map((c) =>
        expect.stringMatching(
          new RegExp(
            `^${c.caseNumber}: Hundesteuer – Anmeldung eines Hundes \\(Rastenberg\\), eingegangen am \\d\\d\\.\\d\\d\\.\\d{4}, \\d\\d:\\d\\d$`,
          ),
        ),
      ),
    );
    expect(list?.text).toContain("Im Bürgerportal sind 3 neue Anträge für Ihre Behörde eingegangen");

    const single = await mailsTo(mailDir, await addressOf(soemmerda.authority.id));
    expect(single.map((mail) => mail.subject)).toEqual([
      `Neuer Vorgang ${soemmerda.caseNumber}: Hundesteuer – Anmeldung eines Hundes (Sömmerda)`,
    ]);

    const caseIds = [...kolleda, soemmerda].map((c) => c.caseId);
    const notices = (await database.handle.db.select().from(outbox).where(eq(outbox.kind, "authority-notice"))).filter((entry) =>
      caseIds.includes(String((entry.payload as { caseId?: unknown }).caseId)),
    );
    expect(notices).toHaveLength(4);
    expect(notices.every((entry) => entry.deliveredAt !== null && entry.lastError === null)).toBe(true);
  });
});
