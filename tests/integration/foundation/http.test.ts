import { get as httpGet } from "node:http";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, databaseKinds, type TestDatabase } from "../../support/databases";
import { startServer, type RunningServer } from "../../support/server";

describe.each(databaseKinds())("portal over HTTP on %s", (kind) => {
  let server: RunningServer;
  let database: TestDatabase | null = null;
  beforeAll(async () => {
    if (kind === "postgres") database = await createTestDatabase("postgres");
    server = await startServer({ databaseUrl: database?.url ?? undefined });
  });
  afterAll(async () => {
    await server?.stop();
    await database?.drop();
  });

  const get = (path: string, init?: RequestInit) => fetch(`${server.baseUrl}${path}`, init);

  it("answers /healthz", async () => {
    const response = await get("/healthz");
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ok", database: "ok" });
  });

  it("finds Rastenberg with AGS, ARS and the VG Kölleda", async () => {
    const body = await (await get("/api/v1/municipalities?q=rastenberg")).json();
    expect(body).toEqual([
      {
        ags: "16068042",
        ars: "160685006042",
        name: "Rastenberg",
        slug: "rastenberg",
        kind: "stadt",
        county: { ags: "16068000", name: "Landkreis Sömmerda" },
        administeredBy: { name: "Verwaltungsgemeinschaft Kölleda", kind: "verwaltungsgemeinschaft", ags: null },
      },
    ]);
  });

  it("finds the Stadt Sömmerda administered by itself", async () => {
    const body = await (await get(`/api/v1/municipalities?q=${encodeURIComponent("sömmerda")}`)).json();
    expect(body[0]).toMatchObject({ ags: "16068051", administeredBy: { name: "Stadt Sömmerda", kind: "gemeinde", ags: "16068051" } });
  });

  it("finds Heringen/Helme of IT-Verbund Nordthüringen", async () => {
    const body = await (await get("/api/v1/municipalities?q=heringen")).json();
    expect(body[0]).toMatchObject({ ags: "16062064", name: "Heringen/Helme", county: { ags: "16062000" } });
  });

  it("serves one municipality by AGS, 404 for an unknown and 400 for a malformed AGS", async () => {
    expect(await (await get("/api/v1/municipalities/16068042")).json()).toMatchObject({ name: "Rastenberg" });
    const unknown = await get("/api/v1/municipalities/16068999");
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toMatchObject({ error: { code: "not_found", message: expect.stringContaining("16068999") } });
    for (const bad of ["1606804", "160680421", "abcdefgh", "16068%2042"]) {
      const response = await get(`/api/v1/municipalities/${bad}`);
      expect(response.status, bad).toBe(400);
      expect((await response.json()).error.code).toBe("invalid_ags");
    }
  });

  it("publishes an OpenAPI 3.1 document describing the municipality endpoints", async () => {
    const doc = await (await get("/api/v1/openapi.json")).json();
    expect(doc.openapi).toBe("3.1.0");
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(["/municipalities", "/municipalities/{ags}"]));
  });

  it("answers an unknown API path with a JSON 404", async () => {
    const response = await get("/api/v1/nothing-here");
    expect(response.status).toBe(404);
    expect(response.headers.get("content-type")).toContain("application/json");
  });

  it("renders a municipality page and a proper 404 page for an unknown slug", async () => {
    const page = await get("/rastenberg");
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain("Verwaltungsgemeinschaft Kölleda");
    expect(html).toContain("Markt 24");
    const missing = await get("/atlantis");
    expect(missing.status).toBe(404);
    const missingHtml = await missing.text();
    expect(missingHtml).toContain("Seite nicht gefunden");
    expect(missingHtml).toContain('lang="de"');
  });

  it("renders the whole page for a search engine, which waits for all of it, as for a browser", async () => {
    const crawler = { headers: { "User-Agent": "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)" } };
    const [forCrawler, forBrowser] = await Promise.all([get("/rastenberg", crawler), get("/rastenberg")]);
    expect(forCrawler.status).toBe(200);
    expect(forCrawler.headers.get("content-type")).toBe("text/html; charset=utf-8");
    const html = await forCrawler.text();
    expect(html).toContain("Verwaltungsgemeinschaft Kölleda");
    expect(html).toContain("</html>");
    // The same markup apart from the per-request nonce.
    const withoutNonce = (page: string) => page.replace(/nonce="[^"]*"/g, "");
    expect(withoutNonce(html)).toBe(withoutNonce(await forBrowser.text()));
    const missing = await get("/atlantis", crawler);
    expect(missing.status).toBe(404);
    expect(await missing.text()).toContain("Seite nicht gefunden");
  });

  it("keeps staff, editorial and API paths out of search engines with robots.txt", async () => {
    const response = await get("/robots.txt");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^text\/plain/);
    const rules = (await response.text())
      .split("\n")
      .map((line) => line.trim())
      .filter((line) => line !== "" && !line.startsWith("#"));
    expect(rules[0]).toBe("User-agent: *");
    for (const path of ["/verwaltung$", "/verwaltung/", "/redaktion$", "/redaktion/", "/api/"])
      expect(rules).toContain(`Disallow: ${path}`);
    // Citizens' pages stay findable: nothing shuts out the whole site.
    expect(rules).not.toContain("Disallow: /");
  });

  it("gives every page family its own meta description, in the page's language", async () => {
    const descriptionOf = async (path: string, init?: RequestInit) => {
      const html = await (await get(path, init)).text();
      const found = [...html.matchAll(/<meta name="description" content="([^"]*)"/g)].map((match) => match[1]);
      expect(found, path).toHaveLength(1);
      return found[0]!;
    };
    const families = {
      "/": "Anträge bei Ihrer Gemeinde",
      "/rastenberg": "Die Online-Dienste Ihrer Gemeinde",
      "/rastenberg/hundesteuer-anmeldung": "Einen Antrag Schritt für Schritt online ausfüllen",
      "/status": "Den Bearbeitungsstand Ihres Antrags",
      "/fortsetzen": "Einen gespeicherten Online-Antrag",
      "/verwaltung/anmelden": "Arbeitsbereich der Sachbearbeitung",
      "/atlantis/nirgends/gar-nicht": "Einen Antrag",
    };
    for (const [path, start] of Object.entries(families)) expect(await descriptionOf(path), path).toMatch(new RegExp(`^${start}.{20,}`));
    expect(await descriptionOf("/status", { headers: { Cookie: "bp_sprache=en" } })).toMatch(/^Check the status of your application/);
  });

  it("sets a nonce-based CSP without unsafe-inline or unsafe-eval, and the nonce is on every script", async () => {
    const response = await get("/");
    const csp = response.headers.get("content-security-policy") ?? "";
    const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
    expect(nonce).toBeTruthy();
    expect(csp).not.toContain("unsafe-inline");
    expect(csp).not.toContain("unsafe-eval");
    const html = await response.text();
    const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
    expect(scripts.length).toBeGreaterThan(0);
    for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`);
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("x-frame-options")).toBe("DENY");
  });

  it("refuses an oversized body with 413 and a clear message", async () => {
    const big = "x".repeat(2 * 1024 * 1024);
    const api = await get("/api/v1/municipalities", { method: "POST", body: big, headers: { "content-type": "application/json" } });
    expect(api.status).toBe(413);
    expect((await api.json()).error.message).toMatch(/zu groß/);
    const page = await get("/", { method: "POST", body: big, headers: { "content-type": "application/x-www-form-urlencoded" } });
    expect(page.status).toBe(413);
    expect(await page.text()).toContain("Anfrage zu groß");
  });

  it("sends built scripts and form modules compressed as the browser accepts, decoding to the same bytes", async () => {
    const html = await (await get("/rastenberg")).text();
    const script = html.match(/<link rel="modulepreload" href="(\/build\/[^"]+\.js)"/)![1]!;
    for (const path of [script, "/formulare/hundesteuer-anmeldung/1/validator.js"]) {
      const plain = await rawGet(`${server.baseUrl}${path}`, "identity");
      expect(plain.encoding).toBeUndefined();
      // Form modules are compressed in the background after their first request; until then the
      // HTTP server compresses them on the fly, in the same encoding, so no answer waits for that.
      const br = await rawGet(`${server.baseUrl}${path}`, "gzip, deflate, br");
      const gzip = await rawGet(`${server.baseUrl}${path}`, "gzip");
      expect([br.encoding, gzip.encoding]).toEqual(["br", "gzip"]);
      expect(br.vary).toMatch(/Accept-Encoding/i);
      expect(brotliDecompressSync(br.body).equals(plain.body)).toBe(true);
      expect(gunzipSync(gzip.body).equals(plain.body)).toBe(true);
      expect(gzip.body.byteLength).toBeLessThan(plain.body.byteLength);
    }
  });
});

/** A GET whose body stays as sent (fetch would decode it). */
function rawGet(url: string, acceptEncoding: string): Promise<{ encoding?: string; vary?: string; body: Buffer }> {
  return new Promise((resolve, reject) => {
    httpGet(url, { headers: { "Accept-Encoding": acceptEncoding } }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () => {
        if (response.statusCode !== 200) reject(new Error(`${url}: ${response.statusCode}`));
        const vary = response.headers.vary;
        resolve({
          encoding: response.headers["content-encoding"],
          vary: Array.isArray(vary) ? vary.join(", ") : vary,
          body: Buffer.concat(chunks),
        });
      });
    }).on("error", reject);
  });
}
