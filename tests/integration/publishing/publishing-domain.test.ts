/**
 * Publishing in the domain modules, on every database: drafts (valid and invalid), publish,
 * immutability, retiring, offering, routing overrides, version pinning, audit trail.
 */
import { randomUUID } from "node:crypto";
import { and, asc, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { auditLog, cases, drafts, serviceOfferings, services, serviceVersions } from "../../../db/schema";
import { builderDraftView } from "~/server/publishing/builder-pages.server";
import { diffDefinitions, summarizeDiff } from "~/server/publishing/definition-diff";
import { draftEditorView } from "~/server/publishing/draft-editor.server";
import { setOffering, offeringView } from "~/server/publishing/offering.server";
import { publishVersion } from "~/server/publishing/publish.server";
import { retireService, retireVersion } from "~/server/publishing/retire.server";
import { removeOverride, setOverride, listOverrides } from "~/server/publishing/routing-overrides.server";
import { serviceSummaries } from "~/server/publishing/service-summaries.server";
import { saveDraft } from "~/server/publishing/version-drafts.server";
import { compareView } from "~/server/publishing/version-compare.server";
import {
  handlePreviewStepPost,
  loadPreviewReview,
  loadPreviewStep,
  startPreview,
  submitPreview,
} from "~/server/publishing/preview-pages.http.server";
import { createSession } from "~/server/staff/sessions.server";
import { responsibleAuthority } from "~/server/routing/routing.server";
import { servicesOfferedIn } from "~/server/services/catalogue.server";
import { publishedService } from "~/server/services/service-versions.server";
import { submitApplication } from "~/server/submissions/submit.server";
import { databaseKinds } from "../../support/databases";
import { usePreparedDatabase } from "../../support/prepared-database";
import {
  editorActor,
  eventAnswers,
  operatorActor,
  fixtureText,
  HASSLEBEN,
  SERVICE,
  STADT_SOEMMERDA,
  STRAUSSFURT_MEMBERS,
  variant,
  VG_STRAUSSFURT,
} from "./support";

process.env.LOG_LEVEL ??= "warn";

describe.each(databaseKinds())("publishing on %s", (kind) => {
  const database = usePreparedDatabase(kind);
  let editor: Awaited<ReturnType<typeof editorActor>>;
  let nordhausen: Awaited<ReturnType<typeof editorActor>>;
  const key = () => `pub-${randomUUID()}`;
  const versionRow = async (serviceId: string, version: number) =>
    (
      await database.handle.db
        .select()
        .from(serviceVersions)
        .where(and(eq(serviceVersions.serviceId, serviceId), eq(serviceVersions.version, version)))
    )[0];
  const auditOf = (serviceId: string) =>
    database.handle.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.target, `service:${serviceId}`))
      .orderBy(asc(auditLog.id));

  beforeAll(async () => {
    editor = await editorActor(database.handle.db);
    nordhausen = await editorActor(database.handle.db, "red.lrandh");
  }, 120_000);

  describe("drafts", () => {
    it("keeps an invalid draft with its raw text and the problems by pointer and line", async () => {
      const broken = fixtureText(1).replace('"pattern": "^([01][0-9]|2[0-3]):[0-5][0-9]$"', '"pattern": "^([0-9]+)+$"');
      const saved = await saveDraft(editor, { text: broken, keepInvalid: true });
      expect(saved).toMatchObject({ ok: true, serviceId: SERVICE, version: 1, created: { service: true, draft: true } });
      if (!saved.ok) return;
      expect(saved.problems).toEqual([
        expect.objectContaining({
          pointer: "/dataSchema/properties/veranstaltung/properties/beginn/pattern",
          message: expect.stringContaining("ist abgelehnt: mehrdeutig"),
          line: expect.any(Number),
        }),
      ]);
      const row = await versionRow(SERVICE, 1);
      expect(row).toMatchObject({ status: "draft", definition: {}, sourceText: broken, title: "Anzeige einer öffentlichen Veranstaltung" });
      const [service] = await database.handle.db.select().from(services).where(eq(services.id, SERVICE));
      expect(service).toMatchObject({ ownerCountyAgs: "16068000", level: "gemeinde", retiredAt: null });
    });

    it("refuses to publish a draft with problems and lists them", async () => {
      const result = await publishVersion(editor, SERVICE, 1);
      expect(result).toMatchObject({
        ok: false,
        kind: "invalid",
        problems: [expect.objectContaining({ pointer: expect.stringContaining("/pattern") })],
      });
      expect((await versionRow(SERVICE, 1)).status).toBe("draft");
    });

    it("replaces the draft's text; a stale basis is a conflict", async () => {
      const view = await draftEditorView(editor, SERVICE);
      expect(view).toMatchObject({ stored: true, version: 1, problems: [expect.anything()] });
      const saved = await saveDraft(editor, { serviceId: SERVICE, text: fixtureText(1), keepInvalid: true, basis: view!.basis });
      expect(saved).toMatchObject({ ok: true, version: 1, created: { service: false, draft: false }, problems: [] });
      const stale = await saveDraft(editor, { serviceId: SERVICE, text: fixtureText(1), keepInvalid: true, basis: view!.basis });
      expect(stale).toMatchObject({ ok: false, kind: "conflict", code: "draft_changed" });
      const row = await versionRow(SERVICE, 1);
      expect((row.definition as { id: string }).id).toBe(SERVICE);
      expect(row.sourceText).toBe(fixtureText(1));
    });

    it("refuses what cannot be filed: no readable id, too large, another county's id, an existing id on the new-service page", async () => {
      expect(await saveDraft(editor, { text: "{ kaputt", keepInvalid: true })).toMatchObject({
        ok: false,
        kind: "invalid",
        problems: [expect.objectContaining({ pointer: "", line: 1, message: expect.stringContaining("JSON-Syntaxfehler") })],
      });
      expect(await saveDraft(editor, { text: `{"id": "${"x".repeat(1024 * 1024)}"}`, keepInvalid: true })).toMatchObject({
        ok: false,
        kind: "too-large",
      });
      expect(await saveDraft(nordhausen, { text: fixtureText(1), keepInvalid: true })).toMatchObject({
        ok: false,
        kind: "conflict",
        code: "service_id_taken",
      });
      expect(await saveDraft(editor, { text: fixtureText(1), keepInvalid: true, newServiceOnly: true })).toMatchObject({
        ok: false,
        kind: "conflict",
        code: "service_exists",
      });
      expect(await saveDraft(nordhausen, { serviceId: SERVICE, text: fixtureText(1), keepInvalid: true })).toMatchObject({
        ok: false,
        kind: "not-found",
      });
    });

    it("the API mode refuses an invalid definition without storing anything", async () => {
      const text = variant(1, { id: "nie-gespeichert", steps: [] });
      const result = await saveDraft(editor, { text, keepInvalid: false });
      expect(result).toMatchObject({ ok: false, kind: "invalid" });
      expect(await database.handle.db.select().from(services).where(eq(services.id, "nie-gespeichert"))).toEqual([]);
    });
  });

  describe("publishing", () => {
    it("publishes version 1 once: immutable, with generated validator module, published_at and an audit entry", async () => {
      const result = await publishVersion(editor, SERVICE, 1);
      expect(result).toMatchObject({ ok: true, version: 1 });
      const row = await versionRow(SERVICE, 1);
      expect(row.status).toBe("published");
      expect(row.publishedAt).toBeInstanceOf(Date);
      expect(row.validatorModule).toMatch(/export/);
      expect(row.validatorModule).not.toMatch(/new Function|eval\(/);
      expect(await publishVersion(editor, SERVICE, 1)).toMatchObject({ ok: false, kind: "conflict", code: "already_published" });
      const service = await publishedService(SERVICE);
      expect(service).toMatchObject({ version: 1, retired: false });
    });

    it("never edits a published version: a text claiming version 1 becomes a problem of the next draft", async () => {
      const saved = await saveDraft(editor, { serviceId: SERVICE, text: variant(1, { title: { de: "Geändert" } }), keepInvalid: false });
      expect(saved).toMatchObject({
        ok: false,
        kind: "invalid",
        problems: [
          expect.objectContaining({
            pointer: "/version",
            message: expect.stringContaining("Version 1 ist bereits veröffentlicht"),
            line: 3,
          }),
        ],
      });
      const row = await versionRow(SERVICE, 1);
      expect(row.title).toBe("Anzeige einer öffentlichen Veranstaltung");
      expect(row.sourceText).toBe(fixtureText(1));
    });

    it("publishes nothing when a step fails: the version stays a draft, no audit entry is left", async () => {
      const other = "ausfall-probe";
      expect(await saveDraft(editor, { text: variant(1, { id: other }), keepInvalid: false })).toMatchObject({ ok: true });
      const failing = await publishVersion(editor, other, 1, {
        hooks: { generate: () => Promise.reject(new Error("esbuild down")) },
      }).catch((e: Error) => e);
      expect(failing).toBeInstanceOf(Error);
      const midway = await publishVersion(editor, other, 1, {
        hooks: {
          beforeCommit: () => Promise.reject(new Error("connection lost")),
        },
      }).catch((e: Error) => e);
      expect(midway).toBeInstanceOf(Error);
      const row = await versionRow(other, 1);
      expect(row).toMatchObject({ status: "draft", publishedAt: null, validatorModule: null });
      expect((await auditOf(other)).map((a) => a.action)).not.toContain("publishing.version.published");
      expect(await publishVersion(editor, other, 1)).toMatchObject({ ok: true });
    });

    it("lets only one of two simultaneous publications through", async () => {
      const other = "doppelt-probe";
      await saveDraft(editor, { text: variant(1, { id: other }), keepInvalid: false });
      const results = await Promise.all([publishVersion(editor, other, 1), publishVersion(editor, other, 1)]);
      expect(results.filter((r) => r.ok)).toHaveLength(1);
      expect(results.find((r) => !r.ok)).toMatchObject({ kind: "conflict" });
      expect((await auditOf(other)).filter((a) => a.action === "publishing.version.published")).toHaveLength(1);
    });
  });

  describe("offering and routing", () => {
    it("offers the service in the VG Straußfurt only: Haßleben lists it, Sömmerda does not", async () => {
      const result = await setOffering(editor, SERVICE, { kind: "selection", municipalities: [], associations: [VG_STRAUSSFURT] });
      expect(result).toMatchObject({ ok: true, added: [...STRAUSSFURT_MEMBERS].sort(), removed: [] });
      expect((await servicesOfferedIn(HASSLEBEN)).map((s) => s.id)).toContain(SERVICE);
      expect((await servicesOfferedIn(STADT_SOEMMERDA)).map((s) => s.id)).not.toContain(SERVICE);
      const view = await offeringView(editor, SERVICE);
      expect(view?.offered).toBe(7);
      expect(view?.groups.find((g) => g.authority.id === VG_STRAUSSFURT)?.municipalities.every((m) => m.offered)).toBe(true);
    });

    it("changes only the own county's part of a built-in service's offering", async () => {
      const before = await database.handle.db.select().from(serviceOfferings).where(eq(serviceOfferings.serviceId, "gewerbeanmeldung"));
      const result = await setOffering(editor, "gewerbeanmeldung", { kind: "none" });
      expect(result.ok && result.removed.length).toBe(37);
      const after = await database.handle.db.select().from(serviceOfferings).where(eq(serviceOfferings.serviceId, "gewerbeanmeldung"));
      expect(after.length).toBe(before.length - 37);
      expect(after.every((o) => !o.municipalityAgs.startsWith("16068"))).toBe(true);
      expect(await setOffering(editor, "gewerbeanmeldung", { kind: "all" })).toMatchObject({ ok: true, added: expect.any(Array) });
    });

    it("refuses municipalities of another county", async () => {
      expect(await setOffering(editor, SERVICE, { kind: "selection", municipalities: ["16062005"] })).toMatchObject({
        ok: false,
        kind: "invalid",
        code: "municipality_not_in_county",
      });
    });

    it("routes by an override and back by the level rule once it is removed", async () => {
      const routed = () =>
        responsibleAuthority(database.handle.db, { serviceId: "wohngeld-mietzuschuss", level: "kreis", municipalityAgs: STADT_SOEMMERDA });
      expect((await routed())?.authority.id).toBe("lra-16068");
      expect(await setOverride(editor, "wohngeld-mietzuschuss", STADT_SOEMMERDA, "gemeinde-16068051")).toEqual({ ok: true });
      expect(await routed()).toMatchObject({ rule: "override", authority: { id: "gemeinde-16068051" } });
      expect(await listOverrides(editor, "wohngeld-mietzuschuss")).toEqual([
        { municipality: { ags: STADT_SOEMMERDA, name: "Sömmerda" }, authority: { id: "gemeinde-16068051", name: "Stadt Sömmerda" } },
      ]);
      expect(await setOverride(editor, "wohngeld-mietzuschuss", STADT_SOEMMERDA, "lra-16062")).toMatchObject({
        ok: false,
        code: "authority_not_in_county",
      });
      expect(await setOverride(editor, "wohngeld-mietzuschuss", "16062005", "lra-16068")).toMatchObject({
        ok: false,
        code: "municipality_not_in_county",
      });
      expect(await removeOverride(editor, "wohngeld-mietzuschuss", STADT_SOEMMERDA)).toEqual({ ok: true });
      expect((await routed())?.authority.id).toBe("lra-16068");
    });

    it("an override sends a submission to the chosen authority", async () => {
      await setOverride(editor, SERVICE, HASSLEBEN, "lra-16068");
      const result = await submitApplication({
        serviceId: SERVICE,
        municipalityAgs: HASSLEBEN,
        data: eventAnswers(1),
        idempotencyKey: key(),
        channel: "api",
      });
      expect(result).toMatchObject({ ok: true, case: { authority: { id: "lra-16068" } } });
      await removeOverride(editor, SERVICE, HASSLEBEN);
      const normal = await submitApplication({
        serviceId: SERVICE,
        municipalityAgs: HASSLEBEN,
        data: eventAnswers(1),
        idempotencyKey: key(),
        channel: "api",
      });
      expect(normal).toMatchObject({ ok: true, case: { authority: { id: VG_STRAUSSFURT } } });
    });
  });

  describe("versions", () => {
    let citizenDraftId: string;

    it("a citizen's draft on version 1 survives the publication of version 2 and submits on version 1", async () => {
      const [draft] = await database.handle.db
        .insert(drafts)
        .values({
          tokenHash: randomUUID(),
          serviceId: SERVICE,
          serviceVersion: 1,
          municipalityAgs: HASSLEBEN,
          snapshot: {},
          expiresAt: new Date(Date.now() + 86_400_000),
        })
        .returning();
      citizenDraftId = draft.id;

      const view = await draftEditorView(editor, SERVICE);
      expect(view).toMatchObject({ stored: false, version: 2, current: 1 });
      expect(JSON.parse(view!.text).version).toBe(2);
      expect(await saveDraft(editor, { serviceId: SERVICE, text: fixtureText(2), keepInvalid: true, basis: view!.basis })).toMatchObject({
        ok: true,
        version: 2,
        problems: [],
      });
      const compared = await compareView(editor, SERVICE);
      expect(compared).toMatchObject({
        kind: "diff",
        from: { version: 1 },
        to: { version: 2 },
        diff: { fields: [expect.objectContaining({ kind: "added", pointer: "/veranstaltung/musik" })] },
      });
      expect(await publishVersion(editor, SERVICE, 2)).toMatchObject({ ok: true, version: 2 });

      // New starts get version 2, which asks one more required question.
      expect((await servicesOfferedIn(HASSLEBEN)).find((s) => s.id === SERVICE)?.version).toBe(2);
      const unpinned = await submitApplication({
        serviceId: SERVICE,
        municipalityAgs: HASSLEBEN,
        data: eventAnswers(1),
        idempotencyKey: key(),
        channel: "api",
      });
      expect(unpinned).toMatchObject({
        ok: false,
        kind: "invalid",
        errors: [expect.objectContaining({ pointer: "/veranstaltung/musik" })],
      });

      // The draft keeps version 1: submitted as the wizard does, with its version pinned.
      const pinned = await submitApplication({
        serviceId: SERVICE,
        version: 1,
        municipalityAgs: HASSLEBEN,
        data: eventAnswers(1),
        idempotencyKey: `portal-draft:${citizenDraftId}`,
        channel: "portal",
        draftId: citizenDraftId,
        allowRetired: true,
      });
      expect(pinned).toMatchObject({ ok: true });
      const [stored] = await database.handle.db
        .select()
        .from(cases)
        .where(eq(cases.idempotencyKey, `portal-draft:${citizenDraftId}`));
      expect(stored.serviceVersion).toBe(1);
      const summary = (await serviceSummaries(editor, SERVICE))[0];
      expect(summary.versions.map((v) => [v.version, v.status, v.cases > 0])).toEqual([
        [1, "published", true],
        [2, "published", false],
      ]);
    });

    it("retiring version 1 stops new starts on it, while a started draft may still finish", async () => {
      expect(await retireVersion(editor, SERVICE, 1)).toEqual({ ok: true });
      expect(await retireVersion(editor, SERVICE, 1)).toMatchObject({ ok: false, kind: "conflict" });
      expect(await publishedService(SERVICE, 1)).toMatchObject({ version: 1, retired: true });
      const newStart = await submitApplication({
        serviceId: SERVICE,
        version: 1,
        municipalityAgs: HASSLEBEN,
        data: eventAnswers(1),
        idempotencyKey: key(),
        channel: "api",
      });
      expect(newStart).toMatchObject({ ok: false, kind: "gone" });
      const finishing = await submitApplication({
        serviceId: SERVICE,
        version: 1,
        municipalityAgs: HASSLEBEN,
        data: eventAnswers(1),
        idempotencyKey: key(),
        channel: "portal",
        allowRetired: true,
      });
      expect(finishing).toMatchObject({ ok: true });
      expect(
        await submitApplication({
          serviceId: SERVICE,
          municipalityAgs: HASSLEBEN,
          data: eventAnswers(2),
          idempotencyKey: key(),
          channel: "api",
        }),
      ).toMatchObject({ ok: true });
    });

    it("retiring the newest version makes the one before current again", async () => {
      const other = "ruecknahme-probe";
      await saveDraft(editor, { text: variant(1, { id: other }), keepInvalid: false });
      await publishVersion(editor, other, 1);
      await saveDraft(editor, { serviceId: other, text: variant(2, { id: other }), keepInvalid: false });
      await publishVersion(editor, other, 2);
      await setOffering(editor, other, { kind: "all" });
      expect((await servicesOfferedIn(HASSLEBEN)).find((s) => s.id === other)?.version).toBe(2);
      await retireVersion(editor, other, 2);
      expect((await servicesOfferedIn(HASSLEBEN)).find((s) => s.id === other)?.version).toBe(1);
      expect(await publishedService(other)).toMatchObject({ version: 1 });
    });

    it("retiring the service takes it out of every catalogue; built-in services are withdrawn by the offering instead", async () => {
      expect(await retireService(editor, "hundesteuer-anmeldung")).toMatchObject({
        ok: false,
        kind: "forbidden",
        code: "built_in_service",
      });
      expect(await retireService(nordhausen, SERVICE)).toMatchObject({ ok: false, kind: "not-found" });
      expect(await retireService(editor, SERVICE)).toEqual({ ok: true });
      expect((await servicesOfferedIn(HASSLEBEN)).map((s) => s.id)).not.toContain(SERVICE);
      expect(
        await submitApplication({
          serviceId: SERVICE,
          municipalityAgs: HASSLEBEN,
          data: eventAnswers(2),
          idempotencyKey: key(),
          channel: "api",
        }),
      ).toMatchObject({ ok: false, kind: "gone" });
      expect(await saveDraft(editor, { serviceId: SERVICE, text: variant(2, { version: 3 }), keepInvalid: true })).toMatchObject({
        ok: false,
        kind: "conflict",
        code: "service_retired",
      });
      expect(await publishVersion(editor, SERVICE, 2)).toMatchObject({ ok: false, kind: "conflict" });
    });

    it("a built-in service gets a new version from the portal operator, numbered after the shipped one; a county editor is refused", async () => {
      const dogTax = (await publishedService("hundesteuer-anmeldung"))!.definition;
      const text = `${JSON.stringify({ ...dogTax, version: 2, title: { ...dogTax.title, de: "Hundesteuer – Anmeldung (neu)" } }, null, 2)}\n`;
      expect(await saveDraft(editor, { serviceId: "hundesteuer-anmeldung", text, keepInvalid: false })).toMatchObject({
        ok: false,
        kind: "forbidden",
        code: "built_in_service",
      });
      const operator = await operatorActor(database.handle.db);
      expect(await saveDraft(operator, { serviceId: "hundesteuer-anmeldung", text, keepInvalid: false })).toMatchObject({
        ok: true,
        version: 2,
      });
      // The builder counts the draft's changes against the published version 1: only the title changed.
      const builder = (await builderDraftView(operator, "hundesteuer-anmeldung"))!;
      expect([builder.current, builder.published?.version]).toEqual([1, 1]);
      expect(summarizeDiff(diffDefinitions(builder.published!, builder.definition!))).toBe("Fragen und Seiten sind unverändert");
      expect(await publishVersion(editor, "hundesteuer-anmeldung", 2)).toMatchObject({
        ok: false,
        kind: "forbidden",
        code: "built_in_service",
      });
      expect(await publishVersion(operator, "hundesteuer-anmeldung", 2)).toMatchObject({ ok: true });
      expect((await servicesOfferedIn("16062005")).find((s) => s.id === "hundesteuer-anmeldung")).toMatchObject({
        version: 2,
        title: "Hundesteuer – Anmeldung (neu)",
      });
    });
  });

  it("walks a preview through all steps to the review without storing a draft or a case", async () => {
    const count = async () => ({
      drafts: (await database.handle.db.select({ id: drafts.id }).from(drafts)).length,
      cases: (await database.handle.db.select({ id: cases.id }).from(cases)).length,
    });
    const before = await count();
    const session = await createSession(editor.userId);
    let previewCookie = "";
    const request = (path: string, form?: Record<string, string>) =>
      new Request(`http://portal.test${path}`, {
        method: form ? "POST" : "GET",
        headers: {
          Cookie: `bp_staff=${session}${previewCookie ? `; ${previewCookie}` : ""}`,
          ...(form ? { "Content-Type": "application/x-www-form-urlencoded" } : {}),
        },
        body: form ? new URLSearchParams(form).toString() : undefined,
      });
    const follow = (response: Response) => {
      const cookie = response.headers.getSetCookie().find((c) => c.startsWith("bp_vorschau="));
      if (cookie) previewCookie = cookie.split(";")[0];
      return response.headers.get("location") ?? "";
    };
    const params = { serviceId: "ruecknahme-probe", version: "1" };
    const base = "/redaktion/leistungen/ruecknahme-probe/vorschau/1";
    expect(follow(await startPreview(request(base, {}), params))).toBe(`${base}/schritt/veranstalter`);
    const first = await loadPreviewStep(request(`${base}/schritt/veranstalter`), { ...params, stepId: "veranstalter" });
    expect(first.step.fields.map((f) => f.pointer)).toContain("/veranstalter/name/vorname");

    const answers = eventAnswers(1) as {
      veranstalter: Record<string, Record<string, string>>;
      veranstaltung: Record<string, string | number>;
    };
    const refused = follow(
      await handlePreviewStepPost(request(`${base}/schritt/veranstalter`, { "/veranstalter/name/vorname": "Erika", _aktion: "weiter" }), {
        ...params,
        stepId: "veranstalter",
      }),
    );
    expect(refused).toBe(`${base}/schritt/veranstalter?fehler=1`);
    const shown = await loadPreviewStep(request(refused), { ...params, stepId: "veranstalter" });
    expect(shown.errors.map((e) => e.pointer)).toContain("/veranstalter/name/nachname");
    expect(shown.values["/veranstalter/name/vorname"]).toBe("Erika");

    const person = Object.fromEntries(
      Object.entries(answers.veranstalter).flatMap(([group, values]) =>
        Object.entries(values).map(([key, value]) => [`/veranstalter/${group}/${key}`, value]),
      ),
    );
    expect(
      follow(
        await handlePreviewStepPost(request(`${base}/schritt/veranstalter`, { ...person, _aktion: "weiter" }), {
          ...params,
          stepId: "veranstalter",
        }),
      ),
    ).toBe(`${base}/schritt/veranstaltung`);
    const event = answers.veranstaltung;
    const eventForm = {
      "/veranstaltung/titel": String(event.titel),
      "/veranstaltung/art": String(event.art),
      "/veranstaltung/datum/day": "12",
      "/veranstaltung/datum/month": "6",
      "/veranstaltung/datum/year": "2027",
      "/veranstaltung/beginn": String(event.beginn),
      "/veranstaltung/ende": String(event.ende),
      "/veranstaltung/ort": String(event.ort),
      "/veranstaltung/besucher": "1500",
      "/veranstaltung/ausschank": "nein",
      _aktion: "weiter",
    };
    // 1,500 visitors switch the safety step on, exactly as for citizens.
    expect(
      follow(await handlePreviewStepPost(request(`${base}/schritt/veranstaltung`, eventForm), { ...params, stepId: "veranstaltung" })),
    ).toBe(`${base}/schritt/sicherheit`);
    expect(
      follow(
        await handlePreviewStepPost(
          request(`${base}/schritt/sicherheit`, { "/sicherheit/ordner": "20", "/sicherheit/sanitaetsdienst": "ja", _aktion: "weiter" }),
          { ...params, stepId: "sicherheit" },
        ),
      ),
    ).toBe(`${base}/pruefen`);
    const review = await loadPreviewReview(request(`${base}/pruefen`), params);
    expect(review.sections.map((s) => s.stepId)).toEqual(["veranstalter", "veranstaltung", "sicherheit"]);
    expect(follow(await submitPreview(request(`${base}/pruefen`, {}), params))).toBe(`${base}/pruefen?fehler=erklaerung`);
    expect(follow(await submitPreview(request(`${base}/pruefen`, { erklaerung: "ja" }), params))).toBe(`${base}/pruefen?vorschau=ende`);
    expect(await count()).toEqual(before);
  });

  it("records every editorial action with who, when and what", async () => {
    const entries = await auditOf(SERVICE);
    expect(entries.map((e) => e.action)).toEqual(
      expect.arrayContaining([
        "publishing.service.created",
        "publishing.draft.saved",
        "publishing.version.published",
        "publishing.offering.changed",
        "publishing.routing-override.set",
        "publishing.routing-override.removed",
        "publishing.version.retired",
        "publishing.service.retired",
      ]),
    );
    for (const entry of entries) {
      expect(entry.actorId).toBe(editor.userId);
      expect(entry.authorityId).toBe("lra-16068");
      expect(entry.at).toBeInstanceOf(Date);
    }
    const published = entries
      .filter((e) => e.action === "publishing.version.published")
      .map((e) => (e.details as { version: number }).version);
    expect(published).toEqual([1, 2]);
    const invalidSave = entries.find((e) => e.action === "publishing.draft.saved" && (e.details as { valid: boolean }).valid === false);
    expect(invalidSave?.details).toMatchObject({ version: 1, problems: 1 });
  });

  it("records an API key as the actor of what it did (no person behind it)", async () => {
    const client = {
      kind: "api" as const,
      tokenId: randomUUID(),
      tokenName: "Formular-Pipeline",
      authorityId: editor.authorityId,
      authorityName: editor.authorityName,
      countyAgs: editor.countyAgs,
      countyName: editor.countyName,
      portalOperator: false as const,
    };
    expect(await saveDraft(client, { text: variant(1, { id: "pipeline-probe" }), keepInvalid: false })).toMatchObject({ ok: true });
    const [created, saved] = await auditOf("pipeline-probe");
    expect(created).toMatchObject({
      action: "publishing.service.created",
      actorId: null,
      authorityId: "lra-16068",
      details: { via: "api", tokenName: "Formular-Pipeline" },
    });
    expect(saved).toMatchObject({
      action: "publishing.draft.saved",
      actorId: null,
      details: { via: "api", tokenId: client.tokenId, version: 1, valid: true },
    });
  });
});
