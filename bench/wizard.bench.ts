/**
 * The citizen wizard: server time of a step page GET and of a step POST (p50/p99, measured as
 * the round trip on loopback, so an upper bound of the server's own time; the GET also once the
 * process is warm, after 1,500 more requests), and the JavaScript a citizen downloads for a step
 * page: every script and modulepreload asset of the page plus the form's validator module,
 * gzip-compressed as the server sends them. Runs against PostgreSQL when DATABASE_URL is set (a
 * fresh database beside it), else PGlite.
 *
 * Targets: GET p50 ≤ 10 ms, POST p50 ≤ 20 ms, ≤ 100 KB gzipped JavaScript (issue 16).
 */
import { gzipSync } from "node:zlib";
import { readFileSync } from "node:fs";
import { get } from "node:http";
import { compile } from "../app/engine/compile.server";
import type { FormDefinition, FormValues } from "../app/engine/types";
import { createTestDatabase, type TestDatabase } from "../tests/support/databases";
import { startServer } from "../tests/support/server";
import { CitizenClient, stepForm } from "../tests/integration/citizen/support/citizen-client";
import { percentile } from "./stats";

const ROUNDS = Number(process.env.BENCH_WIZARD_ROUNDS ?? 400);
const WARM_UP = 50;
const WARM_PROCESS_REQUESTS = 1_500;
const FORM = "hundesteuer-anmeldung";
const BASE = `/rastenberg/${FORM}`;

const definition = JSON.parse(readFileSync(`forms/${FORM}.json`, "utf8")) as FormDefinition;
const runtime = compile(definition);
const journey = (
  JSON.parse(readFileSync(`tests/fixtures/payloads/${FORM}.json`, "utf8")) as { journeys: Array<{ answers: Record<string, FormValues> }> }
).journeys[0]!.answers;

async function timed(action: () => Promise<Response>, expectStatus: number): Promise<number> {
  const started = performance.now();
  const response = await action();
  await response.arrayBuffer();
  const elapsed = performance.now() - started;
  if (response.status !== expectStatus) throw new Error(`status ${response.status}, expected ${expectStatus}`);
  return elapsed;
}

async function measure(label: string, action: () => Promise<Response>, expectStatus: number, warmUp = WARM_UP) {
  for (let i = 0; i < warmUp; i++) await timed(action, expectStatus);
  const times: number[] = [];
  for (let i = 0; i < ROUNDS; i++) times.push(await timed(action, expectStatus));
  return { [`${label}P50Ms`]: Number(percentile(times, 50).toFixed(2)), [`${label}P99Ms`]: Number(percentile(times, 99).toFixed(2)) };
}

/** The bytes the server sends for `path` to a browser that accepts `encoding` (not decoded). */
function transferred(baseUrl: string, path: string, encoding: "gzip" | "br"): Promise<number> {
  return new Promise((resolve, reject) => {
    get(new URL(path, baseUrl), { headers: { "Accept-Encoding": encoding } }, (response) => {
      let bytes = 0;
      response.on("data", (chunk: Buffer) => (bytes += chunk.byteLength));
      response.on("end", () => (response.statusCode === 200 ? resolve(bytes) : reject(new Error(`${path}: ${response.statusCode}`))));
    }).on("error", reject);
  });
}

/**
 * The JavaScript of a step page as a browser downloads it: every script and modulepreload
 * asset plus the form's validator module, as sent over the wire to a client that accepts gzip
 * (and, for comparison, Brotli, which browsers get), plus the page's inline scripts (the route
 * manifest and the loader data), gzip-compressed.
 */
async function javaScriptOfPage(baseUrl: string, html: string) {
  const assets = new Set<string>();
  for (const match of html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)) assets.add(match[1]!);
  for (const match of html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)) assets.add(match[1]!);
  for (const match of html.matchAll(/<link[^>]*href="([^"]+)"[^>]*rel="modulepreload"/g)) assets.add(match[1]!);
  assets.add(`/formulare/${FORM}/${definition.version}/validator.js`);
  let raw = 0;
  let gzip = 0;
  let brotli = 0;
  for (const asset of assets) {
    raw += (await (await fetch(new URL(asset, baseUrl))).arrayBuffer()).byteLength;
    gzip += await transferred(baseUrl, asset, "gzip");
    brotli += await transferred(baseUrl, asset, "br");
  }
  const inline = [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((match) => match[1]!).join("");
  const inlineGzip = gzipSync(Buffer.from(inline)).byteLength;
  const kb = (bytes: number) => Number((bytes / 1024).toFixed(1));
  return {
    javaScriptAssets: assets.size,
    javaScriptKB: kb(raw),
    assetsGzipKB: kb(gzip),
    inlineScriptGzipKB: kb(inlineGzip),
    javaScriptGzipKB: kb(gzip + inlineGzip),
    javaScriptBrotliKB: kb(brotli + inlineGzip),
  };
}

export async function run() {
  const database: TestDatabase | null = process.env.DATABASE_URL ? await createTestDatabase("postgres") : null;
  const server = await startServer({ databaseUrl: database?.url ?? undefined, env: { LOG_LEVEL: "error" } });
  try {
    const citizen = new CitizenClient(server.baseUrl);
    await citizen.post(BASE, new URLSearchParams());
    const page = await citizen.open(`${BASE}/schritt/halter`);
    // The browser of the first citizen asks for the validator module; its compressed forms are
    // made in the background after that first request (form-assets.server.ts).
    await fetch(new URL(`/formulare/${FORM}/${definition.version}/validator.js`, server.baseUrl));

    const get = await measure("stepGet", () => citizen.request(`${BASE}/schritt/halter`), 200);
    // The same page once the process has served it some thousand times, as a server that runs for
    // days does: V8 optimises the render's code over the first requests after a start.
    const warmGet = await measure("stepGetWarm", () => citizen.request(`${BASE}/schritt/halter`), 200, WARM_PROCESS_REQUESTS);
    // Posting the first step again and again: each post restores the draft, walks the machine
    // back to the step, validates, applies NEXT and stores the draft — the full path.
    const answers = stepForm(runtime, "halter", journey.halter!);
    const post = await measure("stepPost", () => citizen.request(`${BASE}/schritt/halter`, { method: "POST", body: answers }), 303);
    const refused = stepForm(runtime, "halter", {});
    const postRefused = await measure(
      "stepPostRefused",
      () => citizen.request(`${BASE}/schritt/halter`, { method: "POST", body: refused }),
      303,
    );

    const figures = {
      database: database ? "postgres" : "pglite",
      rounds: ROUNDS,
      ...get,
      ...warmGet,
      ...post,
      ...postRefused,
      ...(await javaScriptOfPage(server.baseUrl, page.html)),
      targets: "GET p50 ≤ 10 ms, POST p50 ≤ 20 ms, javaScriptGzipKB ≤ 100",
    };
    console.log("wizard (HTTP, one citizen):", figures);
    return figures;
  } finally {
    await server.stop();
    await database?.drop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await run();
