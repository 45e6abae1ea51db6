/**
 * Mein Bereich, ownership, prefill and trust levels (ADR 037) through the portal's own route
 * modules, in process, on PGlite and (with DATABASE_URL) PostgreSQL: two signed-in identities
 * never see each other's cases, receipts or drafts; a case filed while signed in belongs to the
 * account, records the prefilled answers and the login's trust level, and keeps its access code;
 * a service requiring `hoch` refuses a `substantiell` login at start, step and submit; export and
 * deletion cover the account's data only.
 */
import { randomUUID } from "node:crypto";
import { and, desc, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { cases, citizenAccounts, citizenSessions, drafts, municipalities, serviceOfferings, serviceVersions } from "../../../db/schema";
import type { CitizenIdentity } from "~/server/citizen-account/identity";
import { databaseKinds } from "../../support/databases";
import { sampleFile } from "../../support/payloads";
import { usePreparedDatabase } from "../../support/prepared-database";
import { stepForm } from "./support/citizen-client";
import { answers, BASE, runtime, stepIds } from "./support/journey";
import { payloadOf, SignedInBrowser, statusOf } from "./support/signed-in-browser";

process.env.LOG_LEVEL ??= "warn";

const { startApplication } = await import("~/server/wizard/start.http.server");
const { handleStepPost } = await import("~/server/wizard/step-action.http.server");
const { loadStepPage } = await import("~/server/wizard/step-page.http.server");
const { submitDraft } = await import("~/server/wizard/review.http.server");
const { applyPrefill } = await import("~/server/citizen-account/prefill.http.server");
const { resolveCitizenSession } = await import("~/server/citizen-account/sessions.server");
const { transitionCase } = await import("~/server/cases/transitions.server");
const { caseForAccessCode } = await import("~/server/submissions/case-access.server");
const { accessCodeFor } = await import("~/server/submissions/access-code.server");
const { findCase } = await import("~/server/cases/case-record.server");
const myArea = await import("~/routes/mein-bereich._index");
const myCase = await import("~/routes/mein-bereich.vorgaenge.$caseNumber");
const myReply = await import("~/routes/mein-bereich.vorgaenge.$caseNumber_.antwort");
const myWithdraw = await import("~/routes/mein-bereich.vorgaenge.$caseNumber_.zurueckziehen");
const myReceipt = await import("~/routes/mein-bereich.vorgaenge.$caseNumber_.eingangsbestaetigung[.pdf]");
const myReplyReceipt = await import("~/routes/mein-bereich.vorgaenge.$caseNumber_.antworten.$replyId[.pdf]");
const myExport = await import("~/routes/mein-bereich.daten[.json]");
const deletion = await import("~/routes/mein-bereich.konto-loeschen");

const KOELLEDA = "vg-koelleda";
const clerk = { kind: "staff", id: "test", name: "Test", authorityId: KOELLEDA } as const;
const params = { gemeinde: "rastenberg", service: "hundesteuer-anmeldung" };

const identity = (subject: string, trustLevel: CitizenIdentity["trustLevel"]): CitizenIdentity => ({
  provider: "bundid",
  subject,
  trustLevel,
  attributes: {
    // The journey's own answers, but for the family name: that one the citizen types over.
    givenName: "Łukasz",
    familyName: "Mustermann",
    birthDate: "1987-03-14",
    address: { street: "Marktplatz", houseNumber: "7a", postalCode: "99189", city: "Gebesee" },
    email: "lukasz.nowak@example.org",
  },
});

/** Starts a draft of the dog tax form, takes the identity's values on the first step, and files it. */
async function fileWhileSignedIn(browser: SignedInBrowser): Promise<void> {
  const ctx = { clientAddress: `test-${randomUUID()}` };
  const started = await browser.answer(() => startApplication(browser.post(BASE), params, ctx, "de"));
  expect(statusOf(started)).toBe(303);
  const taken = await browser.answer(() =>
    applyPrefill(browser.post(`${BASE}/uebernehmen`, new URLSearchParams({ schritt: "halter" })), params, "de"),
  );
  expect((taken as Response).headers.get("Location")).toBe(`${BASE}/schritt/halter`);
  const shown = await loadStepPage(browser.request(`${BASE}/schritt/halter`), { ...params, stepId: "halter" }, "de");
  expect(shown.values["/halter/name/nachname"]).toBe("Mustermann");
  for (const stepId of stepIds) {
    const posted = await browser.answer(() =>
      handleStepPost(browser.post(`${BASE}/schritt/${stepId}`, stepForm(runtime, stepId, answers[stepId]!)), { ...params, stepId }, "de"),
    );
    expect((posted as Response).headers.get("Location")).not.toContain("fehler");
  }
  const submitted = await browser.answer(() =>
    submitDraft(browser.post(`${BASE}/pruefen`, new URLSearchParams({ erklaerung: "ja" })), params, ctx, "de"),
  );
  expect((submitted as Response).headers.get("Location")).toBe(`${BASE}/bestaetigung`);
}

describe.each(databaseKinds())("Mein Bereich on %s", (kind) => {
  const database = usePreparedDatabase(kind);
  let erika: SignedInBrowser;
  let max: SignedInBrowser;
  let caseNumber = "";
  let caseId = "";

  beforeAll(async () => {
    erika = await new SignedInBrowser().signIn(identity(`erika-${kind}`, "substantiell"));
    max = await new SignedInBrowser().signIn(identity(`max-${kind}`, "substantiell"));
  });

  const newestCaseOf = async (accountId: string) =>
    (await database.handle.db.select().from(cases).where(eq(cases.ownerAccountId, accountId)).orderBy(desc(cases.submittedAt)).limit(1))[0];

  it("files a case while signed in: owned, prefill provenance and trust level recorded, access code kept", async () => {
    await fileWhileSignedIn(erika);
    const filed = await newestCaseOf(erika.accountId);
    expect(filed).toBeDefined();
    caseNumber = filed!.caseNumber;
    caseId = filed!.id;
    expect(filed!.identityTrustLevel).toBe("substantiell");
    expect(filed!.prefilledFromIdentity).toEqual([
      "/halter/anschrift/hausnummer",
      "/halter/anschrift/ort",
      "/halter/anschrift/plz",
      "/halter/anschrift/strasse",
      "/halter/geburtsdatum",
      "/halter/kontakt/email",
      "/halter/name/vorname",
    ]);
    expect(await caseForAccessCode(caseNumber, accessCodeFor(caseId))).toMatchObject({ caseNumber });
    const record = await findCase(KOELLEDA, caseNumber);
    expect(record?.identity).toMatchObject({ trustLevel: "substantiell" });
    const [draft] = await database.handle.db.select().from(drafts).where(eq(drafts.submittedCaseId, caseId));
    expect(draft!.ownerAccountId).toBe(erika.accountId);
  });

  it("shows each identity only its own cases, case pages and receipts", async () => {
    const erikasArea = payloadOf<{ cases: { rows: Array<{ caseNumber: string; status: string }> } }>(
      await erika.answer(() => myArea.loader({ request: erika.request("/mein-bereich"), params: {}, context: {} })),
    );
    expect(erikasArea.cases.rows.map((row) => row.caseNumber)).toEqual([caseNumber]);
    const maxsArea = payloadOf<{ cases: { rows: unknown[]; total: number } }>(
      await max.answer(() => myArea.loader({ request: max.request("/mein-bereich"), params: {}, context: {} })),
    );
    expect(maxsArea.cases.total).toBe(0);

    const path = `/mein-bereich/vorgaenge/${caseNumber}`;
    const caseParams = { caseNumber };
    expect(statusOf(await erika.answer(() => myCase.loader({ request: erika.request(path), params: caseParams, context: {} })))).toBe(200);
    expect(statusOf(await max.answer(() => myCase.loader({ request: max.request(path), params: caseParams, context: {} })))).toBe(404);

    const receipt = await erika.answer(() =>
      myReceipt.loader({ request: erika.request(`${path}/eingangsbestaetigung.pdf`), params: caseParams, context: {} }),
    );
    expect((receipt as Response).headers.get("content-type")).toBe("application/pdf");
    expect(
      Buffer.from(await (receipt as Response).arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe("%PDF-");
    expect(
      statusOf(
        await max.answer(() =>
          myReceipt.loader({ request: max.request(`${path}/eingangsbestaetigung.pdf`), params: caseParams, context: {} }),
        ),
      ),
    ).toBe(404);

    const anonymous = new SignedInBrowser();
    const redirected = await anonymous.answer(() =>
      myArea.loader({ request: anonymous.request("/mein-bereich"), params: {}, context: {} }),
    );
    expect((redirected as Response).headers.get("Location")).toBe("/anmelden?zurueck=%2Fmein-bereich");
  });

  it("answers a Rückfrage and withdraws only as the owner", async () => {
    await transitionCase({ authorityId: KOELLEDA, caseNumber, to: "in_bearbeitung", actor: clerk });
    await transitionCase({ authorityId: KOELLEDA, caseNumber, to: "rueckfrage", message: "Bitte Nachweis.", actor: clerk });
    const path = `/mein-bereich/vorgaenge/${caseNumber}`;
    const replyForm = () => {
      const form = new FormData();
      form.append("token", randomUUID());
      form.append("antwort", "Anbei der Nachweis.");
      form.append("dateien", new Blob([new Uint8Array(sampleFile("application/pdf"))], { type: "application/pdf" }), "nachweis.pdf");
      return form;
    };
    const context = { clientAddress: `reply-${kind}` };
    const refused = await max.answer(() =>
      myReply.action({ request: max.post(`${path}/antwort`, replyForm()), params: { caseNumber }, context }),
    );
    expect(statusOf(refused)).toBe(404);
    expect((await database.handle.db.select().from(cases).where(eq(cases.id, caseId)))[0]!.status).toBe("rueckfrage");

    const sent = await erika.answer(() =>
      myReply.action({ request: erika.post(`${path}/antwort`, replyForm()), params: { caseNumber }, context }),
    );
    const done = payloadOf<{ done?: { replyId: string } }>(sent).done;
    expect(done?.replyId).toBeTruthy();
    expect((await database.handle.db.select().from(cases).where(eq(cases.id, caseId)))[0]!.status).toBe("in_bearbeitung");

    const receiptParams = { caseNumber, replyId: done!.replyId };
    const receipt = await erika.answer(() =>
      myReplyReceipt.loader({ request: erika.request(`${path}/antworten/${done!.replyId}.pdf`), params: receiptParams, context: {} }),
    );
    expect((receipt as Response).headers.get("content-type")).toBe("application/pdf");
    expect(
      statusOf(
        await max.answer(() =>
          myReplyReceipt.loader({ request: max.request(`${path}/antworten/x.pdf`), params: receiptParams, context: {} }),
        ),
      ),
    ).toBe(404);

    const withdrawParams = { caseNumber };
    expect(
      statusOf(
        await max.answer(() => myWithdraw.loader({ request: max.request(`${path}/zurueckziehen`), params: withdrawParams, context: {} })),
      ),
    ).toBe(404);
    const notMine = await max.answer(() =>
      myWithdraw.action({
        request: max.post(`${path}/zurueckziehen`, new URLSearchParams({ grund: "" })),
        params: withdrawParams,
        context,
      }),
    );
    expect(statusOf(notMine)).toBe(404);
    const withdrawn = await erika.answer(() =>
      myWithdraw.action({
        request: erika.post(`${path}/zurueckziehen`, new URLSearchParams({ grund: "Umgezogen" })),
        params: withdrawParams,
        context,
      }),
    );
    expect(payloadOf<{ done?: unknown }>(withdrawn).done).toBeDefined();
    expect((await database.handle.db.select().from(cases).where(eq(cases.id, caseId)))[0]!.status).toBe("zurueckgezogen");
  });

  it("exports the account's data only, and deletes account, sessions and drafts while the case stays reachable by access code", async () => {
    const ctx = { clientAddress: `drafts-${kind}` };
    await erika.answer(() => startApplication(erika.post(BASE), params, ctx, "de"));
    await max.answer(() => startApplication(max.post(BASE), params, ctx, "de"));

    const exported = await erika.answer(() =>
      myExport.loader({ request: erika.request("/mein-bereich/daten.json"), params: {}, context: {} }),
    );
    const document = JSON.parse(await (exported as Response).text());
    expect(document.account.id).toBe(erika.accountId);
    expect(document.cases.map((c: { caseNumber: string }) => c.caseNumber)).toEqual([caseNumber]);
    expect(document.cases[0].identity.trustLevel).toBe("substantiell");
    expect(document.cases[0].identity.prefilledFromIdentity).toContain("/halter/name/vorname");
    expect(document.cases[0].replies[0].attachments[0].name).toBe("nachweis.pdf");
    expect(document.drafts).toHaveLength(1);
    const maxs = JSON.parse(
      await (
        (await max.answer(() => myExport.loader({ request: max.request("/mein-bereich/daten.json"), params: {}, context: {} }))) as Response
      ).text(),
    );
    expect(maxs.cases).toEqual([]);
    expect(maxs.drafts).toHaveLength(1);
    expect(JSON.stringify(maxs)).not.toContain(caseNumber);
    expect(JSON.stringify(maxs)).not.toContain(erika.accountId);

    const token = erika.cookies.get("bp_citizen")!;
    const confirm = payloadOf<{ confirm: { caseNumbers: string[] } }>(
      await erika.answer(() => deletion.loader({ request: erika.request("/mein-bereich/konto-loeschen"), params: {}, context: {} })),
    );
    expect(confirm.confirm.caseNumbers).toEqual([caseNumber]);
    const deleted = await erika.answer(() =>
      deletion.action({
        request: erika.post("/mein-bereich/konto-loeschen", new URLSearchParams({ bestaetigt: "ja" })),
        params: {},
        context: {},
      }),
    );
    expect(payloadOf<{ deleted: { caseNumbers: string[] } }>(deleted).deleted.caseNumbers).toEqual([caseNumber]);
    expect(erika.cookies.has("bp_citizen")).toBe(false);
    expect(await resolveCitizenSession(token)).toBeNull();
    const db = database.handle.db;
    expect(await db.select().from(citizenAccounts).where(eq(citizenAccounts.id, erika.accountId))).toEqual([]);
    expect(await db.select().from(citizenSessions).where(eq(citizenSessions.accountId, erika.accountId))).toEqual([]);
    expect(await db.select().from(drafts).where(eq(drafts.ownerAccountId, erika.accountId))).toEqual([]);
    const [kept] = await db.select().from(cases).where(eq(cases.id, caseId));
    expect(kept!.ownerAccountId).toBeNull();
    expect(await caseForAccessCode(caseNumber, accessCodeFor(caseId))).toMatchObject({ caseNumber });
    // Max's draft and session are untouched.
    expect(await db.select().from(drafts).where(eq(drafts.ownerAccountId, max.accountId))).toHaveLength(1);
    expect(await resolveCitizenSession(max.cookies.get("bp_citizen")!)).not.toBeNull();
  });

  it("refuses a substantiell login for a service that requires hoch, at start, step and submit", async () => {
    const db = database.handle.db;
    const SERVICE = "gewerbeanmeldung";
    const [latest] = await db
      .select()
      .from(serviceVersions)
      .where(and(eq(serviceVersions.serviceId, SERVICE), eq(serviceVersions.status, "published")))
      .orderBy(desc(serviceVersions.version))
      .limit(1);
    const version = latest!.version + 1;
    const definition = { ...(latest!.definition as Record<string, unknown>), version, minTrustLevel: "hoch" };
    await db.insert(serviceVersions).values({ ...latest!, version, definition, publishedAt: new Date(), createdAt: new Date() });
    const [offered] = await db
      .select({ slug: municipalities.slug })
      .from(serviceOfferings)
      .innerJoin(municipalities, eq(municipalities.ags, serviceOfferings.municipalityAgs))
      .where(eq(serviceOfferings.serviceId, SERVICE))
      .limit(1);
    const hochParams = { gemeinde: offered!.slug, service: SERVICE };
    const base = `/${offered!.slug}/${SERVICE}`;
    const ctx = { clientAddress: `hoch-${kind}` };

    const low = await new SignedInBrowser().signIn(identity(`low-${kind}`, "substantiell"));
    const refusedStart = await low.answer(() => startApplication(low.post(base), hochParams, ctx, "de"));
    expect(statusOf(refusedStart)).toBe(403);
    const message = await (refusedStart as Response).text();
    expect(message).toContain("Vertrauensniveau hoch nötig; Sie sind mit substantiell angemeldet");
    const anonymous = new SignedInBrowser();
    expect(statusOf(await anonymous.answer(() => startApplication(anonymous.post(base), hochParams, ctx, "de")))).toBe(403);

    const high = await new SignedInBrowser().signIn(identity(`high-${kind}`, "hoch"));
    const started = await high.answer(() => startApplication(high.post(base), hochParams, ctx, "de"));
    expect(statusOf(started)).toBe(303);
    const firstStep = (started as Response).headers.get("Location")!.split("/schritt/")[1]!;
    const stepParams = { ...hochParams, stepId: firstStep };
    expect(statusOf(await high.answer(() => loadStepPage(high.request(`${base}/schritt/${firstStep}`), stepParams, "de")))).toBe(200);

    // The same draft with a substantiell login: every step and the submit are refused.
    for (const [name, value] of high.cookies) if (name !== "bp_citizen") low.cookies.set(name, value);
    expect(statusOf(await low.answer(() => loadStepPage(low.request(`${base}/schritt/${firstStep}`), stepParams, "de")))).toBe(403);
    expect(
      statusOf(
        await low.answer(() =>
          handleStepPost(low.post(`${base}/schritt/${firstStep}`, new URLSearchParams({ _aktion: "weiter" })), stepParams, "de"),
        ),
      ),
    ).toBe(403);
    expect(
      statusOf(
        await low.answer(() => submitDraft(low.post(`${base}/pruefen`, new URLSearchParams({ erklaerung: "ja" })), hochParams, ctx, "de")),
      ),
    ).toBe(403);
  });
});
