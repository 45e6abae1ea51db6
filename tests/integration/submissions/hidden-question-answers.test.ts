/**
 * An answer to a question whose condition fails is removed before anything is stored
 * (docs/decisions/029-question-conditions.md): a dog-tax application over the JSON API with
 * "no move" and yet a "Bisherige Gemeinde" keeps it neither in the case data, nor on the
 * clerk's page, nor in the receipt. Over HTTP, on the real server.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApiTokenFor, startStaffServer, type StaffServer } from "../../support/case-fixtures";
import { databaseKinds } from "../../support/databases";
import { payloadFixture, withInlineFiles } from "../../support/payloads";
import { extractPdf } from "../../support/pdf-text";
import { apiRequest, StaffClient } from "../staff/staff-client";

const RASTENBERG = "16068042"; // dog tax goes to VG Kölleda
const STALE = "Altenburg an der Pleiße";

function withAnswerToHiddenQuestion(moved: "ja" | "nein") {
  const base = payloadFixture("hundesteuer-anmeldung").valid[0] as Record<string, unknown>;
  const dogs = (base.hunde as Array<Record<string, unknown>>).map((dog) => ({ ...dog, zuzug: moved, vorherigeGemeinde: STALE }));
  return withInlineFiles({ ...base, hunde: dogs });
}

describe.each(databaseKinds())("answers to hidden questions on %s", (kind) => {
  let staff: StaffServer<{ token: string }>;
  beforeAll(async () => {
    staff = await startStaffServer(kind, async () => ({ token: await createApiTokenFor("vg-koelleda") }), {
      SUBMISSION_RATE_LIMIT: "1000",
    });
  }, 180_000);
  afterAll(async () => {
    await staff?.stop();
  });

  async function submit(moved: "ja" | "nein") {
    const { data, attachments } = withAnswerToHiddenQuestion(moved);
    const response = await fetch(`${staff.server.baseUrl}/api/v1/submissions`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        service: "hundesteuer-anmeldung",
        municipality: RASTENBERG,
        data,
        attachments,
        idempotencyKey: crypto.randomUUID(),
      }),
    });
    expect(response.status, await response.clone().text()).toBe(201);
    const created = (await response.json()) as { caseNumber: string; accessCode: string; receiptUrl: string };
    const clerk = await StaffClient.signedIn(staff.server.baseUrl, "sb.vgkoe", "demo-sb.vgkoe");
    const page = await clerk.get(`/verwaltung/vorgaenge/${created.caseNumber}`);
    expect(page.status).toBe(200);
    // The case as the authority's system fetches it: the stored data.
    const exported = await apiRequest(staff.server.baseUrl, staff.fixtures.token, `/cases/${created.caseNumber}`);
    expect(exported.status).toBe(200);
    const record = (await exported.json()) as { data: { hunde: Array<Record<string, unknown>> } };
    const receipt = await fetch(`${staff.server.baseUrl}${new URL(created.receiptUrl).pathname}`, {
      headers: { "x-access-code": created.accessCode },
    });
    expect(receipt.status).toBe(200);
    const receiptText = (await extractPdf(new Uint8Array(await receipt.arrayBuffer()))).pages.join("\n").replace(/\s+/g, " ");
    return { html: await page.text(), stored: record.data, receiptText };
  }

  it("with 'no move' stores, shows and prints no previous municipality (201)", async () => {
    const { html, stored, receiptText } = await submit("nein");
    expect(stored.hunde.length).toBeGreaterThan(0);
    for (const dog of stored.hunde) {
      expect(dog.zuzug).toBe("nein");
      expect(dog).not.toHaveProperty("vorherigeGemeinde");
    }
    expect(html).toContain("Haben Sie den Hund beim Umzug");
    expect(html).not.toContain("Bisherige Gemeinde");
    expect(html).not.toContain(STALE);
    expect(receiptText).toContain("Hundesteuer");
    expect(receiptText).not.toContain("Bisherige Gemeinde");
    expect(receiptText).not.toContain("Altenburg");
  });

  it("with a move keeps and shows it (the condition holds)", async () => {
    const { html, stored, receiptText } = await submit("ja");
    for (const dog of stored.hunde) expect(dog.vorherigeGemeinde).toBe(STALE);
    expect(html).toContain("Bisherige Gemeinde");
    expect(html).toContain(STALE);
    expect(receiptText).toContain("Bisherige Gemeinde");
    expect(receiptText).toContain("Altenburg");
  });
});
