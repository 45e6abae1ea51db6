/**
 * Drafts as domain objects on a database: expiry and cleanup (uploads included), resume codes
 * (expired ones refused, a redeemed one binds a new cookie), the access code shown once, and
 * the resume-code e-mail that leaves no code behind in the outbox.
 */
import { readFileSync } from "node:fs";
import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { attachments, drafts, outbox } from "../../../db/schema";
import { compile } from "~/engine/compile.server";
import { persistState, startState } from "~/engine/transition";
import type { FormDefinition } from "~/engine/types";
import { deleteExpiredDrafts } from "~/server/drafts/draft-cleanup.server";
import { claimAccessCodeDisplay, createDraft, draftForToken } from "~/server/drafts/drafts.server";
import { sendResumeCodeMail } from "~/server/drafts/resume-mail.server";
import { issueResumeCode, redeemResumeCode } from "~/server/drafts/resume.server";
import { storeAttachment } from "~/server/uploads/attachments.server";
import { databaseKinds } from "../../support/databases";
import { usePreparedDatabase } from "../../support/prepared-database";
import { mailsTo, useMailFolder } from "../../support/mail-folder";

const mailDir = useMailFolder("bp-citizen-mail-");

const definition = JSON.parse(readFileSync("forms/hundesteuer-anmeldung.json", "utf8")) as FormDefinition;
const runtime = compile(definition);
const RASTENBERG = "16068042";

async function newDraft() {
  return createDraft({
    serviceId: definition.id,
    serviceVersion: definition.version,
    municipalityAgs: RASTENBERG,
    lang: "de",
    state: { machine: persistState(runtime, startState(runtime)), pending: {} },
  });
}

describe.each(databaseKinds())("drafts on %s", (kind) => {
  const database = usePreparedDatabase(kind);

  it("deletes expired drafts with the uploads they own, and only those", async () => {
    const db = database.handle.db;
    const expired = await newDraft();
    const current = await newDraft();
    const pdf = new TextEncoder().encode("%PDF-1.4 test");
    const gone = await storeAttachment(db, {
      draftId: expired.draft.id,
      pointer: "/haftpflicht/nachweis",
      name: "a.pdf",
      mediaType: "application/pdf",
      bytes: pdf,
    });
    const kept = await storeAttachment(db, {
      draftId: current.draft.id,
      pointer: "/haftpflicht/nachweis",
      name: "b.pdf",
      mediaType: "application/pdf",
      bytes: pdf,
    });
    await db
      .update(drafts)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(drafts.id, expired.draft.id));

    const removed = await deleteExpiredDrafts();
    expect(removed.drafts).toBeGreaterThanOrEqual(1);
    const left = await db
      .select({ id: attachments.id })
      .from(attachments)
      .where(sql`${attachments.id} in (${gone.id}, ${kept.id})`);
    expect(left.map((row) => row.id)).toEqual([kept.id]);
    expect(await draftForToken(expired.token)).toBeNull();
    expect((await draftForToken(current.token))?.id).toBe(current.draft.id);
  });

  it("redeems a resume code once per browser: the new cookie opens the draft, the old one no longer", async () => {
    const { draft, token } = await newDraft();
    const code = await issueResumeCode(draft, { serviceTitle: "Hundesteuer", lang: "de" });
    const result = await redeemResumeCode(code.toLowerCase());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.target).toBe(`/rastenberg/${definition.id}/schritt/halter`);
    expect(await draftForToken(token)).toBeNull();
    expect((await draftForToken(result.token))?.id).toBe(draft.id);
    // A new code replaces the old one.
    await issueResumeCode(draft, { serviceTitle: "Hundesteuer", lang: "de" });
    expect((await redeemResumeCode(code)).ok).toBe(false);
  });

  it("refuses an expired or unknown resume code", async () => {
    const { draft } = await newDraft();
    const code = await issueResumeCode(draft, { serviceTitle: "Hundesteuer", lang: "de" });
    await database.handle.db
      .update(drafts)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(drafts.id, draft.id));
    expect((await redeemResumeCode(code)).ok).toBe(false);
    expect((await redeemResumeCode("ABCD-EFGH-JKLM")).ok).toBe(false);
    expect((await redeemResumeCode("")).ok).toBe(false);
  });

  it("shows the access code once, even to two requests at the same moment", async () => {
    const { draft } = await newDraft();
    const claims = await Promise.all([
      claimAccessCodeDisplay(draft.id),
      claimAccessCodeDisplay(draft.id),
      claimAccessCodeDisplay(draft.id),
    ]);
    expect(claims.filter(Boolean)).toHaveLength(1);
    expect(await claimAccessCodeDisplay(draft.id)).toBe(false);
  });

  it("e-mails a resume code through the outbox and keeps no code there afterwards", async () => {
    const { draft } = await newDraft();
    const code = await issueResumeCode(draft, {
      email: "anna@example.org",
      serviceTitle: "Hundesteuer – Anmeldung eines Hundes",
      lang: "de",
    });
    const db = database.handle.db;
    const [entry] = await db
      .select()
      .from(outbox)
      .where(eq(outbox.kind, "resume-code"))
      .orderBy(sql`${outbox.id} desc`)
      .limit(1);
    expect(entry!.payload).toMatchObject({ email: "anna@example.org", code });
    await sendResumeCodeMail({ ...entry!, payload: entry!.payload as Record<string, unknown> });
    const [after] = await db.select().from(outbox).where(eq(outbox.id, entry!.id));
    expect(JSON.stringify(after!.payload)).not.toContain(code);
    expect(JSON.stringify(after!.payload)).not.toContain("anna@example.org");
    // The codes are random: the one e-mail that carries this code is this entry's.
    const mails = (await mailsTo(mailDir, "anna@example.org")).filter((mail) => mail.text?.includes(code));
    expect(mails).toHaveLength(1);
    expect(mails[0]!.text).toContain("fortsetzen?code");
  });
});
