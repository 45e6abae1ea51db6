/** Case processing in the domain modules, on every database: transitions, races, notes, assignment. */
import { and, eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { caseEvents, cases, outbox, staffUsers } from "../../../db/schema";
import { assignCase } from "~/server/cases/assignment.server";
import type { CaseActor } from "~/server/cases/case-actor";
import { findCase } from "~/server/cases/case-record.server";
import { addNote } from "~/server/cases/notes.server";
import { transitionCase } from "~/server/cases/transitions.server";
import { createCaseFor } from "../../support/case-fixtures";
import { databaseKinds } from "../../support/databases";
import { usePreparedDatabase } from "../../support/prepared-database";

const KOELLEDA = "vg-koelleda";

describe.each(databaseKinds())("case lifecycle on %s", (kind) => {
  const database = usePreparedDatabase(kind);
  let clerk: CaseActor;
  beforeAll(async () => {
    const [user] = await database.handle.db.select().from(staffUsers).where(eq(staffUsers.username, "sb.vgkoe"));
    clerk = { kind: "staff", id: user.id, name: user.displayName, authorityId: KOELLEDA };
  }, 120_000);

  const eventsOf = (caseId: string) =>
    database.handle.db.select().from(caseEvents).where(eq(caseEvents.caseId, caseId)).orderBy(caseEvents.id);
  const messagesQueued = async (caseId: string) =>
    (
      await database.handle.db
        .select()
        .from(outbox)
        .where(and(eq(outbox.kind, "citizen-message"), sql`${outbox.payload}->>'caseId' = ${caseId}`))
    ).length;

  it("walks a case through question, answer and completion, recording who, when, from, to and why", async () => {
    const c = await createCaseFor(KOELLEDA);
    const step = (to: string, revision: number, extra: { note?: string; message?: string } = {}) =>
      transitionCase({ authorityId: KOELLEDA, caseNumber: c.caseNumber, to, revision, actor: clerk, ...extra });

    expect(await step("in_bearbeitung", 1)).toMatchObject({ ok: true, status: "in_bearbeitung", revision: 2 });
    expect(
      await step("rueckfrage", 2, { message: "Bitte senden Sie die Versicherungsbestätigung.", note: "Nachweis fehlt" }),
    ).toMatchObject({ ok: true, revision: 3 });
    expect(await step("in_bearbeitung", 3, { note: "Nachweis eingegangen" })).toMatchObject({ ok: true, revision: 4 });
    expect(await step("abgeschlossen", 4, { message: "Ihr Hund ist angemeldet. Der Bescheid kommt per Post." })).toMatchObject({
      ok: true,
      status: "abgeschlossen",
      revision: 5,
    });

    const events = await eventsOf(c.caseId);
    expect(events.map((e) => [e.kind, e.fromStatus, e.toStatus])).toEqual([
      ["submitted", null, "eingegangen"],
      ["transition", "eingegangen", "in_bearbeitung"],
      ["transition", "in_bearbeitung", "rueckfrage"],
      ["transition", "rueckfrage", "in_bearbeitung"],
      ["transition", "in_bearbeitung", "abgeschlossen"],
    ]);
    for (const e of events.slice(1)) expect(e).toMatchObject({ actorKind: "staff", actorId: clerk.id, actorName: clerk.name });
    expect(events[2]).toMatchObject({ note: "Nachweis fehlt", citizenMessage: "Bitte senden Sie die Versicherungsbestätigung." });
    // The applicant gave an e-mail address: each message to the citizen is queued for delivery.
    expect(await messagesQueued(c.caseId)).toBe(2);

    const record = await findCase(KOELLEDA, c.caseNumber);
    expect(record).toMatchObject({ status: "abgeschlossen", revision: 5 });
  });

  it("refuses an illegal transition with 422 and writes nothing", async () => {
    const c = await createCaseFor(KOELLEDA);
    const result = await transitionCase({
      authorityId: KOELLEDA,
      caseNumber: c.caseNumber,
      to: "abgeschlossen",
      message: "Fertig",
      revision: 1,
      actor: clerk,
    });
    expect(result).toMatchObject({ ok: false, kind: "invalid", code: "illegal_transition" });
    expect(!result.ok && result.message).toMatch(/„Eingegangen“.*„Abgeschlossen“/);
    expect(await eventsOf(c.caseId)).toHaveLength(1);
    expect(await messagesQueued(c.caseId)).toBe(0);
    expect(await findCase(KOELLEDA, c.caseNumber)).toMatchObject({ status: "eingegangen", revision: 1 });
  });

  it.each([
    [{ to: "rueckfrage" }, "message_required"],
    [{ to: "in_bearbeitung", note: "x".repeat(5001) }, "note_too_long"],
    [{ to: "in_bearbeitung", message: "x".repeat(5001) }, "message_too_long"],
    [{ to: "erledigt" }, "unknown_status"],
    [{ to: "in_bearbeitung", revision: "zwei" }, "invalid_revision"],
  ])("refuses %o (%s) before touching the case", async (input, code) => {
    const c = await createCaseFor(KOELLEDA);
    if (input.to === "rueckfrage")
      await transitionCase({ authorityId: KOELLEDA, caseNumber: c.caseNumber, to: "in_bearbeitung", actor: clerk });
    const before = await findCase(KOELLEDA, c.caseNumber);
    const result = await transitionCase({ authorityId: KOELLEDA, caseNumber: c.caseNumber, actor: clerk, ...input });
    expect(result).toMatchObject({ ok: false, code });
    expect(await findCase(KOELLEDA, c.caseNumber)).toMatchObject({ status: before!.status, revision: before!.revision });
    expect((await eventsOf(c.caseId)).length).toBe(before!.events.length);
  });

  it("lets exactly one of two racing transitions with the same revision win; the other gets a conflict", async () => {
    const c = await createCaseFor(KOELLEDA);
    await transitionCase({ authorityId: KOELLEDA, caseNumber: c.caseNumber, to: "in_bearbeitung", revision: 1, actor: clerk });
    const colleague: CaseActor = { ...clerk, name: "Erika Muster" };
    const results = await Promise.all([
      transitionCase({
        authorityId: KOELLEDA,
        caseNumber: c.caseNumber,
        to: "abgeschlossen",
        message: "Genehmigt.",
        revision: 2,
        actor: clerk,
      }),
      transitionCase({
        authorityId: KOELLEDA,
        caseNumber: c.caseNumber,
        to: "abgelehnt",
        message: "Abgelehnt.",
        revision: 2,
        actor: colleague,
      }),
    ]);
    const winners = results.filter((r) => r.ok);
    const losers = results.filter((r) => !r.ok);
    expect(winners).toHaveLength(1);
    expect(losers).toEqual([
      expect.objectContaining({ kind: "conflict", code: "conflict", message: expect.stringMatching(/inzwischen.*geändert/) }),
    ]);
    const events = await eventsOf(c.caseId);
    expect(events.filter((e) => e.kind === "transition")).toHaveLength(2);
    expect(await messagesQueued(c.caseId)).toBe(1);
    expect(await findCase(KOELLEDA, c.caseNumber)).toMatchObject({ revision: 3 });
  });

  it("does not reach another authority's case", async () => {
    const other = await createCaseFor("gemeinde-16068051");
    expect(await transitionCase({ authorityId: KOELLEDA, caseNumber: other.caseNumber, to: "in_bearbeitung", actor: clerk })).toMatchObject(
      { kind: "not-found" },
    );
    expect(await addNote({ authorityId: KOELLEDA, caseNumber: other.caseNumber, note: "x", actor: clerk })).toMatchObject({
      kind: "not-found",
    });
    expect(await assignCase({ authorityId: KOELLEDA, caseNumber: other.caseNumber, assigneeId: clerk.id, actor: clerk })).toMatchObject({
      kind: "not-found",
    });
    expect(await findCase(KOELLEDA, other.caseNumber)).toBeNull();
  });

  it("keeps internal notes, refuses an oversized one without writing, and leaves the revision alone", async () => {
    const c = await createCaseFor(KOELLEDA);
    expect(
      await addNote({ authorityId: KOELLEDA, caseNumber: c.caseNumber, note: "  Telefonat mit Antragsteller  ", actor: clerk }),
    ).toMatchObject({ ok: true });
    const tooLong = await addNote({ authorityId: KOELLEDA, caseNumber: c.caseNumber, note: "x".repeat(5001), actor: clerk });
    expect(tooLong).toMatchObject({ ok: false, kind: "invalid", code: "note_too_long" });
    expect(!tooLong.ok && tooLong.message).toContain("5.000");
    const events = await eventsOf(c.caseId);
    expect(events.map((e) => e.note)).toEqual([null, "Telefonat mit Antragsteller"]);
    expect(await findCase(KOELLEDA, c.caseNumber)).toMatchObject({ revision: 1 });
  });

  it("assigns only to active clerks of the same authority", async () => {
    const c = await createCaseFor(KOELLEDA);
    const [foreign] = await database.handle.db.select().from(staffUsers).where(eq(staffUsers.username, "sb.stsoe"));
    const [admin] = await database.handle.db.select().from(staffUsers).where(eq(staffUsers.username, "admin.vgkoe"));
    for (const assigneeId of [foreign.id, admin.id, "not-a-uuid"]) {
      expect(await assignCase({ authorityId: KOELLEDA, caseNumber: c.caseNumber, assigneeId, revision: 1, actor: clerk })).toMatchObject({
        kind: "invalid",
        code: "invalid_assignee",
      });
    }
    expect(await assignCase({ authorityId: KOELLEDA, caseNumber: c.caseNumber, assigneeId: clerk.id, revision: 1, actor: clerk })).toEqual({
      ok: true,
      revision: 2,
    });
    expect(
      await assignCase({ authorityId: KOELLEDA, caseNumber: c.caseNumber, assigneeId: null, revision: 1, actor: clerk }),
    ).toMatchObject({ kind: "conflict" });
    const record = await findCase(KOELLEDA, c.caseNumber);
    expect(record?.assignedTo).toEqual({ id: clerk.id, displayName: clerk.name });
    expect(record?.events.at(-1)).toMatchObject({ kind: "assigned", note: `Zugewiesen an ${clerk.name}` });
    const [row] = await database.handle.db.select({ assignedToId: cases.assignedToId }).from(cases).where(eq(cases.id, c.caseId));
    expect(row.assignedToId).toBe(clerk.id);
  });
});
