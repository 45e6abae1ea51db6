/**
 * Regression of issue 13, defect 1: an editor of Landratsamt Sömmerda retired the only version of
 * the built-in service `gewerbeanmeldung` (`POST …/gewerbeanmeldung?index`, intent retire-version,
 * 302), and Ellrich in the county of Nordhausen no longer offered it. A built-in service's form
 * belongs to the portal operator; a county editor is refused and every county keeps offering it.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildSeedRows } from "../../../db/seed/authority-rows";
import { retireVersion } from "~/server/publishing/retire.server";
import { servicesOfferedIn } from "~/server/services/catalogue.server";
import { startStaffServer, type StaffServer } from "../../support/case-fixtures";
import { databaseKinds } from "../../support/databases";
import { usePreparedDatabase } from "../../support/prepared-database";
import { apiCall, EditorClient } from "./http-client";
import { editorActor, operatorActor } from "./support";

process.env.LOG_LEVEL ??= "warn";

const BUILT_IN = "gewerbeanmeldung";
const ELLRICH = buildSeedRows().municipalities.find((m) => m.name === "Ellrich")!.ags;

async function offeredInEllrichOverApi(base: string): Promise<boolean> {
  const response = await apiCall(base, null, `/municipalities/${ELLRICH}/services`);
  expect(response.status).toBe(200);
  return ((await response.json()) as Array<{ id: string }>).some((s) => s.id === BUILT_IN);
}

describe.each(databaseKinds())("retiring a built-in service's version on %s", (kind) => {
  describe("over HTTP, as reported", () => {
    let staff: StaffServer<null>;
    let base: string;
    beforeAll(async () => {
      staff = await startStaffServer(kind, async () => null);
      base = staff.server.baseUrl;
    }, 180_000);
    afterAll(async () => {
      await staff?.stop();
    });

    it("refuses the Sömmerda editor with 403, and Ellrich (Nordhausen) still offers the service", async () => {
      expect(await offeredInEllrichOverApi(base)).toBe(true);
      const soemmerda = await EditorClient.signedIn(base, "red.lrasoe");
      const response = await soemmerda.post(`/redaktion/leistungen/${BUILT_IN}?index`, { intent: "retire-version", version: "1" });
      expect(response.status).toBe(403);
      expect(await response.text()).toContain("Portalbetrieb");
      expect(await offeredInEllrichOverApi(base)).toBe(true);
      const page = await (await soemmerda.get(`/redaktion/leistungen/${BUILT_IN}`)).text();
      expect(page).not.toContain('value="retire-version"');
    });

    it("signs the operator in to /redaktion, which lists the built-in services and offers no county matters", async () => {
      const login = await new EditorClient(base).post("/verwaltung/anmelden", {
        username: "betrieb.portal",
        password: "demo-betrieb.portal",
      });
      expect(login.headers.get("location")).toBe("/redaktion");
      const operator = await EditorClient.signedIn(base, "betrieb.portal");
      const overview = await (await operator.get("/redaktion")).text();
      expect(overview).toContain("Portalbetrieb");
      expect(overview).toContain(`/redaktion/leistungen/${BUILT_IN}`);
      expect(overview).not.toContain('href="/redaktion/neu"');
      expect(overview).not.toContain('href="/redaktion/schluessel"');
      for (const path of ["/redaktion/neu", "/redaktion/schluessel", `/redaktion/leistungen/${BUILT_IN}/angebot`]) {
        expect((await operator.get(path)).status, path).toBe(403);
      }
      expect((await operator.get(`/redaktion/leistungen/${BUILT_IN}/entwurf`)).status).toBe(200);
    });

    it("lets the portal operator retire it: the operator owns the built-in forms", async () => {
      const operator = await EditorClient.signedIn(base, "betrieb.portal");
      const page = await (await operator.get(`/redaktion/leistungen/${BUILT_IN}`)).text();
      expect(page).toContain('value="retire-version"');
      const response = await operator.post(`/redaktion/leistungen/${BUILT_IN}?index`, { intent: "retire-version", version: "1" });
      expect(response.status).toBe(302);
      expect(await offeredInEllrichOverApi(base)).toBe(false);
    });
  });

  describe("in the domain", () => {
    const database = usePreparedDatabase(kind);

    it("refuses every county editor with built_in_service and changes nothing", async () => {
      for (const username of ["red.lrasoe", "red.lrandh", "red.lrakyf"]) {
        const editor = await editorActor(database.handle.db, username);
        expect(await retireVersion(editor, BUILT_IN, 1)).toMatchObject({ ok: false, kind: "forbidden", code: "built_in_service" });
      }
      expect((await servicesOfferedIn(ELLRICH)).map((s) => s.id)).toContain(BUILT_IN);
      expect(await retireVersion(await operatorActor(database.handle.db), BUILT_IN, 1)).toEqual({ ok: true });
      expect((await servicesOfferedIn(ELLRICH)).map((s) => s.id)).not.toContain(BUILT_IN);
    });
  });
});
