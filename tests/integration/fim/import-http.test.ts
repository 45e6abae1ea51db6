/**
 * The FIM import over HTTP: the editorial API (201 with draft and report, 4xx with errors) and the
 * editor page, on a real server and database. The draft is the same as any saved definition: it
 * passes the check and belongs to the editor's county.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "~/server/db.server";
import { startStaffServer, type StaffServer } from "../../support/case-fixtures";
import { databaseKinds } from "../../support/databases";
import { EditorClient, textOf } from "../publishing/http-client";
import { tokenFor } from "../publishing/support";
import { FIM_DIR } from "../../unit/fim/support";

type Tokens = { editor: string; vg: string };

const xml = (path: string) => new Blob([readFileSync(join(FIM_DIR, path))], { type: "application/xml" });

function upload(files: Array<[string, Blob, string]>, fields: Record<string, string> = {}): FormData {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  for (const [name, blob, filename] of files) form.append(name, blob, filename);
  return form;
}

describe.each(databaseKinds())("FIM import over HTTP on %s", (kind) => {
  let staff: StaffServer<Tokens>;
  let base: string;

  beforeAll(async () => {
    staff = await startStaffServer(kind, async () => {
      const database = await db();
      return {
        editor: await tokenFor(database, "lra-16068", ["services:write"]),
        vg: await tokenFor(database, "vg-straussfurt", ["services:write"]),
      };
    });
    base = staff.server.baseUrl;
  }, 180_000);
  afterAll(async () => {
    await staff?.stop();
  });

  const post = (token: string | null, body: FormData | string, contentType?: string) =>
    fetch(`${base}/api/v1/services/import/fim`, {
      method: "POST",
      headers: { ...(token ? { Authorization: `Bearer ${token}` } : {}), ...(contentType ? { "Content-Type": contentType } : {}) },
      body,
    });

  it("creates the draft of a new county service with the report (201), from a v2 schema and its code lists", async () => {
    const dir = "xdf2/S00000094";
    const lists = ["C00000020_genericode.xml", "C00000021_genericode.xml", "C60000006_genericode.xml", "C60000020_genericode.xml"];
    const response = await post(
      staff.fixtures.editor,
      upload(
        [
          ["schema", xml(`${dir}/S00000094V1.0_xdf2.xml`), "S00000094V1.0_xdf2.xml"],
          ...lists.map((l): [string, Blob, string] => ["codelisten", xml(`${dir}/${l}`), l]),
        ],
        { id: "fim-mutterschutz-api", level: "kreis" },
      ),
    );
    expect(response.status).toBe(201);
    const body = (await response.json()) as {
      id: string;
      version: number;
      status: string;
      report: { counts: { codeLists: number }; ruleStats: { total: number } };
    };
    expect(body).toMatchObject({ id: "fim-mutterschutz-api", version: 1, status: "draft" });
    expect(body.report.counts.codeLists).toBe(4);
    expect(body.report.ruleStats.total).toBe(13);
    expect(response.headers.get("location")).toBe("/api/v1/services/fim-mutterschutz-api");
    // Stored as the draft of the county's new service, level as asked: the editor opens it.
    const editor = await EditorClient.signedIn(base, "red.lrasoe");
    const draft = await editor.get("/redaktion/leistungen/fim-mutterschutz-api/entwurf");
    expect(draft.status).toBe(200);
    const draftText = textOf(await draft.text());
    expect(draftText).toContain('"level": "kreis"');
    expect(draftText).toContain("Benachrichtigung über die Beschäftigung einer schwangeren oder stillenden Frau");
    // The same id again: a conflict, nothing replaced.
    const again = await post(
      staff.fixtures.editor,
      upload([["schema", xml(`${dir}/S00000094V1.0_xdf2.xml`), "s.xml"]], { id: "fim-mutterschutz-api" }),
    );
    expect(again.status).toBe(409);
  });

  it("refuses hostile, broken and missing input with 4xx and a message naming the place", async () => {
    const xxe = new Blob([`<?xml version="1.0"?>\n<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><x>&e;</x>`]);
    const refused = await post(staff.fixtures.editor, upload([["schema", xxe, "boese.xml"]]));
    expect(refused.status).toBe(422);
    const body = (await refused.json()) as { error: { code: string; message: string }; errors: Array<{ message: string }> };
    expect(body.error.code).toBe("fim_import_failed");
    expect(body.errors[0]!.message).toContain("boese.xml, Zeile 2");
    expect(JSON.stringify(body)).not.toContain("root:");

    const truncated = readFileSync(join(FIM_DIR, "xdf3/S00000000364.xdf.xml")).subarray(0, 5000);
    const cut = await post(staff.fixtures.editor, upload([["schema", new Blob([truncated]), "halb.xml"]]));
    expect(cut.status).toBe(422);
    expect(((await cut.json()) as { errors: Array<{ message: string }> }).errors[0]!.message).toMatch(
      /halb\.xml: kein wohlgeformtes XML: Zeile \d+/,
    );

    expect((await post(staff.fixtures.editor, upload([], { id: "ohne-datei" }))).status).toBe(422);
    expect((await post(staff.fixtures.editor, "{}", "application/json")).status).toBe(415);
    const empty = await fetch(`${base}/api/v1/services/import/fim`, {
      method: "POST",
      headers: { Authorization: `Bearer ${staff.fixtures.editor}` },
    });
    expect(empty.status).toBe(415);
    expect((await post(staff.fixtures.editor, "--x\r\nkaputt", "multipart/form-data; boundary=x")).status).toBe(400);
    expect((await post(null, upload([["schema", xml("xdf3/S00000000364.xdf.xml"), "s.xml"]]))).status).toBe(401);
    // A Verwaltungsgemeinschaft is no Landratsamt: no county to own the service.
    expect((await post(staff.fixtures.vg, upload([["schema", xml("xdf3/S00000000364.xdf.xml"), "s.xml"]]))).status).toBe(403);
  });

  it("lets an editor upload a schema in /redaktion and shows the report beside the links to the draft", async () => {
    const editor = await EditorClient.signedIn(base, "red.lrasoe");
    const page = await editor.get("/redaktion/fim-import");
    expect(page.status).toBe(200);
    expect(textOf(await page.text())).toContain("Aus FIM-Stammdatenschema anlegen");
    const form = upload([["schema", xml("xdf3/S00000000364.xdf.xml"), "S00000000364.xdf.xml"]], {
      id: "fim-heimarbeit-seite",
      level: "gemeinde",
    });
    const response = await fetch(`${base}/redaktion/fim-import`, {
      method: "POST",
      redirect: "manual",
      headers: { Origin: base, Cookie: (await cookieOf(editor)) ?? "" },
      body: form,
    });
    expect(response.status).toBe(201);
    const text = textOf(await response.text());
    expect(text).toContain("Der Entwurf wurde angelegt.");
    expect(text).toContain("Bericht zum Import");
    expect(text).toContain("Regeln: 1, davon 1 übersetzt");
    expect((await editor.get("/redaktion/leistungen/fim-heimarbeit-seite/entwurf")).status).toBe(200);

    const broken = await fetch(`${base}/redaktion/fim-import`, {
      method: "POST",
      headers: { Origin: base, Cookie: (await cookieOf(editor)) ?? "" },
      body: upload([["schema", new Blob(["kein xml"]), "text.xml"]]),
    });
    expect(broken.status).toBe(422);
    expect(textOf(await broken.text())).toContain("text.xml: kein wohlgeformtes XML");
  });
});

/** The session cookie of a signed-in client (the client keeps it private). */
async function cookieOf(client: EditorClient): Promise<string | undefined> {
  return (client as unknown as { cookies: Map<string, string> }).cookies.size
    ? [...(client as unknown as { cookies: Map<string, string> }).cookies].map(([n, v]) => `${n}=${v}`).join("; ")
    : undefined;
}
