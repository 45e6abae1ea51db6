/** The staff workspace over HTTP on the real server: login, sessions, roles, Origin check, processing, admin, API. */
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { secretHash } from "~/server/staff/tokens.server";
import { createApiTokenFor, createCaseFor, startStaffServer, type FixtureCase, type StaffServer } from "../../support/case-fixtures";
import { databaseKinds } from "../../support/databases";
import { apiRequest, sessionCookieOf, StaffClient } from "./staff-client";

const KOELLEDA = "vg-koelleda";
const LOGIN_FAILED = "Benutzername oder Passwort ist falsch.";
type Fixtures = { cases: FixtureCase[]; foreign: FixtureCase; soemmerda: string[]; token: string };

/** React separates adjacent text with empty comments; a reader sees one text. */
const plain = (html: string) => html.replace(/<!-- -->/g, "");
const textOf = (html: string) =>
  plain(html)
    .replace(/<script[\s\S]*?<\/script>/g, "")
    .replace(/<[^>]+>/g, " ")
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/\s+/g, " ");

describe.each(databaseKinds())("staff workspace over HTTP on %s", (kind) => {
  let staff: StaffServer<Fixtures>;
  let clerk: StaffClient;
  let base: string;
  const caseAt = (i: number) => staff.fixtures.cases[i].caseNumber;

  beforeAll(async () => {
    staff = await startStaffServer(kind, async () => {
      const cases: FixtureCase[] = [];
      for (let i = 0; i < 8; i++) cases.push(await createCaseFor(KOELLEDA, { variant: i }));
      const foreign = await createCaseFor("gemeinde-16068051");
      // Stadt Sömmerda gets 26 cases in all: one more than a page of the inbox.
      const soemmerda = [foreign.caseNumber];
      for (let i = 0; i < 25; i++) soemmerda.push((await createCaseFor("gemeinde-16068051", { variant: i })).caseNumber);
      return { cases, foreign, soemmerda, token: await createApiTokenFor(KOELLEDA, "Fachverfahren Test") };
    });
    base = staff.server.baseUrl;
    clerk = await StaffClient.signedIn(base, "sb.vgkoe", "demo-sb.vgkoe");
  }, 180_000);
  afterAll(async () => {
    await staff?.stop();
  });

  describe("login", () => {
    it("sends an anonymous visitor to the login page and back to where they wanted to go", async () => {
      const anonymous = new StaffClient(base);
      const response = await anonymous.get(`/verwaltung/vorgaenge/${caseAt(0)}`);
      expect(response.status).toBe(302);
      expect(response.headers.get("location")).toBe(
        `/verwaltung/anmelden?weiter=${encodeURIComponent(`/verwaltung/vorgaenge/${caseAt(0)}`)}`,
      );
      const login = await anonymous.post("/verwaltung/anmelden", {
        username: "sb.vgkoe",
        password: "demo-sb.vgkoe",
        weiter: `/verwaltung/vorgaenge/${caseAt(0)}`,
      });
      expect(login.status).toBe(302);
      expect(login.headers.get("location")).toBe(`/verwaltung/vorgaenge/${caseAt(0)}`);
      const evil = await new StaffClient(base).post("/verwaltung/anmelden", {
        username: "sb.vgkoe",
        password: "demo-sb.vgkoe",
        weiter: "//evil.example/x",
      });
      expect(evil.headers.get("location")).toBe("/verwaltung");
    });

    it("sets the session cookie httpOnly and SameSite=Lax, Secure only over https", async () => {
      const plain = await new StaffClient(base).post("/verwaltung/anmelden", { username: "sb.stsoe", password: "demo-sb.stsoe" });
      const cookie = plain.headers.getSetCookie().find((c) => c.startsWith("bp_staff="))!;
      expect(cookie).toMatch(/; HttpOnly/);
      expect(cookie).toMatch(/; SameSite=Lax/);
      expect(cookie).toMatch(/; Path=\//);
      expect(cookie).not.toMatch(/Secure/);
      // Behind the local TLS proxy (trusted in production), the request came over https.
      const tls = await new StaffClient(base).post(
        "/verwaltung/anmelden",
        { username: "sb.stsoe", password: "demo-sb.stsoe" },
        { "X-Forwarded-Proto": "https" },
      );
      expect(tls.headers.getSetCookie().find((c) => c.startsWith("bp_staff="))).toMatch(/; Secure/);
    });

    it("answers an unknown user and a wrong password with the same message, in similar time", async () => {
      const attempt = async (username: string, password: string) => {
        const started = performance.now();
        const response = await new StaffClient(base).post("/verwaltung/anmelden", { username, password });
        return {
          status: response.status,
          text: textOf(await response.text()),
          ms: performance.now() - started,
          cookie: sessionCookieOf(response),
        };
      };
      const wrong = [
        await attempt("sb.lrakyf", "falsch-1"),
        await attempt("sb.lrakyf", "falsch-2"),
        await attempt("sb.lrakyf", "falsch-3"),
      ];
      const unknown = [await attempt("niemand.1", "x"), await attempt("niemand.2", "x"), await attempt("niemand.3", "x")];
      for (const r of [...wrong, ...unknown]) {
        expect(r.status).toBe(401);
        expect(r.text).toContain(LOGIN_FAILED);
        expect(r.cookie).toBeNull();
      }
      const median = (xs: number[]) => xs.sort((a, b) => a - b)[1];
      // Unknown users are checked against a dummy hash: no much faster answer betrays them.
      expect(median(unknown.map((r) => r.ms))).toBeGreaterThan(median(wrong.map((r) => r.ms)) * 0.4);
    });

    it("limits login attempts per username and then refuses even the right password", async () => {
      const client = new StaffClient(base);
      const statuses: number[] = [];
      for (let i = 0; i < 10; i++)
        statuses.push((await client.post("/verwaltung/anmelden", { username: "sb.gmkyl", password: `falsch-${i}` })).status);
      expect(statuses).toEqual(Array(10).fill(401));
      const limited = await client.post("/verwaltung/anmelden", { username: "SB.GMKYL", password: "demo-sb.gmkyl" });
      expect(limited.status).toBe(429);
      expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);
      expect(textOf(await limited.text())).toMatch(/Zu viele Anmeldeversuche\. Bitte warten Sie/);
      expect(sessionCookieOf(limited)).toBeNull();
    });

    it("forgets a run of wrong passwords once the right one is given", async () => {
      const client = new StaffClient(base);
      const attempt = async (password: string) => (await client.post("/verwaltung/anmelden", { username: "sb.lrasoe", password })).status;
      const statuses: number[] = [];
      for (let i = 0; i < 9; i++) statuses.push(await attempt(`falsch-${i}`));
      statuses.push(await attempt("demo-sb.lrasoe"));
      // Without the reset the limit of ten would refuse the next attempt with 429.
      for (let i = 0; i < 9; i++) statuses.push(await attempt(`wieder-falsch-${i}`));
      expect(statuses).toEqual([...Array(9).fill(401), 302, ...Array(9).fill(401)]);
    });

    it("ends the session on logout: the old cookie no longer opens anything", async () => {
      const client = await StaffClient.signedIn(base, "sb.vgkoe", "demo-sb.vgkoe");
      const old = client.cookie;
      expect((await client.get("/verwaltung")).status).toBe(200);
      expect((await client.get("/verwaltung/abmelden")).status).toBe(302); // a GET (link, prefetch) never logs out
      expect((await client.get("/verwaltung")).status).toBe(200);
      const logout = await client.post("/verwaltung/abmelden", {});
      expect(logout.status).toBe(302);
      expect(logout.headers.get("location")).toBe("/verwaltung/anmelden?abgemeldet=1");
      expect(logout.headers.getSetCookie().find((c) => c.startsWith("bp_staff="))).toMatch(/Max-Age=0/);
      client.cookie = old;
      const after = await client.get("/verwaltung");
      expect(after.status).toBe(302);
      expect(after.headers.get("location")).toMatch(/^\/verwaltung\/anmelden/);
    });

    it("sends an unknown or expired session to the login page and clears its cookie", async () => {
      const stale = new StaffClient(base);
      stale.cookie = "a".repeat(43);
      const response = await stale.get("/verwaltung");
      expect(response.status).toBe(302);
      expect(response.headers.get("location")).toMatch(/^\/verwaltung\/anmelden/);
      expect(response.headers.getSetCookie().find((c) => c.startsWith("bp_staff="))).toMatch(/Max-Age=0/);
    });

    it.skipIf(kind !== "postgres")("ends a session idle for more than 30 minutes (clock moved in the database)", async () => {
      const client = await StaffClient.signedIn(base, "sb.vgkoe", "demo-sb.vgkoe");
      expect((await client.get("/verwaltung")).status).toBe(200);
      await staff.database!.handle.db.execute(
        sql`update staff_sessions set last_seen_at = now() - interval '31 minutes' where token_hash = ${secretHash(client.cookie!)}`,
      );
      const response = await client.get("/verwaltung");
      expect(response.status).toBe(302);
      expect(response.headers.get("location")).toMatch(/^\/verwaltung\/anmelden/);
    });
  });

  describe("roles, caching and the Origin check", () => {
    it("lets each role see only its pages", async () => {
      const editor = await StaffClient.signedIn(base, "red.lrasoe", "demo-red.lrasoe");
      expect((await editor.get("/verwaltung")).status).toBe(403);
      expect((await editor.get("/verwaltung/konten")).status).toBe(403);
      const admin = await StaffClient.signedIn(base, "admin.vgkoe", "demo-admin.vgkoe");
      expect((await admin.get("/verwaltung/konten")).status).toBe(200);
      expect((await admin.get(`/verwaltung/vorgaenge/${caseAt(0)}`)).status).toBe(403);
      expect((await clerk.get("/verwaltung/konten")).status).toBe(403);
    });

    it("sends Cache-Control: no-store on every staff page and download", async () => {
      const admin = await StaffClient.signedIn(base, "admin.vgkoe", "demo-admin.vgkoe");
      const c = staff.fixtures.cases[0];
      const responses = [
        await new StaffClient(base).get("/verwaltung/anmelden"),
        await clerk.get("/verwaltung"),
        await clerk.get(`/verwaltung/vorgaenge/${c.caseNumber}`),
        await clerk.get(`/verwaltung/vorgaenge/${c.caseNumber}/anlagen/${c.attachmentIds[0]}`),
        await clerk.get(`/verwaltung/vorgaenge/${c.caseNumber}/eingangsbestaetigung.pdf`),
        await clerk.get(`/verwaltung/vorgaenge/${c.caseNumber}/export.json`),
        await clerk.get("/verwaltung/export.csv"),
        await clerk.get("/verwaltung/vorgaenge/VGKOE-2026-999999"),
        await admin.get("/verwaltung/konten"),
      ];
      for (const r of responses) expect(`${r.url} ${r.headers.get("cache-control")}`).toBe(`${r.url} no-store`);
    });

    it("refuses cross-site posts with 403 and a clear message, and writes nothing", async () => {
      const target = `/verwaltung/vorgaenge/${caseAt(7)}`;
      const forged = [
        await clerk.post(target, { intent: "note", note: "gefälscht" }, { Origin: "https://evil.example" }),
        await clerk.post(target, { intent: "transition", to: "in_bearbeitung", revision: "1" }, { Origin: "null" }),
        await clerk.post(target, { intent: "note", note: "gefälscht" }, { Origin: "", "Sec-Fetch-Site": "cross-site" }),
        await new StaffClient(base).post(
          "/verwaltung/anmelden",
          { username: "sb.vgkoe", password: "demo-sb.vgkoe" },
          { Origin: "https://evil.example" },
        ),
        await clerk.post("/verwaltung/abmelden", {}, { Origin: "https://evil.example" }),
      ];
      for (const r of forged) {
        expect(r.status).toBe(403);
        expect(textOf(await r.text())).toContain("nicht von einer Seite des Bürgerportals");
      }
      expect((await clerk.get("/verwaltung")).status).toBe(200); // the forged logout did not log out
      const doc = await (await clerk.get(`${target}/export.json`)).json();
      expect(doc.history).toHaveLength(1);
      expect(doc.case.revision).toBe(1);
    });
  });

  describe("processing on the case page", () => {
    it("shows the case with answers, attachments, receipt and history", async () => {
      const html = await (await clerk.get(`/verwaltung/vorgaenge/${caseAt(0)}`)).text();
      const text = textOf(html);
      expect(text).toContain(`Vorgang ${caseAt(0)}`);
      expect(text).toContain("Angaben zur Hundehalterin oder zum Hundehalter");
      expect(text).toContain("Familienname");
      expect(text).toContain("Eingangsbestätigung (PDF)");
      expect(text).toContain("Antrag eingegangen");
      // Received today: said in words; the concurrency counter and a doubled authority are not shown.
      expect(text).toMatch(/Uhr \(heute\)/);
      expect(text).not.toContain("vor 0 Tagen");
      expect(text).not.toContain("Bearbeitungsstand");
      expect(text).toContain("Angemeldet als Sachbearbeitung Verwaltungsgemeinschaft Kölleda Abmelden");
      expect(html).toContain(`/verwaltung/vorgaenge/${caseAt(0)}/anlagen/${staff.fixtures.cases[0].attachmentIds[0]}`);
    });

    it("downloads attachments and the receipt as attachments with their stored type", async () => {
      const c = staff.fixtures.cases[0];
      const file = await clerk.get(`/verwaltung/vorgaenge/${c.caseNumber}/anlagen/${c.attachmentIds[0]}`);
      expect(file.headers.get("content-type")).toBe("application/pdf");
      expect(file.headers.get("content-disposition")).toMatch(/^attachment; filename="[A-Za-z0-9._ -]+"; filename\*=UTF-8''/);
      expect(file.headers.get("x-content-type-options")).toBe("nosniff");
      expect(
        Buffer.from(await file.arrayBuffer())
          .subarray(0, 5)
          .toString(),
      ).toBe("%PDF-");
      const receipt = await clerk.get(`/verwaltung/vorgaenge/${c.caseNumber}/eingangsbestaetigung.pdf`);
      expect(receipt.headers.get("content-type")).toBe("application/pdf");
      expect(receipt.headers.get("content-disposition")).toContain(`Eingangsbestaetigung-${c.caseNumber}.pdf`);
      const again = await clerk.get(`/verwaltung/vorgaenge/${c.caseNumber}/eingangsbestaetigung.pdf`);
      expect(Buffer.from(await again.arrayBuffer()).equals(Buffer.from(await receipt.arrayBuffer()))).toBe(true);
      expect((await clerk.get(`/verwaltung/vorgaenge/${c.caseNumber}/anlagen/${staff.fixtures.foreign.attachmentIds[0]}`)).status).toBe(
        404,
      );
    });

    it("moves a case on with a post-redirect-get and refuses an illegal transition with a clear message", async () => {
      const target = `/verwaltung/vorgaenge/${caseAt(1)}`;
      const illegal = await clerk.post(target, { intent: "transition", to: "abgeschlossen", message: "Fertig", revision: "1" });
      expect(illegal.status).toBe(422);
      expect(textOf(await illegal.text())).toContain(
        "Ein Vorgang im Status „Eingegangen“ kann nicht in den Status „Abgeschlossen“ wechseln.",
      );
      const noMessage = await clerk.post(target, { intent: "transition", to: "in_bearbeitung", revision: "1" });
      expect(noMessage.status).toBe(302);
      expect(noMessage.headers.get("location")).toBe(`${target}?gespeichert=status`);
      const question = await clerk.post(target, { intent: "transition", to: "rueckfrage", revision: "2", message: "" });
      expect(question.status).toBe(422);
      expect(textOf(await question.text())).toContain("braucht die antragstellende Person eine Nachricht");
      expect(
        (
          await clerk.post(target, {
            intent: "transition",
            to: "rueckfrage",
            revision: "2",
            message: "Bitte reichen Sie den Nachweis nach.",
          })
        ).status,
      ).toBe(302);
      const page = textOf(await (await clerk.get(`${target}?gespeichert=status`)).text());
      expect(page).toContain("Der Status wurde geändert.");
      expect(page).toContain("Status: In Bearbeitung → Rückfrage");
      expect(page).toContain("Bitte reichen Sie den Nachweis nach.");
    });

    it("refuses an oversized note with a clear message and writes nothing", async () => {
      const target = `/verwaltung/vorgaenge/${caseAt(2)}`;
      const response = await clerk.post(target, { intent: "note", note: "x".repeat(5001) });
      expect(response.status).toBe(422);
      expect(textOf(await response.text())).toContain(
        "Der Vermerk ist zu lang: erlaubt sind höchstens 5.000 Zeichen, Ihr Text hat 5.001 Zeichen.",
      );
      const tooLongReason = await clerk.post(target, { intent: "transition", to: "in_bearbeitung", revision: "1", note: "y".repeat(6000) });
      expect(tooLongReason.status).toBe(422);
      const doc = await (await clerk.get(`${target}/export.json`)).json();
      expect(doc.history).toHaveLength(1);
      expect(doc.case).toMatchObject({ status: "eingegangen", revision: 1 });
    });

    it("lets exactly one of two clerks' racing transitions win; the other sees a conflict message", async () => {
      const colleague = await StaffClient.signedIn(base, "sb.vgkoe", "demo-sb.vgkoe");
      const target = `/verwaltung/vorgaenge/${caseAt(3)}`;
      const [a, b] = await Promise.all([
        clerk.post(target, { intent: "transition", to: "in_bearbeitung", revision: "1", note: "Ich übernehme" }),
        colleague.post(target, { intent: "transition", to: "in_bearbeitung", revision: "1", note: "Nein, ich" }),
      ]);
      expect([a.status, b.status].sort()).toEqual([302, 409]);
      const loser = a.status === 409 ? a : b;
      expect(textOf(await loser.text())).toContain("Der Vorgang wurde inzwischen");
      const doc = await (await clerk.get(`${target}/export.json`)).json();
      expect(doc.case.revision).toBe(2);
      expect(doc.history.filter((h: { kind: string }) => h.kind === "transition")).toHaveLength(1);
    });

    it("assigns a case to a colleague of the same authority", async () => {
      const target = `/verwaltung/vorgaenge/${caseAt(4)}`;
      const page = await (await clerk.get(target)).text();
      const option = /<option value="([0-9a-f-]{36})">Sachbearbeitung Verwaltungsgemeinschaft Kölleda<\/option>/.exec(page);
      expect(option).not.toBeNull();
      expect((await clerk.post(target, { intent: "assign", assignee: option![1], revision: "1" })).status).toBe(302);
      const doc = await (await clerk.get(`${target}/export.json`)).json();
      expect(doc.case.assignedTo).toMatchObject({ displayName: "Sachbearbeitung Verwaltungsgemeinschaft Kölleda" });
      expect(doc.case.revision).toBe(2);
    });
  });

  describe("inbox", () => {
    it("pages on with a 'Weitere Vorgänge' link that works without JavaScript, and says when a page link is broken", async () => {
      const sb = await StaffClient.signedIn(base, "sb.stsoe", "demo-sb.stsoe");
      const caseNumbersIn = (html: string) => new Set(html.match(/STSOE-\d{4}-\d{6}/g) ?? []);

      const firstHtml = await (await sb.get("/verwaltung")).text();
      const next = firstHtml.match(/href="(\/verwaltung\?[^"]*cursor=[^"]+)"[^>]*>\s*Weitere Vorgänge/)?.[1];
      expect(next).toBeDefined();
      const secondHtml = await (await sb.get(next!.replace(/&amp;/g, "&"))).text();
      const first = caseNumbersIn(firstHtml);
      const second = caseNumbersIn(secondHtml);
      expect(first.size).toBe(25);
      expect(second.size).toBe(1);
      expect(new Set([...first, ...second])).toEqual(new Set(staff.fixtures.soemmerda));
      expect(secondHtml).not.toContain("Weitere Vorgänge");

      const broken = textOf(await (await sb.get("/verwaltung?cursor=kaputt")).text());
      expect(broken).toContain("Der Link zur nächsten Seite ist ungültig; angezeigt wird die erste Seite.");
    });

    it("lists the authority's cases with counts and filters; eight cases need no 'Weitere Vorgänge' link", async () => {
      const first = await clerk.get("/verwaltung?q=VGKOE");
      const text = textOf(await first.clone().text());
      expect(text).toMatch(/Alle \(8\)/);
      for (const header of ["Vorgangsnummer", "Leistung", "Gemeinde", "Antragsteller/in", "Eingegangen", "Status", "Alter (Tage)"])
        expect(text).toContain(header);
      const html = await first.text();
      expect(html).not.toContain(staff.fixtures.foreign.caseNumber);
      // 8 cases fit one page of 25: page through the API instead to check the cursor, and check the link's shape here.
      expect(html).not.toContain("Weitere Vorgänge");
      const filtered = textOf(await (await clerk.get(`/verwaltung?status=rueckfrage`)).text());
      expect(filtered).toContain(caseAt(1));
      expect(filtered).not.toContain(caseAt(0));
      const invalidResponse = await clerk.get("/verwaltung?status=offen&from=2026-02-30");
      expect(invalidResponse.status).toBe(400);
      const invalid = textOf(await invalidResponse.text());
      expect(invalid).toContain("Den Status „offen“ gibt es nicht.");
      expect(invalid).toContain("„Eingegangen ab“ muss ein gültiges Datum");
      // The page's day / month / year fields: an impossible day and a missing year are the clerk's to correct.
      const impossible = await clerk.get("/verwaltung?from-day=31&from-month=2&from-year=2026&to-day=1&to-month=3&to-year=");
      expect(impossible.status).toBe(400);
      const impossibleHtml = await impossible.text();
      expect(textOf(impossibleHtml)).toContain("„Eingegangen ab“: Den 31.02.2026 gibt es nicht.");
      expect(textOf(impossibleHtml)).toContain("„Eingegangen bis“ braucht Tag, Monat und Jahr");
      expect(impossibleHtml).toMatch(/id="from"[^>]*value="31"|value="31"[^>]*id="from"/);
      const typed = await clerk.get("/verwaltung?q=VGKOE&from-day=1&from-month=1&from-year=2020&to-day=31&to-month=12&to-year=2099");
      expect(typed.status).toBe(200);
      expect(textOf(await typed.text())).toMatch(/Alle \(8\)/);
    });

    it("exports the current view as CSV", async () => {
      const response = await clerk.get(`/verwaltung/export.csv?status=rueckfrage`);
      expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
      expect(response.headers.get("content-disposition")).toMatch(/^attachment; filename="Vorgaenge-\d{4}-\d{2}-\d{2}\.csv"/);
      const bytes = Buffer.from(await response.arrayBuffer());
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const lines = bytes.toString("utf8").slice(1).trim().split("\r\n");
      expect(lines).toHaveLength(2);
      expect(lines[1].startsWith(`${caseAt(1)};Hundesteuer`)).toBe(true);
      expect((await clerk.get("/verwaltung/export.csv?from=gestern")).status).toBe(400);
    });
  });

  describe("API for Fachverfahren", () => {
    const api = (path: string, init?: { method?: string; body?: unknown }, token = staff.fixtures.token) =>
      apiRequest(base, token, path, init);

    it("answers 401 without or with an invalid token", async () => {
      const none = await fetch(`${base}/api/v1/cases`);
      expect(none.status).toBe(401);
      expect(none.headers.get("www-authenticate")).toContain("Bearer");
      expect((await none.json()).error.code).toBe("unauthorized");
      expect((await api("/cases", undefined, "bpk_invalid-token-xxxxxxxxxxxx")).status).toBe(401);
      expect((await api(`/cases/${caseAt(0)}`, undefined, "nope-nope-nope")).status).toBe(401);
      expect(
        (await api(`/cases/${caseAt(0)}/transitions`, { method: "POST", body: { to: "in_bearbeitung" } }, "nope-nope-nope")).status,
      ).toBe(401);
    });

    it("pages through the authority's cases with nextCursor and filters", async () => {
      const seen: string[] = [];
      let path = "/cases?limit=3";
      for (let i = 0; i < 10 && path; i++) {
        const body = await (await api(path)).json();
        seen.push(...body.items.map((item: { caseNumber: string }) => item.caseNumber));
        path = body.nextCursor ? `/cases?limit=3&cursor=${body.nextCursor}` : "";
      }
      expect(seen.sort()).toEqual(staff.fixtures.cases.map((c) => c.caseNumber).sort());
      const inQuestion = await (await api("/cases?status=rueckfrage&municipality=16068019")).json();
      expect(inQuestion.items.map((i: { caseNumber: string }) => i.caseNumber)).toEqual([caseAt(1)]);
      expect((await (await api("/cases?municipality=16068042")).json()).items).toEqual([]);
      expect((await api("/cases?status=offen")).status).toBe(400);
      expect((await api("/cases?cursor=kaputt!")).status).toBe(400);
      expect((await api("/cases?limit=1000")).status).toBe(400);
    });

    it("reads a case as the export document and transitions it, with 404, 409 and 422 as documented", async () => {
      const number = caseAt(5);
      const doc = await (await api(`/cases/${number}`)).json();
      expect(doc).toMatchObject({ formatVersion: 1, case: { caseNumber: number, status: "eingegangen", revision: 1 } });
      expect((await api(`/cases/${staff.fixtures.foreign.caseNumber}`)).status).toBe(404);
      expect((await api("/cases/UNSINN")).status).toBe(404);

      const illegal = await api(`/cases/${number}/transitions`, { method: "POST", body: { to: "abgeschlossen", note: "x", message: "y" } });
      expect(illegal.status).toBe(422);
      expect((await illegal.json()).error).toMatchObject({ code: "illegal_transition", message: expect.stringContaining("„Eingegangen“") });

      const [first, second] = await Promise.all([
        api(`/cases/${number}/transitions`, { method: "POST", body: { to: "in_bearbeitung", note: "Übernommen", revision: 1 } }),
        api(`/cases/${number}/transitions`, { method: "POST", body: { to: "in_bearbeitung", note: "Auch übernommen", revision: 1 } }),
      ]);
      expect([first.status, second.status].sort()).toEqual([200, 409]);
      const winner = first.status === 200 ? first : second;
      const winningNote = first.status === 200 ? "Übernommen" : "Auch übernommen";
      expect(await winner.json()).toEqual({ caseNumber: number, status: "in_bearbeitung", revision: 2 });
      const loser = first.status === 409 ? first : second;
      expect((await loser.json()).error.code).toBe("conflict");

      const tooLong = await api(`/cases/${number}/transitions`, {
        method: "POST",
        body: { to: "rueckfrage", note: "n".repeat(5001), message: "Frage" },
      });
      expect(tooLong.status).toBe(422);
      expect(await tooLong.json()).toMatchObject({
        error: { code: "invalid_request" },
        errors: [{ pointer: "/note", message: "darf nicht länger als 5000 Zeichen sein" }],
      });
      const after = await (await api(`/cases/${number}`)).json();
      expect(after.case.revision).toBe(2);
      expect(after.history.at(-1)).toMatchObject({
        kind: "transition",
        actor: { kind: "api", name: "Fachverfahren Test" },
        note: winningNote,
      });
      expect((await api(`/cases/${number}/transitions`, { method: "POST", body: "kein Objekt" })).status).toBe(422);
    });

    it("is described in the OpenAPI document", async () => {
      const doc = await (await fetch(`${base}/api/v1/openapi.json`)).json();
      expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(["/cases", "/cases/{caseNumber}", "/cases/{caseNumber}/transitions"]));
      expect(doc.components.securitySchemes.authorityToken).toMatchObject({ type: "http", scheme: "bearer" });
    });
  });

  describe("account administration", () => {
    it("creates an account with a password shown once, and disabling it ends its sessions", async () => {
      const admin = await StaffClient.signedIn(base, "admin.vgkoe", "demo-admin.vgkoe");
      const created = await admin.post("/verwaltung/konten", {
        intent: "create-account",
        username: `neu.${kind}`,
        displayName: "Neue Kollegin",
        roles: "clerk",
      });
      expect(created.status).toBe(200);
      const html = plain(await created.text());
      const password = /Erzeugtes Passwort: <code class="secret">([^<]+)<\/code>/.exec(html)?.[1];
      expect(password).toBeTruthy();
      expect(await (await admin.get("/verwaltung/konten")).text()).not.toContain(password!);

      const colleague = await StaffClient.signedIn(base, `neu.${kind}`, password!);
      expect((await colleague.get("/verwaltung")).status).toBe(200);
      const id = new RegExp(
        `name="userId" value="([0-9a-f-]{36})"/><button[^>]*><span class="kern-label">Deaktivieren<span class="kern-sr-only">: neu\\.${kind}`,
      ).exec(plain(await (await admin.get("/verwaltung/konten")).text()))?.[1];
      expect(id).toBeTruthy();
      expect((await admin.post("/verwaltung/konten", { intent: "disable-account", userId: id! })).status).toBe(200);
      expect((await colleague.get("/verwaltung")).status).toBe(302);
    });

    it("creates an API token shown once that works at once and stops working when revoked", async () => {
      const admin = await StaffClient.signedIn(base, "admin.vgkoe", "demo-admin.vgkoe");
      const created = plain(
        await (await admin.post("/verwaltung/konten", { intent: "create-token", name: "Fachverfahren Gewerbe" })).text(),
      );
      const token = /API-Schlüssel: <code class="secret">(bpk_[^<]+)<\/code>/.exec(created)?.[1];
      expect(token).toBeTruthy();
      expect((await apiRequest(base, token!, "/cases")).status).toBe(200);
      const list = plain(await (await admin.get("/verwaltung/konten")).text());
      expect(list).not.toContain(token!);
      const tokenId =
        /name="tokenId" value="([0-9a-f-]{36})"\/><button[^>]*><span class="kern-label">Widerrufen<span class="kern-sr-only">: Fachverfahren Gewerbe/.exec(
          list,
        )?.[1];
      expect((await admin.post("/verwaltung/konten", { intent: "revoke-token", tokenId: tokenId! })).status).toBe(200);
      expect((await apiRequest(base, token!, "/cases")).status).toBe(401);
    });
  });
});
