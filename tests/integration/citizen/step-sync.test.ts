/**
 * The wizard's background sync (ADR 034) on a real database: accepted answers are stored with a
 * new revision, refused ones get 422 with the messages and leave the draft as it was, a sync
 * built on an older revision gets 409, and the same sync sent again is answered again without
 * being applied twice.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { compile } from "~/engine/compile.server";
import { inputValuesForStep } from "~/engine/form-submission";
import { persistState, startState } from "~/engine/transition";
import type { FormDefinition, FormValues } from "~/engine/types";
import { draftCookieName } from "~/server/drafts/draft-cookie.server";
import { readDraftState } from "~/server/drafts/draft-state";
import { createDraft, draftForToken } from "~/server/drafts/drafts.server";
import { handleStepSync, type SyncReply } from "~/server/wizard/step-sync.http.server";
import { databaseKinds } from "../../support/databases";
import { usePreparedDatabase } from "../../support/prepared-database";

const FORM_ID = "hundesteuer-anmeldung";
const definition = JSON.parse(readFileSync(`forms/${FORM_ID}.json`, "utf8")) as FormDefinition;
const runtime = compile(definition);
const fixture = JSON.parse(readFileSync(`tests/fixtures/payloads/${FORM_ID}.json`, "utf8")) as {
  journeys: Array<{ answers: Record<string, FormValues> }>;
};
const answers = fixture.journeys[0]!.answers;

async function newDraft(): Promise<string> {
  const { token } = await createDraft({
    serviceId: FORM_ID,
    serviceVersion: definition.version,
    municipalityAgs: "16068042",
    lang: "de",
    state: { machine: persistState(runtime, startState(runtime)), pending: {} },
  });
  return token;
}

function stepFields(stepId: string, data: FormValues): Array<[string, string]> {
  return Object.entries(inputValuesForStep(runtime, stepId, data)).flatMap(([name, value]) =>
    (Array.isArray(value) ? value : [value]).map((item): [string, string] => [name, item]),
  );
}

async function sync(
  token: string,
  stepId: string,
  fields: Array<[string, string]>,
  meta: { id: string; base: number },
): Promise<{ status: number; body: SyncReply }> {
  const form = new URLSearchParams([["_abgleich", meta.id], ["_basis", String(meta.base)], ["_schritt", stepId], ...fields]);
  const request = new Request(`http://127.0.0.1/rastenberg/${FORM_ID}/abgleich?schritt=${encodeURIComponent(stepId)}`, {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: `${draftCookieName(FORM_ID)}=${token}` },
    body: form,
  });
  const response = await handleStepSync(request, { gemeinde: "rastenberg", service: FORM_ID }, "de");
  return { status: response.status, body: (await response.json()) as SyncReply };
}

async function storedState(token: string) {
  return readDraftState((await draftForToken(token))!.snapshot);
}

describe.each(databaseKinds())("the wizard's background sync on %s", (kind) => {
  usePreparedDatabase(kind);

  it("stores accepted answers with a new revision and answers a repeated sync without applying it twice", async () => {
    const token = await newDraft();
    const first = await sync(token, "halter", stepFields("halter", answers.halter!), { id: "sync-aaaa-0001", base: 0 });
    expect(first).toEqual({ status: 200, body: { revision: 1, page: "schritt/hunde" } });

    const again = await sync(token, "halter", stepFields("halter", answers.halter!), { id: "sync-aaaa-0001", base: 0 });
    expect(again).toEqual(first);
    const state = await storedState(token);
    expect(state.revision).toBe(1);
    expect((state.machine as { value: string }).value).toBe("hunde");
    expect((state.machine as { context: { data: FormValues } }).context.data.halter).toEqual(answers.halter!.halter);

    const second = await sync(token, "hunde", stepFields("hunde", answers.hunde!), { id: "sync-aaaa-0002", base: 1 });
    expect(second).toEqual({ status: 200, body: { revision: 2, page: "schritt/haftpflicht" } });
  });

  it("refuses invalid answers with the messages and stores nothing", async () => {
    const token = await newDraft();
    const fields = stepFields("halter", answers.halter!).filter(([name]) => name !== "/halter/name/nachname");
    const refused = await sync(token, "halter", [...fields, ["/halter/kontakt/email", "keine-adresse"]], { id: "sync-bbbb-0001", base: 0 });
    expect(refused.status).toBe(422);
    expect(refused.body.message).toBe("Diese Angaben können so nicht gespeichert werden. Bitte prüfen Sie die markierten Angaben.");
    expect(refused.body.errors?.map((error) => error.pointer)).toEqual(expect.arrayContaining(["/halter/name/nachname"]));
    expect(refused.body.errors?.every((error) => error.message.length > 0)).toBe(true);
    const state = await storedState(token);
    expect(state.revision ?? 0).toBe(0);
    expect((state.machine as { value: string }).value).toBe("halter");

    const malformed = await sync(token, "halter", fields, { id: "x", base: 0 });
    expect(malformed.status).toBe(400);
    expect(malformed.body.message).toContain("unvollständig");
  });

  it("answers a sync built on an older revision with 409 and keeps what the other tab saved", async () => {
    const token = await newDraft();
    // The first tab saves the first step …
    expect((await sync(token, "halter", stepFields("halter", answers.halter!), { id: "tab-one-0001", base: 0 })).status).toBe(200);
    // … the second tab, still on revision 0, saves its own version of it.
    const owner = answers.halter!.halter as { name: { vorname: string } };
    const otherName = { halter: { ...owner, name: { ...owner.name, vorname: "Zweiter" } } };
    const stale = await sync(token, "halter", stepFields("halter", otherName), { id: "tab-two-0001", base: 0 });
    expect(stale.status).toBe(409);
    expect(stale.body).toMatchObject({ revision: 1, message: expect.stringContaining("an anderer Stelle geändert") });
    const state = await storedState(token);
    expect(state.revision).toBe(1);
    expect((state.machine as { context: { data: { halter: { name: { vorname: string } } } } }).context.data.halter.name.vorname).toBe(
      owner.name.vorname,
    );

    // Choosing to keep the second tab's answers: the same step again, on the revision now stored.
    const kept = await sync(token, "halter", stepFields("halter", otherName), { id: "tab-two-0002", base: 1 });
    expect(kept.status).toBe(200);
    expect(kept.body.revision).toBe(2);
  });

  it("refuses a step the draft has not reached, and one this form does not have", async () => {
    const token = await newDraft();
    const ahead = await sync(token, "zahlung", [["/zahlung/zahlweise", "ueberweisung"]], { id: "sync-cccc-0001", base: 0 });
    expect(ahead.status).toBe(409);
    expect(ahead.body.page).toBe("schritt/halter");
    const unknown = await sync(token, "gibt-es-nicht", [], { id: "sync-cccc-0002", base: 0 });
    expect(unknown.status).toBe(404);
    expect((await storedState(token)).revision ?? 0).toBe(0);
  });
});
