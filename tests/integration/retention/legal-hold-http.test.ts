/**
 * The legal hold on the case page over HTTP on the real server, without JavaScript: the page says
 * when a closed case is deleted (by RETENTION_DAYS_DEFAULT), a clerk sets and lifts the hold with a
 * plain form post, the history records it, and a clerk of another authority gets 404.
 */
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { staffUsers } from "../../../db/schema";
import { findCase } from "~/server/cases/case-record.server";
import { formatDate } from "~/server/cases/dates";
import { deletionDue } from "~/server/cases/retention";
import { transitionCase } from "~/server/cases/transitions.server";
import { db } from "~/server/db.server";
import { clerkOf, createCaseFor, startStaffServer, type FixtureCase, type StaffServer } from "../../support/case-fixtures";
import { databaseKinds } from "../../support/databases";
import { StaffClient } from "../staff/staff-client";

const KOELLEDA = "vg-koelleda";
const SOEMMERDA = "gemeinde-16068051";
const RETENTION_DAYS = 400;
type Fixtures = { closed: FixtureCase; open: FixtureCase; closedAt: Date };

const textOf = (html: string) =>
  html
    .replace(/<!-- -->/g, "")
    .replace(/<script[\s\S]*?<\/script>/g, "")
    .replace(/<[^>]+>/g, " ")
    .replace(/\s+/g, " ");

describe.each(databaseKinds())("legal hold over HTTP on %s", (kind) => {
  let staff: StaffServer<Fixtures>;
  let clerk: StaffClient;
  const account = clerkOf(KOELLEDA);

  beforeAll(async () => {
    staff = await startStaffServer(
      kind,
      async () => {
        const [user] = await (await db()).select().from(staffUsers).where(eq(staffUsers.username, account.username));
        const actor = { kind: "staff", id: user.id, name: user.displayName, authorityId: KOELLEDA } as const;
        const closed = await createCaseFor(KOELLEDA);
        const open = await createCaseFor(KOELLEDA, { variant: 1 });
        const base = { authorityId: KOELLEDA, caseNumber: closed.caseNumber, actor };
        await transitionCase({ ...base, to: "in_bearbeitung", revision: 1 });
        await transitionCase({ ...base, to: "abgeschlossen", revision: 2, message: "Ihr Hund ist angemeldet." });
        const record = await findCase(KOELLEDA, closed.caseNumber);
        const closing = record!.events.find((e) => e.toStatus === "abgeschlossen")!;
        return { closed, open, closedAt: new Date(closing.at) };
      },
      { RETENTION_DAYS_DEFAULT: String(RETENTION_DAYS) },
    );
    clerk = await StaffClient.signedIn(staff.server.baseUrl, account.username, account.password);
  }, 180_000);
  afterAll(async () => {
    await staff?.stop();
  });

  const page = async (client: StaffClient, caseNumber: string) => {
    const response = await client.get(`/verwaltung/vorgaenge/${caseNumber}`);
    return { status: response.status, text: textOf(await response.text()) };
  };

  it("says when a closed case is deleted, and how long an open one will be kept", async () => {
    const { closed, open, closedAt } = staff.fixtures;
    const due = formatDate(deletionDue(closedAt, RETENTION_DAYS).toISOString());
    expect((await page(clerk, closed.caseNumber)).text).toContain(`Wird gelöscht am ${due} (${RETENTION_DAYS} Tage nach dem Abschluss)`);
    const openPage = await page(clerk, open.caseNumber);
    expect(openPage.text).toContain(`wird er ${RETENTION_DAYS} Tage aufbewahrt und dann gelöscht`);
    expect(openPage.text).not.toContain("Wird gelöscht am");
  });

  it("sets and lifts the hold with a plain form post, recorded in the history", async () => {
    const { closed, closedAt } = staff.fixtures;
    const path = `/verwaltung/vorgaenge/${closed.caseNumber}`;
    const set = await clerk.post(path, { intent: "legal-hold", hold: "on" });
    expect(set.status).toBe(302);
    expect(set.headers.get("location")).toBe(`${path}?gespeichert=loeschsperre`);
    const held = await clerk.get(`${path}?gespeichert=loeschsperre`);
    const heldText = textOf(await held.text());
    expect(heldText).toContain("Die Löschsperre wurde gesetzt.");
    expect(heldText).toMatch(new RegExp(`Löschsperre seit \\d{2}\\.\\d{2}\\.\\d{4} \\(gesetzt von ${account.displayName}\\)`));
    expect(heldText).toContain("Löschsperre aufheben");
    expect(heldText).not.toContain("Wird gelöscht am");
    expect(heldText).toContain("Löschsperre gesetzt: Der Vorgang wird nicht gelöscht.");

    // Setting it again changes nothing and writes no second history entry.
    expect((await clerk.post(path, { intent: "legal-hold", hold: "on" })).status).toBe(302);
    expect((await page(clerk, closed.caseNumber)).text.split("Löschsperre gesetzt:").length - 1).toBe(1);

    const lift = await clerk.post(path, { intent: "legal-hold", hold: "off" });
    expect(lift.headers.get("location")).toBe(`${path}?gespeichert=loeschsperre-aufgehoben`);
    const lifted = textOf(await (await clerk.get(`${path}?gespeichert=loeschsperre-aufgehoben`)).text());
    expect(lifted).toContain("Die Löschsperre wurde aufgehoben.");
    expect(lifted).toContain(`Wird gelöscht am ${formatDate(deletionDue(closedAt, RETENTION_DAYS).toISOString())}`);
    expect(lifted).toContain("Löschsperre setzen");
  });

  it("answers 404 to a clerk of another authority, who can neither see nor hold the case", async () => {
    const other = clerkOf(SOEMMERDA);
    const stranger = await StaffClient.signedIn(staff.server.baseUrl, other.username, other.password);
    const path = `/verwaltung/vorgaenge/${staff.fixtures.closed.caseNumber}`;
    expect((await stranger.get(path)).status).toBe(404);
    expect((await stranger.post(path, { intent: "legal-hold", hold: "on" })).status).toBe(404);
    expect((await page(clerk, staff.fixtures.closed.caseNumber)).text).not.toContain("Löschsperre seit");
  });
});
