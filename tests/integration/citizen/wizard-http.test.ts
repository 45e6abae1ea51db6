/**
 * The citizen wizard over HTTP against the real server (built app), without JavaScript: what
 * a bad or unexpected request gets, and that it leaves the draft as it was. Runs on PGlite
 * and, with DATABASE_URL, on PostgreSQL.
 */
import { request as httpRequest } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, databaseKinds, type TestDatabase } from "../../support/databases";
import { sampleFile } from "../../support/payloads";
import { startServer, type RunningServer } from "../../support/server";
import { CitizenClient, h1Of, stepForm, textOf } from "./support/citizen-client";
import { answers, BASE, definition, runtime, startDraft, stepIds, titleOf, walkTo } from "./support/journey";

const UNKNOWN_ID = "0b0e8a4e-8e6a-4c52-9c0e-4f1f3c1f2b11";

describe.each(databaseKinds())("citizen wizard over HTTP on %s", (kind) => {
  let database: TestDatabase | null = null;
  let server: RunningServer;
  const client = () => new CitizenClient(server.baseUrl);

  beforeAll(async () => {
    database = kind === "postgres" ? await createTestDatabase("postgres") : null;
    server = await startServer({ databaseUrl: database?.url ?? undefined });
  }, 120_000);
  afterAll(async () => {
    await server?.stop();
    await database?.drop();
  });

  it("walks a journey, refuses a submit without the declaration, then gives one case and shows the access code once", async () => {
    const citizen = client();
    await walkTo(citizen, "pruefen");
    const refused = await citizen.post(`${BASE}/pruefen`, new URLSearchParams());
    expect(refused.html).toMatch(/<title>Fehler: /);
    expect(textOf(refused.html)).toContain("Bitte bestätigen Sie die Erklärung");

    const confirmation = await citizen.post(`${BASE}/pruefen`, new URLSearchParams({ erklaerung: "ja" }));
    expect(h1Of(confirmation.html)).toBe("Antrag eingegangen");
    const caseNumber = confirmation.html.match(/data-testid="vorgangsnummer">([^<]+)</)?.[1];
    expect(caseNumber).toMatch(/^VGKOE-\d{4}-\d{6}$/);
    expect(confirmation.html).toMatch(/data-testid="zugangscode">[A-Z2-9-]{19}</);

    const again = await citizen.open(`${BASE}/bestaetigung`);
    expect(again.html).not.toContain('data-testid="zugangscode"');
    expect(textOf(again.html)).toContain("nicht noch einmal angezeigt");
    expect(again.html).toContain(caseNumber);

    const receipt = await citizen.request(`${BASE}/eingangsbestaetigung.pdf`);
    expect(receipt.status).toBe(200);
    expect(receipt.headers.get("content-type")).toBe("application/pdf");
    expect(
      Buffer.from(await receipt.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe("%PDF-");
    // Another browser has no draft cookie: no receipt.
    const stranger = await client().request(`${BASE}/eingangsbestaetigung.pdf`);
    expect(stranger.status).toBeGreaterThanOrEqual(300);
    expect(stranger.status).toBeLessThan(400);
    expect(stranger.headers.get("content-type") ?? "").not.toContain("pdf");
  });

  it("gives one case for a double-clicked submit", async () => {
    const citizen = client();
    await walkTo(citizen, "pruefen");
    const second = citizen.clone();
    const declared = () => new URLSearchParams({ erklaerung: "ja" });
    const [a, b] = await Promise.all([citizen.post(`${BASE}/pruefen`, declared()), second.post(`${BASE}/pruefen`, declared())]);
    const numberOf = (html: string) => html.match(/data-testid="vorgangsnummer">([^<]+)</)?.[1];
    expect(numberOf(a.html)).toMatch(/^VGKOE-/);
    expect(numberOf(b.html)).toBe(numberOf(a.html));
    // The access code appears on exactly one of the two confirmation pages.
    expect([a.html, b.html].filter((html) => html.includes('data-testid="zugangscode"'))).toHaveLength(1);
  });

  it("sends a step posted out of order back to the page the citizen is on, changing nothing", async () => {
    const citizen = client();
    await startDraft(citizen);
    const page = await citizen.post(`${BASE}/schritt/zahlung`, stepForm(runtime, "zahlung", answers.zahlung!));
    expect(h1Of(page.html)).toBe(titleOf("halter"));
    expect(textOf(page.html)).toContain("Bitte beantworten Sie die Fragen der Reihe nach");
    const review = await citizen.open(`${BASE}/pruefen`);
    expect(h1Of(review.html)).toBe(titleOf("halter"));
    expect(review.html).not.toContain('value="ueberweisung" checked');
  });

  it("refuses a post for a step its condition skips", async () => {
    const citizen = client();
    await walkTo(citizen, "zahlung");
    const page = await citizen.post(`${BASE}/schritt/gefaehrlicher-hund`, new URLSearchParams({ "/gefahrhund/behoerde": "Ordnungsamt" }));
    expect(h1Of(page.html)).toBe(titleOf("zahlung"));
    expect(textOf(page.html)).toContain("Dieser Schritt entfällt nach Ihren bisherigen Angaben");
    const direct = await citizen.open(`${BASE}/schritt/gefaehrlicher-hund`);
    expect(h1Of(direct.html)).toBe(titleOf("zahlung"));
  });

  it("keeps an uploaded file across a refused post and refuses a tampered or foreign file id", async () => {
    const citizen = client();
    await walkTo(citizen, "haftpflicht");
    const withFile = stepForm(runtime, "haftpflicht", answers.haftpflicht!);
    withFile.set("/haftpflicht/versicherer", "");
    const refused = await citizen.post(`${BASE}/schritt/haftpflicht`, withFile);
    expect(textOf(refused.html)).toContain("Bitte geben Sie „Versicherungsunternehmen“ an.");
    const keptId = refused.html.match(/type="hidden" name="\/haftpflicht\/nachweis" value="([0-9a-f-]{36})"/)?.[1];
    expect(keptId).toBeDefined();
    expect(textOf(refused.html)).toContain("versicherungsbestaetigung.pdf");

    // Another citizen's upload is not theirs to use.
    const other = client();
    await walkTo(other, "haftpflicht");
    const otherPage = await other.post(
      `${BASE}/schritt/haftpflicht`,
      (() => {
        const form = stepForm(runtime, "haftpflicht", answers.haftpflicht!);
        form.set("/haftpflicht/versicherer", "");
        return form;
      })(),
    );
    const foreignId = otherPage.html.match(/type="hidden" name="\/haftpflicht\/nachweis" value="([0-9a-f-]{36})"/)?.[1];
    expect(foreignId).toMatch(/^[0-9a-f-]{36}$/);
    expect(foreignId).not.toBe(keptId);

    for (const tampered of [UNKNOWN_ID, foreignId!, "../../etc/passwd"]) {
      const form = new FormData();
      form.append("_aktion", "weiter");
      form.append("/haftpflicht/versicherer", "Thüringer Tierhalter Versicherung AG");
      form.append("/haftpflicht/versicherungsnummer", "TH-1");
      form.append("/haftpflicht/nachweis", tampered);
      const page = await citizen.post(`${BASE}/schritt/haftpflicht`, form);
      expect(h1Of(page.html)).toBe(titleOf("haftpflicht"));
      expect(textOf(page.html)).toContain("Eine früher hochgeladene Datei wurde nicht gefunden");
    }

    // The accepted answers are untouched; a real upload completes the step.
    expect(h1Of((await citizen.open(`${BASE}/pruefen`)).html)).toBe(titleOf("haftpflicht"));
    const accepted = await citizen.post(`${BASE}/schritt/haftpflicht`, stepForm(runtime, "haftpflicht", answers.haftpflicht!));
    expect(h1Of(accepted.html)).toBe(titleOf("steuerverguenstigung"));
  });

  it("refuses a program renamed to .pdf by its content", async () => {
    const citizen = client();
    await walkTo(citizen, "haftpflicht");
    const form = stepForm(runtime, "haftpflicht", {
      ...answers.haftpflicht!,
      haftpflicht: { versicherer: "X AG", versicherungsnummer: "1" },
    });
    const program = new Uint8Array([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0xff, 0xff, 0x00, 0x00]);
    form.append("/haftpflicht/nachweis", new Blob([program], { type: "application/pdf" }), "setup.pdf");
    const page = await citizen.post(`${BASE}/schritt/haftpflicht`, form);
    expect(page.html).toMatch(/<title>Fehler: /);
    expect(textOf(page.html)).toContain("Die Datei „setup.pdf“ hat keinen erlaubten Dateityp");
    expect(page.html).not.toMatch(/type="hidden" name="\/haftpflicht\/nachweis"/);
  });

  it("answers a file over the field's limit with a field error, and a 100 MB upload with 413", async () => {
    const citizen = client();
    await walkTo(citizen, "haftpflicht");
    const form = stepForm(runtime, "haftpflicht", { haftpflicht: { versicherer: "X AG", versicherungsnummer: "1" } });
    const big = new Uint8Array(11 * 1024 * 1024);
    big.set(sampleFile("application/pdf").subarray(0, 8));
    form.append("/haftpflicht/nachweis", new Blob([big], { type: "application/pdf" }), "scan.pdf");
    const page = await citizen.post(`${BASE}/schritt/haftpflicht`, form);
    expect(textOf(page.html)).toContain("Die Datei „scan.pdf“ ist zu groß. Erlaubt sind höchstens 10 MB.");

    // 100 MB announced: refused before a byte of it is read.
    const status = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const url = new URL(`${BASE}/schritt/haftpflicht`, server.baseUrl);
      const req = httpRequest(url, {
        method: "POST",
        headers: {
          "Content-Type": "multipart/form-data; boundary=xyz",
          "Content-Length": String(100 * 1024 * 1024),
          Origin: server.baseUrl,
          Cookie: [...citizen.cookies].map(([name, value]) => `${name}=${value}`).join("; "),
        },
      });
      req.on("response", (response) => {
        let body = "";
        response.on("data", (chunk) => (body += chunk));
        response.on("end", () => resolve({ status: response.statusCode ?? 0, body }));
      });
      req.on("error", reject);
      req.write("--xyz\r\n");
    });
    expect(status.status).toBe(413);
    expect(status.body).toContain("Die Anfrage ist zu groß");

    // 100 MB streamed without a length: our parser stops at the upload limit.
    const boundary = "----citizen";
    const head = `--${boundary}\r\nContent-Disposition: form-data; name="/haftpflicht/nachweis"; filename="riesig.pdf"\r\nContent-Type: application/pdf\r\n\r\n%PDF-`;
    let sent = 0;
    const chunk = new Uint8Array(1024 * 1024);
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode(head));
      },
      pull(controller) {
        if (sent >= 100) {
          controller.enqueue(new TextEncoder().encode(`\r\n--${boundary}--\r\n`));
          controller.close();
          return;
        }
        sent++;
        controller.enqueue(chunk);
      },
    });
    const streamed = await citizen
      .request(`${BASE}/schritt/haftpflicht`, {
        method: "POST",
        headers: { "Content-Type": `multipart/form-data; boundary=${boundary}` },
        body: stream,
        duplex: "half",
      } as RequestInit)
      .catch(() => null);
    if (streamed) {
      expect(streamed.status).toBe(413);
      expect(await streamed.text()).toContain("zu groß");
    }
    expect(sent).toBeLessThan(100);
    // The draft is where it was.
    expect(h1Of((await citizen.open(`${BASE}/pruefen`)).html)).toBe(titleOf("haftpflicht"));
  });

  it("opens a saved draft with its resume code on another browser, and refuses an unknown code", async () => {
    const first = client();
    await walkTo(first, "hunde");
    const partial = stepForm(runtime, "hunde", { hunde: [{ name: "Bruno", rasse: "Labrador Retriever" }] }, "speichern");
    const save = await first.post(`${BASE}/schritt/hunde`, partial);
    expect(h1Of(save.html)).toBe("Speichern und später fortsetzen");
    const created = await first.post(`${BASE}/speichern`, new URLSearchParams({ email: "" }));
    const code = created.html.match(/data-testid="fortsetzungscode">([A-Z2-9-]+)</)?.[1];
    expect(code).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$/);
    expect((await first.open(`${BASE}/speichern`)).html).not.toContain(code);

    const second = client();
    const resumed = await second.post("/fortsetzen", new URLSearchParams({ code: code!.toLowerCase().replace(/-/g, " ") }));
    expect(h1Of(resumed.html)).toBe(titleOf("hunde"));
    expect(resumed.html).toContain('value="Bruno"');
    expect(resumed.html).toContain('value="Labrador Retriever"');
    expect(textOf(resumed.html)).toContain("Willkommen zurück");
    // The first browser's cookie no longer opens the draft.
    const stale = await first.open(`${BASE}/schritt/hunde`);
    expect(textOf(stale.html)).toContain("Wir haben keinen begonnenen Antrag gefunden");

    for (const wrong of ["ABCD-EFGH-JKLM", "kein code", "' or 1=1 --"]) {
      const page = await client().post("/fortsetzen", new URLSearchParams({ code: wrong }));
      expect(page.html).toMatch(/<title>Fehler: /);
      expect(textOf(page.html)).toContain("Diesen Fortsetzungscode kennen wir nicht oder er ist abgelaufen");
    }
  });

  it("shows the status for case number and access code, and the same answer for a wrong code or an unknown case", async () => {
    const citizen = client();
    await walkTo(citizen, "pruefen");
    const confirmation = await citizen.post(`${BASE}/pruefen`, new URLSearchParams({ erklaerung: "ja" }));
    const caseNumber = confirmation.html.match(/data-testid="vorgangsnummer">([^<]+)</)![1]!;
    const accessCode = confirmation.html.match(/data-testid="zugangscode">([^<]+)</)![1]!;

    const found = await client().post(
      "/status",
      new URLSearchParams({ vorgangsnummer: caseNumber.toLowerCase(), zugangscode: accessCode.replace(/-/g, "") }),
    );
    expect(found.url).toMatch(/\/status$/);
    expect(textOf(found.html)).toContain(`Vorgang ${caseNumber}`);
    expect(found.html).toMatch(/data-testid="status">Eingegangen</);

    const receipt = await client().request("/status/eingangsbestaetigung.pdf", {
      method: "POST",
      body: new URLSearchParams({ vorgangsnummer: caseNumber, zugangscode: accessCode }),
    });
    expect(receipt.headers.get("content-type")).toBe("application/pdf");

    const wrongCode = await client().post(
      "/status",
      new URLSearchParams({ vorgangsnummer: caseNumber, zugangscode: "AAAA-BBBB-CCCC-DDDD" }),
    );
    const unknownCase = await client().post(
      "/status",
      new URLSearchParams({ vorgangsnummer: "VGKOE-1999-000001", zugangscode: accessCode }),
    );
    expect(textOf(wrongCode.html)).toContain("Vorgangsnummer oder Zugangscode stimmen nicht");
    expect(textOf(unknownCase.html)).toContain("Vorgangsnummer oder Zugangscode stimmen nicht");
    // Word for word the same page, apart from the case number typed (shown again in its field).
    const neutral = (html: string) =>
      html
        .replace(/nonce="[^"]*"/g, "")
        .replaceAll(caseNumber, "#")
        .replaceAll("VGKOE-1999-000001", "#");
    expect(neutral(wrongCode.html)).toBe(neutral(unknownCase.html));
  });

  it("serves the validator module and definition from our origin, immutable per version", async () => {
    const module = await fetch(`${server.baseUrl}/formulare/${definition.id}/${definition.version}/validator.js`);
    expect(module.status).toBe(200);
    expect(module.headers.get("content-type")).toBe("text/javascript; charset=utf-8");
    expect(module.headers.get("cache-control")).toContain("immutable");
    const source = await module.text();
    expect(source).not.toMatch(/new Function|\beval\(/);
    expect(source).toContain("hundesteuer-anmeldung@1");
    const etag = module.headers.get("etag")!;
    expect(
      (await fetch(`${server.baseUrl}/formulare/${definition.id}/1/validator.js`, { headers: { "If-None-Match": etag } })).status,
    ).toBe(304);
    const served = (await (await fetch(`${server.baseUrl}/formulare/${definition.id}/1/definition.json`)).json()) as { id: string };
    expect(served.id).toBe(definition.id);
    expect((await fetch(`${server.baseUrl}/formulare/${definition.id}/99/validator.js`)).status).toBe(404);
  });

  it("sends step and review pages with the wizard's island instead of Remix's client, its data beside it", async () => {
    const citizen = client();
    const islandOf = (html: string) => ({
      script: html.match(/<script type="module" src="(\/build\/island\/wizard-[A-Z0-9]+\.js)"/)?.[1],
      data: html.match(/<script id="wizard-island-data" type="application\/json">([^<]*)<\/script>/)?.[1],
      remix: html.includes("__remixContext"),
    });
    const step = islandOf((await startDraft(citizen)).html);
    expect(step.remix).toBe(false);
    const payload = JSON.parse(step.data!) as { root: { lang: string }; page: { routeId: string; data: { step: { id: string } } } };
    expect(payload.page.routeId).toBe("routes/$gemeinde.$service.schritt.$stepId");
    expect(payload.page.data.step.id).toBe(stepIds[0]);
    expect(payload.root.lang).toBe("de");
    const module = await fetch(`${server.baseUrl}${step.script}`);
    expect(module.status).toBe(200);
    expect(module.headers.get("cache-control")).toContain("immutable");
    // Remix's client keeps its router there; the island has none.
    expect((await module.text()).includes("__remixRouter")).toBe(false);

    const review = islandOf((await walkTo(citizen, "pruefen")).html);
    expect(review.script).toBe(step.script);
    expect(JSON.parse(review.data!).page.routeId).toBe("routes/$gemeinde.$service.pruefen");
    // A page outside the wizard keeps Remix's client.
    const start = islandOf((await citizen.open(BASE)).html);
    expect(start).toMatchObject({ script: undefined, data: undefined, remix: true });
  });

  it("answers unknown services and municipalities with a 404 page", async () => {
    expect((await client().open("/rastenberg/gibt-es-nicht")).status).toBe(404);
    expect((await client().open(`/atlantis/${definition.id}`)).status).toBe(404);
    // Without a draft a step address leads to the start page, with a notice.
    const noDraft = await client().open(`${BASE}/schritt/halter`);
    expect(h1Of(noDraft.html)).toBe(definition.title.de);
    expect(textOf(noDraft.html)).toContain("Wir haben keinen begonnenen Antrag gefunden");
    const citizen = client();
    await startDraft(citizen);
    expect((await citizen.open(`${BASE}/schritt/gibt-es-nicht`)).status).toBe(404);
  });

  it("switches to English with a link and keeps it in a cookie", async () => {
    const citizen = client();
    const switched = await citizen.open("/status?lang=en");
    expect(switched.url).toMatch(/\/status$/);
    expect(switched.html).toContain('<html lang="en"');
    expect(h1Of(switched.html)).toBe("Status of your application");
    const start = await citizen.open(BASE);
    expect(h1Of(start.html)).toBe(definition.title.en);
    expect(textOf(start.html)).toContain("What you need");
    const back = await citizen.open("/status?lang=de");
    expect(back.html).toContain('<html lang="de"');
  });

  it("limits status lookups per client address", async () => {
    const citizen = client();
    let last = "";
    for (let attempt = 0; attempt < 21; attempt++) {
      last = (
        await citizen.post("/status", new URLSearchParams({ vorgangsnummer: "VGKOE-1999-000001", zugangscode: "AAAA-BBBB-CCCC-DDDD" }))
      ).html;
    }
    expect(textOf(last)).toContain("Zu viele Versuche");
  });
});
