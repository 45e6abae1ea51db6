/**
 * The editor pages and the editorial API over HTTP on the real server: guards, Origin check,
 * no-store, size limits, escaping, the definition check by pointer (same as forms:check), tokens.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "~/server/db.server";
import { startStaffServer, type StaffServer } from "../../support/case-fixtures";
import { databaseKinds } from "../../support/databases";
import { formsCheckPointers } from "./forms-check-output";
import { apiCall, EditorClient, problemPointers, textOf } from "./http-client";
import { fixtureText, HASSLEBEN, SERVICE, tokenFor, variant } from "./support";

const FIXTURES = "tests/fixtures/forms-check";
const brokenFixtures = readdirSync(FIXTURES)
  .filter((name) => name.endsWith(".json"))
  .sort()
  .map((name) => join(FIXTURES, name));

type Tokens = { editor: string; cases: string; vg: string; nordhausen: string };

describe.each(databaseKinds())("publishing over HTTP on %s", (kind) => {
  let staff: StaffServer<Tokens>;
  let base: string;
  let editor: EditorClient;
  let expected: Map<string, string[]>;

  beforeAll(async () => {
    [staff, expected] = await Promise.all([
      startStaffServer(kind, async () => {
        const database = await db();
        return {
          editor: await tokenFor(database, "lra-16068", ["services:write"]),
          cases: await tokenFor(database, "lra-16068", ["cases:read", "cases:write"]),
          vg: await tokenFor(database, "vg-straussfurt", ["services:write"]),
          nordhausen: await tokenFor(database, "lra-16062", ["services:write"]),
        };
      }),
      formsCheckPointers(brokenFixtures),
    ]);
    base = staff.server.baseUrl;
    editor = await EditorClient.signedIn(base, "red.lrasoe");
  }, 180_000);
  afterAll(async () => {
    await staff?.stop();
  });

  describe("editor pages", () => {
    const pages = [
      "/redaktion",
      "/redaktion/neu",
      "/redaktion/schluessel",
      "/redaktion/leistungen/hundesteuer-anmeldung",
      "/redaktion/leistungen/hundesteuer-anmeldung/angebot",
      "/redaktion/leistungen/hundesteuer-anmeldung/vergleich",
    ];

    it("send an anonymous visitor to the login, refuse a clerk, and are never cached", async () => {
      const anonymous = await new EditorClient(base).get("/redaktion/neu");
      expect(anonymous.status).toBe(302);
      expect(anonymous.headers.get("location")).toMatch(/^\/verwaltung\/anmelden\?weiter=/);
      const clerk = await EditorClient.signedIn(base, "sb.vgstf");
      const refused = await clerk.get("/redaktion");
      expect(refused.status).toBe(403);
      expect(refused.headers.get("cache-control")).toBe("no-store");
      for (const page of pages) {
        const response = await editor.get(page);
        expect(response.status, page).toBe(200);
        expect(response.headers.get("cache-control"), page).toBe("no-store");
      }
      // A built-in service's form is the portal operator's: its editor page refuses a county editor.
      const builtInDraft = "/redaktion/leistungen/hundesteuer-anmeldung/entwurf";
      expect((await editor.get(builtInDraft)).status).toBe(403);
      const operator = await EditorClient.signedIn(base, "betrieb.portal");
      const operatorPage = await operator.get(builtInDraft);
      expect(operatorPage.status).toBe(200);
      expect(operatorPage.headers.get("cache-control")).toBe("no-store");
      // The builder loads the published version to count the changes against it.
      const builder = await operator.get("/redaktion/leistungen/hundesteuer-anmeldung/baukasten");
      expect(builder.status).toBe(200);
    });

    it("hide another county's services (404) and refuse a post from another site", async () => {
      const other = await EditorClient.signedIn(base, "red.lrandh");
      expect(
        (
          await other.postDefinition(
            "/redaktion/neu",
            { intent: "save" },
            { name: "x.json", content: variant(1, { id: "nur-nordhausen" }) },
          )
        ).status,
      ).toBe(302);
      expect((await editor.get("/redaktion/leistungen/nur-nordhausen")).status).toBe(404);
      expect((await editor.get("/redaktion/leistungen/nur-nordhausen/angebot")).status).toBe(404);
      const forged = await editor.post(
        "/redaktion/leistungen/hundesteuer-anmeldung/angebot",
        { intent: "offering", umfang: "keine" },
        { Origin: "https://evil.example" },
      );
      expect(forged.status).toBe(403);
      const offered = textOf(await (await editor.get("/redaktion/leistungen/hundesteuer-anmeldung/angebot")).text());
      expect(offered).toContain("Anbietende Gemeinden (37 von 37)");
    });

    it("save a new service, show it without problems, publish it and offer it in the VG Straußfurt", async () => {
      const saved = await editor.postDefinition(
        "/redaktion/neu",
        { intent: "save" },
        { name: "veranstaltung.json", content: fixtureText(1) },
      );
      expect(saved.status).toBe(302);
      expect(saved.headers.get("location")).toBe(`/redaktion/leistungen/${SERVICE}/entwurf?hinweis=gespeichert`);
      const page = await (await editor.get(`/redaktion/leistungen/${SERVICE}/entwurf`)).text();
      expect(textOf(page)).toContain("Prüfergebnis: keine Fehler");
      const basis = /name="basis" value="([^"]+)"/.exec(page)![1];
      const published = await editor.postDefinition(`/redaktion/leistungen/${SERVICE}/entwurf`, { intent: "publish", version: "1", basis });
      expect(published.status).toBe(302);
      expect(published.headers.get("location")).toBe(`/redaktion/leistungen/${SERVICE}?hinweis=veroeffentlicht&version=1`);
      const offering = await editor.post(`/redaktion/leistungen/${SERVICE}/angebot`, {
        intent: "offering",
        umfang: "auswahl",
        verband: "vg-straussfurt",
      });
      expect(offering.status).toBe(302);
      const list = textOf(await (await editor.get("/redaktion")).text());
      expect(list).toMatch(/Anzeige einer öffentlichen Veranstaltung veranstaltung-anzeige 1 veröffentlicht 7 von 37/);
      expect(textOf(await (await fetch(`${base}/hassleben`)).text())).toContain("Anzeige einer öffentlichen Veranstaltung");
      expect(textOf(await (await fetch(`${base}/soemmerda`)).text())).not.toContain("Anzeige einer öffentlichen Veranstaltung");
    });

    it("keep an invalid draft with every problem listed by pointer, line and column next to a line-numbered text", async () => {
      const broken = variant(2, { dataSchema: { type: "object", properties: { a: { $ref: "../geheim.json" } } } });
      const saved = await editor.postDefinition(
        `/redaktion/leistungen/${SERVICE}/entwurf`,
        { intent: "save" },
        { name: "v2.json", content: broken },
      );
      expect(saved.headers.get("location")).toBe(`/redaktion/leistungen/${SERVICE}/entwurf?hinweis=gespeichert-mit-fehlern`);
      const html = await (await editor.get(`/redaktion/leistungen/${SERVICE}/entwurf`)).text();
      expect(problemPointers(html)).toContain("/dataSchema/properties/a/$ref");
      expect(textOf(html)).toMatch(
        /Zeile \d+, Spalte \d+ · \/dataSchema\/properties\/a\/\$ref Verweis „\.\.\/geheim\.json“ ist nicht erlaubt/,
      );
      expect(html).toMatch(/<li id="zeile-1" class="source-line">/);
      expect(html).not.toContain("Version 2 veröffentlichen");
      // Publishing it anyway (a crafted post) is refused with the problems.
      const refused = await editor.postDefinition(`/redaktion/leistungen/${SERVICE}/entwurf`, { intent: "publish", version: "2" });
      expect(refused.status).toBe(422);
    });

    it("refuse a definition of several megabytes with 413 and a message a person can act on", async () => {
      const huge = `{"id":"riesig","padding":"${"x".repeat(3 * 1024 * 1024)}"}`;
      const response = await editor.postDefinition("/redaktion/neu", { intent: "save" }, { name: "riesig.json", content: huge });
      expect(response.status).toBe(413);
      expect(textOf(await response.text())).toContain("größer als 1 MB und wird nicht angenommen");
    });

    it("show script in titles and help texts as text, never as markup", async () => {
      const hostile = JSON.parse(fixtureText(1));
      hostile.id = "skript-probe";
      hostile.title.de = '<script>alert("titel")</script>';
      hostile.steps[0].fields[0].hint = { de: '<img src=x onerror=alert("hinweis")>' };
      const saved = await editor.postDefinition(
        "/redaktion/neu",
        { intent: "save" },
        { name: "skript.json", content: JSON.stringify(hostile, null, 2) },
      );
      expect(saved.status).toBe(302);
      for (const path of ["/redaktion", "/redaktion/leistungen/skript-probe", "/redaktion/leistungen/skript-probe/entwurf"]) {
        const html = await (await editor.get(path)).text();
        expect(html, path).not.toContain('<script>alert("titel")');
        expect(html, path).toContain("&lt;script&gt;");
      }
      const start = await editor.post("/redaktion/leistungen/skript-probe/vorschau/1?index", {});
      expect(start.status).toBe(303);
      const step = await (await editor.get(start.headers.get("location")!)).text();
      expect(step).not.toContain('<img src=x onerror=alert("hinweis")>');
      expect(step).toContain("&lt;img src=x onerror=alert(&quot;hinweis&quot;)&gt;");
    });

    it("check every forms-check fixture in the browser form with exactly the pointers of npm run forms:check, storing nothing", async () => {
      for (const file of brokenFixtures) {
        const response = await editor.postDefinition(
          "/redaktion/neu",
          { intent: "check" },
          { name: file, content: readFileSync(file, "utf8") },
        );
        expect(response.status, file).toBe(200);
        const html = await response.text();
        expect(problemPointers(html), file).toEqual(expected.get(file));
        expect(expected.get(file)!.length, file).toBeGreaterThan(0);
      }
      expect(textOf(await (await editor.get("/redaktion")).text())).not.toMatch(/test-minimal|test-hundesteuer/);
    });
  });

  describe("API", () => {
    it("asks for a token of a Landratsamt with services:write (401, 403)", async () => {
      const body = fixtureText(1);
      const none = await apiCall(base, null, "/services", { method: "POST", body });
      expect(none.status).toBe(401);
      expect(none.headers.get("www-authenticate")).toMatch(/^Bearer/);
      expect((await apiCall(base, staff.fixtures.cases, "/services", { method: "POST", body })).status).toBe(403);
      const vg = await apiCall(base, staff.fixtures.vg, "/services", { method: "POST", body });
      expect(vg.status).toBe(403);
      expect(((await vg.json()) as { error: { message: string } }).error.message).toContain("Landratsamt");
    });

    it("refuses every forms-check fixture with 422 and the same pointers as npm run forms:check, storing nothing", async () => {
      for (const file of brokenFixtures) {
        const response = await apiCall(base, staff.fixtures.editor, "/services", { method: "POST", body: readFileSync(file, "utf8") });
        expect(response.status, file).toBe(422);
        const body = (await response.json()) as { errors: Array<{ pointer: string; message: string; line?: number }> };
        expect(
          body.errors.map((e) => e.pointer),
          file,
        ).toEqual(expected.get(file));
        expect(
          body.errors.every((e) => typeof e.line === "number" && e.line > 0),
          file,
        ).toBe(true);
      }
    });

    it("creates a draft (201), replaces it (200), publishes it once (200, then 409), and offers it", async () => {
      const text = variant(1, { id: "veranstaltung-api" });
      const created = await apiCall(base, staff.fixtures.editor, "/services", { method: "POST", body: text });
      expect(created.status).toBe(201);
      expect(created.headers.get("cache-control")).toBe("no-store");
      expect(await created.json()).toMatchObject({
        id: "veranstaltung-api",
        version: 1,
        status: "draft",
        links: { publish: "/api/v1/services/veranstaltung-api/versions/1/publish" },
      });
      expect((await apiCall(base, staff.fixtures.editor, "/services", { method: "POST", body: text })).status).toBe(200);
      const published = await apiCall(base, staff.fixtures.editor, "/services/veranstaltung-api/versions/1/publish", { method: "POST" });
      expect(published.status).toBe(200);
      expect(await published.json()).toMatchObject({
        id: "veranstaltung-api",
        version: 1,
        status: "published",
        publishedAt: expect.any(String),
      });
      const again = await apiCall(base, staff.fixtures.editor, "/services/veranstaltung-api/versions/1/publish", { method: "POST" });
      expect(again.status).toBe(409);
      expect(((await again.json()) as { error: { code: string } }).error.code).toBe("already_published");
      const republish = await apiCall(base, staff.fixtures.editor, "/services", { method: "POST", body: text });
      expect(republish.status).toBe(422);
      expect(await republish.json()).toMatchObject({ errors: [{ pointer: "/version", line: 3 }] });

      const offering = await apiCall(base, staff.fixtures.editor, "/services/veranstaltung-api/offering", {
        method: "PUT",
        body: JSON.stringify({ municipalities: [HASSLEBEN] }),
      });
      expect(offering.status).toBe(200);
      expect(await offering.json()).toMatchObject({
        id: "veranstaltung-api",
        county: { ags: "16068000" },
        municipalities: [HASSLEBEN],
        added: [HASSLEBEN],
        removed: [],
      });
      expect(await (await apiCall(base, staff.fixtures.editor, "/services/veranstaltung-api/offering")).json()).toMatchObject({
        municipalities: [HASSLEBEN],
      });
      const services = (await (await apiCall(base, null, `/municipalities/${HASSLEBEN}/services`)).json()) as Array<{
        id: string;
        responsibleAuthority: { name: string };
      }>;
      expect(services.find((s) => s.id === "veranstaltung-api")?.responsibleAuthority.name).toBe("Verwaltungsgemeinschaft Straußfurt");
      expect((await apiCall(base, null, "/services/veranstaltung-api")).status).toBe(200);
    });

    it("answers 404 for unknown and other counties' services, 422 for foreign municipalities and bodies outside the schema, 413/415 for malformed requests", async () => {
      const token = staff.fixtures.editor;
      expect((await apiCall(base, token, "/services/gibt-es-nicht/versions/1/publish", { method: "POST" })).status).toBe(404);
      expect((await apiCall(base, token, "/services/veranstaltung-api/versions/9/publish", { method: "POST" })).status).toBe(404);
      expect(
        (await apiCall(base, staff.fixtures.nordhausen, "/services/veranstaltung-api/versions/1/publish", { method: "POST" })).status,
      ).toBe(404);
      expect(
        (
          await apiCall(base, staff.fixtures.nordhausen, "/services/veranstaltung-api/offering", {
            method: "PUT",
            body: '{"municipalities":[]}',
          })
        ).status,
      ).toBe(404);
      const foreign = await apiCall(base, token, "/services/veranstaltung-api/offering", {
        method: "PUT",
        body: JSON.stringify({ municipalities: ["16062005"] }),
      });
      expect(foreign.status).toBe(422);
      expect(((await foreign.json()) as { error: { message: string } }).error.message).toContain("16062005");
      expect((await apiCall(base, token, "/services/veranstaltung-api/offering", { method: "PUT", body: '{"gemeinden":[]}' })).status).toBe(
        422,
      );
      const notAgs = await apiCall(base, token, "/services/veranstaltung-api/offering", {
        method: "PUT",
        body: '{"municipalities":["Haßleben"]}',
      });
      expect(notAgs.status).toBe(422);
      expect(((await notAgs.json()) as { errors: Array<{ pointer: string }> }).errors).toEqual([
        expect.objectContaining({ pointer: "/municipalities/0" }),
      ]);
      expect((await apiCall(base, token, "/services", { method: "POST", body: fixtureText(1), contentType: "text/plain" })).status).toBe(
        415,
      );
      const huge = await apiCall(base, token, "/services", { method: "POST", body: `{"id":"${"x".repeat(3 * 1024 * 1024)}"}` });
      expect(huge.status).toBe(413);
      expect(((await huge.json()) as { error: { code: string } }).error.code).toBe("payload_too_large");
      expect((await apiCall(base, token, "/services", { method: "GET" })).status).toBe(405);
    });

    it("is described in the OpenAPI document", async () => {
      const document = (await (await fetch(`${base}/api/v1/openapi.json`)).json()) as {
        paths: Record<string, Record<string, unknown>>;
        components: { securitySchemes: Record<string, unknown> };
      };
      expect(Object.keys(document.paths["/services"])).toEqual(["post"]);
      expect(Object.keys(document.paths["/services/{id}/versions/{version}/publish"])).toEqual(["post"]);
      expect(Object.keys(document.paths["/services/{id}/offering"]).sort()).toEqual(["get", "put"]);
      expect(document.paths["/services/{id}"]).toBeDefined();
      expect(document.components.securitySchemes.editorToken).toMatchObject({ type: "http", scheme: "bearer" });
    });
  });
});
