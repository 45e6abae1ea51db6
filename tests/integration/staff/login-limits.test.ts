/** The login's limits over HTTP on the real server (ADR 019); clients are told apart by X-Forwarded-For from the trusted local proxy. */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startStaffServer, type StaffServer } from "../../support/case-fixtures";
import { databaseKinds } from "../../support/databases";
import { sessionCookieOf, StaffClient } from "./staff-client";

const LOGIN_FAILED = "Benutzername oder Passwort ist falsch.";
/**
 * The limits count in fixed windows (5 and 15 minutes, aligned to the clock); a test that began
 * just before a window ends would see its count reset halfway. Such a test waits for the new window.
 */
async function clearOfWindowEdge(): Promise<void> {
  const window = 5 * 60_000;
  const left = window - (Date.now() % window);
  if (left < 15_000) await new Promise((resolve) => setTimeout(resolve, left + 100));
}

const textOf = (html: string) =>
  html
    .replace(/<!-- -->/g, "")
    .replace(/<script[\s\S]*?<\/script>/g, "")
    .replace(/<[^>]+>/g, " ")
    .replace(/\s+/g, " ");

describe.each(databaseKinds())("login limits per address and per username on %s", (kind) => {
  let staff: StaffServer<null>;
  beforeAll(async () => {
    staff = await startStaffServer(kind, async () => null);
  }, 120_000);
  afterAll(async () => {
    await staff?.stop();
  });
  beforeEach(clearOfWindowEdge, 20_000);

  const attempt = (from: string, username: string, password: string) =>
    new StaffClient(staff.server.baseUrl).post("/verwaltung/anmelden", { username, password }, { "X-Forwarded-For": from });

  it("refuses password spraying from one address from the 11th username on; the real user elsewhere still gets in", async () => {
    const sprayer = "198.51.100.7";
    const usernames = [
      "sb.lrasoe",
      "sb.lrandh",
      "sb.lrakyf",
      "sb.vggea",
      "sb.vggrv",
      "sb.vgkib",
      "sb.vgkoe",
      "sb.vgstf",
      "sb.egelx",
      "sb.stkoe",
      "sb.stsoe",
      "sb.stwei",
    ];
    const answers: Response[] = [];
    for (const username of usernames) answers.push(await attempt(sprayer, username, "Sommer2026!"));
    expect(answers.map((answer) => answer.status)).toEqual([...Array(10).fill(401), 429, 429]);
    expect(textOf(await answers[0].text())).toContain(LOGIN_FAILED);
    const refused = answers[10];
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(Number(refused.headers.get("retry-after"))).toBeLessThanOrEqual(15 * 60);
    expect(textOf(await refused.text())).toMatch(
      /Zu viele Anmeldeversuche aus Ihrem Netzwerk\. Bitte warten Sie (eine Minute|\d+ Minuten)/,
    );

    // A refused name stays refused when tried again …
    expect((await attempt(sprayer, usernames[10], "Winter2026!")).status).toBe(429);
    // … and the same address is refused even with a right password for a name it has not tried yet …
    expect((await attempt(sprayer, "sb.gmwer", "demo-sb.gmwer")).status).toBe(429);
    // … while the clerks whose names were sprayed sign in from their own offices.
    const clerk = await attempt("203.0.113.20", "sb.stsoe", "demo-sb.stsoe");
    expect(clerk.status).toBe(302);
    expect(sessionCookieOf(clerk)).not.toBeNull();
    expect((await attempt("203.0.113.21", "sb.lrasoe", "demo-sb.lrasoe")).status).toBe(302);
  });

  it("locks a username only for the address that guessed it; the owner elsewhere is not locked out", async () => {
    const guesser = "198.51.100.8";
    const statuses: number[] = [];
    for (let i = 0; i < 11; i++) statuses.push((await attempt(guesser, "sb.egher", `falsch-${i}`)).status);
    expect(statuses).toEqual([...Array(10).fill(401), 429]);
    expect((await attempt(guesser, "sb.egher", "demo-sb.egher")).status).toBe(429);
    expect((await attempt("203.0.113.30", "sb.egher", "demo-sb.egher")).status).toBe(302);
  });

  it("stops a guess spread over many addresses with a short account-wide backstop that says how long it lasts", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 30; i++) statuses.push((await attempt(`192.0.2.${i + 1}`, "sb.gmkyl", `falsch-${i}`)).status);
    expect(statuses).toEqual(Array(30).fill(401));
    const locked = await attempt("192.0.2.200", "sb.gmkyl", "demo-sb.gmkyl");
    expect(locked.status).toBe(429);
    expect(Number(locked.headers.get("retry-after"))).toBeLessThanOrEqual(5 * 60);
    expect(textOf(await locked.text())).toMatch(/Zum Schutz ist die Anmeldung (eine Minute|\d+ Minuten) gesperrt/);
  });

  it("counts parallel guesses before checking them: of twenty at once, exactly ten are checked", async () => {
    const answers = await Promise.all(Array.from({ length: 20 }, (_, i) => attempt("198.51.100.9", "sb.gmwer", `parallel-${i}`)));
    const statuses = answers.map((answer) => answer.status).sort();
    expect(statuses).toEqual([...Array(10).fill(401), ...Array(10).fill(429)]);
  });

  it("does not count a successful login as a name tried: an office where many clerks sign in is not locked", async () => {
    const office = "203.0.113.99";
    const clerks = [
      "sb.lrasoe",
      "sb.lrandh",
      "sb.lrakyf",
      "sb.vggea",
      "sb.vggrv",
      "sb.vgkib",
      "sb.vgkoe",
      "sb.vgstf",
      "sb.egelx",
      "sb.stkoe",
      "sb.stwei",
      "sb.lgbut",
    ];
    // One typo each, then the right password: twelve names seen, none left failing.
    const statuses: number[] = [];
    for (const username of clerks) {
      statuses.push((await attempt(office, username, "vertippt")).status);
      statuses.push((await attempt(office, username, `demo-${username}`)).status);
      if (statuses.length === 20) break;
    }
    expect(statuses).toEqual(Array(10).fill([401, 302]).flat());
    // The first ten names failed once each; the successes took their count back.
    expect((await attempt(office, "sb.lgbut", "demo-sb.lgbut")).status).toBe(302);
    expect((await attempt(office, "sb.stwei", "demo-sb.stwei")).status).toBe(302);
  });
});
