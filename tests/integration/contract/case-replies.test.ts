/**
 * The return channel over HTTP on the real server (ADR 033): a citizen answers a Rückfrage with
 * a PDF on /status without JavaScript and withdraws another case; every bad request gets its 4xx
 * with a message and changes nothing; the Fachverfahren API then shows the reply, its file and
 * the withdrawal, each response valid against the OpenAPI document.
 */
import { randomUUID } from "node:crypto";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { transitionCase } from "~/server/cases/transitions.server";
import { accessCodeFor } from "~/server/submissions/access-code.server";
import { CITIZEN_WRITE_LIMIT } from "~/server/citizen-cases/rate-limit.server";
import { createApiTokenFor, createCaseFor, startStaffServer, type StaffServer } from "../../support/case-fixtures";
import { databaseKinds } from "../../support/databases";
import { sampleFile } from "../../support/payloads";
import { extractPdf, normalizeSpace } from "../../support/pdf-text";
import { KOELLEDA } from "./support";

type Fixtures = { token: string; query: Access[]; fresh: Access; decided: Access };
type Access = { caseNumber: string; code: string };
const DOCUMENT_ID = "urn:buergerportal:openapi";

const textOf = (html: string) =>
  html
    .replace(/<!-- -->/g, "")
    .replace(/<script[\s\S]*?<\/script>/g, "")
    .replace(/<[^>]+>/g, " ")
    .replace(/&quot;/g, '"')
    .replace(/\s+/g, " ");

describe.each(databaseKinds())("the return channel over HTTP on %s", (kind) => {
  let staff: StaffServer<Fixtures>;
  let base: string;
  let validateCase: (data: unknown) => boolean;
  let ajv: Ajv2020;

  beforeAll(async () => {
    staff = await startStaffServer(
      kind,
      async () => {
        const clerk = { kind: "staff", id: "test", name: "Test", authorityId: KOELLEDA } as const;
        const move = async (caseNumber: string, to: string, message?: string) => {
          const done = await transitionCase({ authorityId: KOELLEDA, caseNumber, to, message, actor: clerk });
          if (!done.ok) throw new Error(done.message);
        };
        const make = async () => {
          const c = await createCaseFor(KOELLEDA);
          return { caseNumber: c.caseNumber, code: accessCodeFor(c.caseId) };
        };
        const query: Access[] = [];
        for (let i = 0; i < 3; i++) {
          const c = await make();
          await move(c.caseNumber, "in_bearbeitung");
          await move(c.caseNumber, "rueckfrage", "Bitte senden Sie den Impfausweis.");
          query.push(c);
        }
        const decided = await make();
        await move(decided.caseNumber, "in_bearbeitung");
        await move(decided.caseNumber, "abgeschlossen", "Angemeldet.");
        return { token: await createApiTokenFor(KOELLEDA, "Fachverfahren Antworten"), query, fresh: await make(), decided };
      },
      { UPLOAD_LIMIT_BYTES: "2000000" },
    );
    base = staff.server.baseUrl;
    const document = await (await fetch(`${base}/api/v1/openapi.json`)).json();
    ajv = new Ajv2020({ allErrors: true, strict: false });
    addFormats(ajv);
    ajv.addSchema({ ...document, $id: DOCUMENT_ID });
    validateCase = ajv.compile({ $ref: `${DOCUMENT_ID}#/components/schemas/CaseExport` });
  }, 180_000);
  afterAll(async () => {
    await staff?.stop();
  });

  const caseApi = async (caseNumber: string) => {
    const response = await fetch(`${base}/api/v1/cases/${caseNumber}`, { headers: { Authorization: `Bearer ${staff.fixtures.token}` } });
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(validateCase(body), ajv.errorsText((validateCase as unknown as { errors: never }).errors)).toBe(true);
    return body;
  };
  const form = (access: Access, fields: Record<string, string>, files: Array<{ bytes: Uint8Array; name: string; type?: string }> = []) => {
    const body = new FormData();
    body.set("vorgangsnummer", access.caseNumber);
    body.set("zugangscode", access.code);
    for (const [name, value] of Object.entries(fields)) body.set(name, value);
    for (const file of files)
      body.append("dateien", new Blob([Buffer.from(file.bytes)], { type: file.type ?? "application/pdf" }), file.name);
    return body;
  };
  /** Each test posts from its own address (the server trusts X-Forwarded-For from loopback), so rate limits stay apart. */
  let address = "";
  let tests = 0;
  beforeEach(() => {
    address = `203.0.113.${++tests}`;
  });
  const post = (path: string, body: FormData | URLSearchParams) =>
    fetch(`${base}${path}`, { method: "POST", body, headers: { Origin: base, "X-Forwarded-For": address }, redirect: "manual" });

  it("takes an answer with a PDF from the form without JavaScript; the API shows it, valid against the document", async () => {
    const access = staff.fixtures.query[0]!;
    const pdf = sampleFile("application/pdf");
    const token = randomUUID();
    const sent = await post(
      "/status/antwort",
      form(access, { token, antwort: "Anbei der Impfausweis." }, [{ bytes: pdf, name: "Impfausweis.pdf" }]),
    );
    expect(sent.status).toBe(200);
    const html = await sent.text();
    expect(textOf(html)).toContain("Antwort gesendet");
    const hash = /data-testid="antwort-pruefsumme">([0-9a-f]{64})</.exec(html)?.[1];
    expect(hash).toMatch(/^[0-9a-f]{64}$/);

    // The same form again (a double click): the same reply, nothing new.
    const again = await post(
      "/status/antwort",
      form(access, { token, antwort: "Anbei der Impfausweis." }, [{ bytes: pdf, name: "Impfausweis.pdf" }]),
    );
    expect(again.status).toBe(200);
    expect(await again.text()).toContain(hash);

    const doc = await caseApi(access.caseNumber);
    expect(doc.case.status).toBe("in_bearbeitung");
    expect(doc.replies).toHaveLength(1);
    expect(doc.replies[0]).toMatchObject({ message: "Anbei der Impfausweis.", sha256: hash });
    expect(doc.replies[0].attachments).toMatchObject([{ name: "Impfausweis.pdf", mediaType: "application/pdf", size: pdf.byteLength }]);
    expect(doc.history.at(-1)).toMatchObject({
      kind: "transition",
      actor: { kind: "citizen" },
      fromStatus: "rueckfrage",
      toStatus: "in_bearbeitung",
    });

    // The reply's receipt, posted like the case receipt, carries the hash.
    const replyId = /name="antwort" value="([0-9a-f-]{36})"/.exec(html)?.[1];
    const receipt = await post(
      "/status/antwort-bestaetigung.pdf",
      new URLSearchParams({ vorgangsnummer: access.caseNumber, zugangscode: access.code, antwort: replyId ?? "" }),
    );
    expect(receipt.status).toBe(200);
    expect(receipt.headers.get("content-type")).toBe("application/pdf");
    const text = normalizeSpace((await extractPdf(new Uint8Array(await receipt.arrayBuffer()))).pages.join("\n"));
    expect(text).toContain(hash);
    expect(text).toContain(access.caseNumber);
  });

  it("answers every bad reply with its 4xx and a message, and stores nothing", async () => {
    const access = staff.fixtures.query[1]!;
    const attempt = async (body: FormData, status: number, says: string) => {
      const response = await post("/status/antwort", body);
      expect(response.status).toBe(status);
      expect(textOf(await response.text())).toContain(says);
    };
    await attempt(form(access, { token: randomUUID(), antwort: " " }), 422, "Bitte schreiben Sie eine Antwort");
    await attempt(
      form(access, { token: randomUUID(), antwort: "Hier" }, [{ bytes: new Uint8Array([0x4d, 0x5a, 1, 2, 3]), name: "virus.pdf" }]),
      422,
      "virus.pdf",
    );
    await attempt(form({ ...access, code: "AAAA-BBBB-CCCC-DDDD" }, { token: randomUUID(), antwort: "Hier" }), 404, "Zugangscode");
    await attempt(form({ ...access, code: staff.fixtures.query[2]!.code }, { token: randomUUID(), antwort: "Hier" }), 404, "Zugangscode");
    await attempt(form(staff.fixtures.fresh, { token: randomUUID(), antwort: "Hier" }), 409, "keine Rückfrage offen");
    const json = await fetch(`${base}/status/antwort`, {
      method: "POST",
      headers: { "Content-Type": "application/json", Origin: base },
      body: "{}",
    });
    expect(json.status).toBe(415);
    const huge = await post(
      "/status/antwort",
      form(access, { token: randomUUID(), antwort: "Groß" }, [{ bytes: new Uint8Array(2_100_000).fill(0x25), name: "gross.pdf" }]),
    ).catch(() => null);
    // Beyond the request limit the answer is 413 (or the connection closes, as the wizard's uploads do).
    if (huge) expect(huge.status).toBe(413);
    const doc = await caseApi(access.caseNumber);
    expect(doc.case.status).toBe("rueckfrage");
    expect(doc.replies).toEqual([]);
  });

  it("withdraws after a confirmation page, shows why to the clerk's API, refuses twice and a decided case", async () => {
    const access = staff.fixtures.fresh;
    const confirm = await post("/status/zurueckziehen", form(access, {}));
    expect(confirm.status).toBe(200);
    expect(textOf(await confirm.text())).toContain("wirklich zurückziehen");
    expect((await caseApi(access.caseNumber)).case.status).toBe("eingegangen");

    const done = await post("/status/zurueckziehen", form(access, { bestaetigt: "ja", grund: "Doch kein Hund." }));
    expect(done.status).toBe(200);
    expect(textOf(await done.text())).toContain("ist zurückgezogen");
    const doc = await caseApi(access.caseNumber);
    expect(doc.case.status).toBe("zurueckgezogen");
    expect(doc.history.at(-1)).toMatchObject({ actor: { kind: "citizen" }, toStatus: "zurueckgezogen", note: "Doch kein Hund." });

    const twice = await post("/status/zurueckziehen", form(access, { bestaetigt: "ja" }));
    expect(twice.status).toBe(409);
    expect(textOf(await twice.text())).toContain("bereits zurückgezogen");
    const decided = await post("/status/zurueckziehen", form(staff.fixtures.decided, { bestaetigt: "ja" }));
    expect(decided.status).toBe(409);
    expect((await caseApi(staff.fixtures.decided.caseNumber)).case.status).toBe("abgeschlossen");
    // Another case's code withdraws nothing.
    const foreign = await post("/status/zurueckziehen", form({ ...staff.fixtures.query[2]!, code: access.code }, { bestaetigt: "ja" }));
    expect(foreign.status).toBe(404);
    expect((await caseApi(staff.fixtures.query[2]!.caseNumber)).case.status).toBe("rueckfrage");
  });

  it("limits replies per client address with 429 and Retry-After", async () => {
    const access = staff.fixtures.query[2]!;
    let limited: Response | null = null;
    for (let i = 0; i <= 2 * CITIZEN_WRITE_LIMIT.limit && !limited; i++) {
      const response = await post("/status/antwort", form(access, { token: randomUUID(), antwort: "" }));
      if (response.status === 429) limited = response;
      else expect(response.status).toBe(422);
    }
    expect(limited?.status).toBe(429);
    expect(Number(limited?.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(textOf(await limited!.text())).toContain("Zu viele Versuche");
    expect((await caseApi(access.caseNumber)).replies).toEqual([]);
  });
});
