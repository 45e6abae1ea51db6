/**
 * One rule for everything on a step the conditions skip: answers and files alike are dropped
 * silently (docs/decisions/016-linear-time-patterns-and-edge-rules.md). Over HTTP, on the real server.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApiTokenFor, startStaffServer, type StaffServer } from "../../support/case-fixtures";
import { databaseKinds } from "../../support/databases";
import { payloadFixture, withInlineFiles } from "../../support/payloads";
import { apiRequest } from "../staff/staff-client";

const RASTENBERG = "16068042"; // dog tax goes to VG Kölleda
const dogTax = payloadFixture("hundesteuer-anmeldung");

/** A valid dog-tax application that asks for no tax reduction, yet answers the (skipped) reduction step with a file. */
function withAnswersOnSkippedStep() {
  const base = dogTax.valid[0] as Record<string, unknown>;
  expect(base.steuerverguenstigung).toEqual({ beantragt: "nein" });
  const attachment = { id: crypto.randomUUID(), name: "nachweis.pdf", mediaType: "application/pdf", size: 0, sha256: "0".repeat(64) };
  const { data, attachments } = withInlineFiles({
    ...base,
    verguenstigung: { grund: "sonstiges", hund: "Bruno", begruendung: "Rettungshundestaffel", nachweise: [attachment] },
  });
  const skipped = (data.verguenstigung as { nachweise: Array<{ id: string }> }).nachweise[0]!.id;
  return { data, attachments, skippedFileId: skipped, keptFileIds: attachments.map((a) => a.id).filter((id) => id !== skipped) };
}

describe.each(databaseKinds())("files on a skipped step on %s", (kind) => {
  let staff: StaffServer<{ token: string }>;
  beforeAll(async () => {
    staff = await startStaffServer(kind, async () => ({ token: await createApiTokenFor("vg-koelleda") }), {
      SUBMISSION_RATE_LIMIT: "1000",
    });
  }, 180_000);
  afterAll(async () => {
    await staff?.stop();
  });

  const submit = (body: unknown) =>
    fetch(`${staff.server.baseUrl}/api/v1/submissions`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
    });

  it("accepts the application and drops the file with the step's answers (201, file not stored)", async () => {
    const { data, attachments, skippedFileId, keptFileIds } = withAnswersOnSkippedStep();
    expect(keptFileIds.length).toBeGreaterThan(0);
    const response = await submit({
      service: "hundesteuer-anmeldung",
      municipality: RASTENBERG,
      data,
      attachments,
      idempotencyKey: crypto.randomUUID(),
    });
    expect(response.status, await response.clone().text()).toBe(201);
    const { caseNumber } = await response.json();

    const exported = await apiRequest(staff.server.baseUrl, staff.fixtures.token, `/cases/${caseNumber}`);
    expect(exported.status).toBe(200);
    const record = await exported.json();
    const stored = (record.attachments as Array<{ id: string }>).map((a) => a.id);
    expect(stored.sort()).toEqual([...keptFileIds].sort());
    expect(stored).not.toContain(skippedFileId);
    expect(JSON.stringify(record)).not.toContain("Rettungshundestaffel");
  });

  it("still refuses a file that no answer names (422)", async () => {
    const { data, attachments } = withAnswersOnSkippedStep();
    const stray = { id: crypto.randomUUID(), content: attachments[0]!.content };
    const response = await submit({
      service: "hundesteuer-anmeldung",
      municipality: RASTENBERG,
      data,
      attachments: [...attachments, stray],
      idempotencyKey: crypto.randomUUID(),
    });
    expect(response.status).toBe(422);
    expect(await response.json()).toMatchObject({ error: { code: "attachment_invalid", message: expect.stringContaining(stray.id) } });
  });
});
