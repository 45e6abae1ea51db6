/**
 * GET /metrics scraped from a running portal and read with a strict parser of the Prometheus text
 * format; who may read it. On PGlite, and on PostgreSQL when DATABASE_URL is set.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, databaseKinds, type TestDatabase } from "../../support/databases";
import { dogTaxSubmission, postSubmission } from "../../support/api-submission";
import { parsePrometheusText, sampleValue } from "../../support/prometheus-text";
import { startServer, type RunningServer } from "../../support/server";

const TOKEN = "metrics-token-for-the-test-0123456789abcdef";

describe.each(databaseKinds())("GET /metrics (%s)", (kind) => {
  let database: TestDatabase | null = null;
  let server: RunningServer;
  beforeAll(async () => {
    database = kind === "postgres" ? await createTestDatabase("postgres") : null;
    server = await startServer({ databaseUrl: database?.url ?? undefined, env: { OUTBOX_WORKER: "off" } });
  });
  afterAll(async () => {
    await server?.stop();
    await database?.drop();
  });

  async function submit(body: string) {
    const response = await postSubmission(server.baseUrl, body);
    expect([200, 201]).toContain(response.status);
    await response.text();
  }

  it("counts requests by route pattern and status, submissions, the outbox backlog, receipt lag and the database role", async () => {
    // The same request twice: a new case, then its replay.
    const body = dogTaxSubmission();
    await submit(body);
    await submit(body);
    for (const [path, status] of [
      ["/rastenberg", 200],
      ["/gibt-es-nicht", 404],
    ] as const) {
      const page = await fetch(`${server.baseUrl}${path}`);
      expect(page.status).toBe(status);
      // Read to the end: the access-log hook counts a request once its answer is sent in full.
      await page.text();
    }

    const response = await fetch(`${server.baseUrl}/metrics`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^text\/plain;.*version=0\.0\.4/);
    const samples = parsePrometheusText(await response.text());

    expect(sampleValue(samples, "bp_http_requests_total", { method: "POST", route: "/api/v1/submissions", status: "201" })).toBe(1);
    expect(sampleValue(samples, "bp_http_requests_total", { method: "POST", route: "/api/v1/submissions", status: "200" })).toBe(1);
    expect(sampleValue(samples, "bp_http_requests_total", { method: "GET", route: "/:gemeinde", status: "200" })).toBe(1);
    expect(sampleValue(samples, "bp_http_requests_total", { method: "GET", route: "/:gemeinde", status: "404" })).toBe(1);
    // Route patterns only: the raw path never becomes a label.
    expect(samples.some((s) => Object.values(s.labels).some((v) => v.includes("rastenberg")))).toBe(false);
    expect(
      sampleValue(samples, "bp_http_request_duration_seconds_count", { method: "POST", route: "/api/v1/submissions", status: "201" }),
    ).toBe(1);
    expect(sampleValue(samples, "bp_submissions_total", { channel: "api", outcome: "accepted" })).toBe(1);
    expect(sampleValue(samples, "bp_submissions_total", { channel: "api", outcome: "replayed" })).toBe(1);
    // No worker runs (OUTBOX_WORKER=off): the receipt and the authority's notice wait.
    expect(sampleValue(samples, "bp_outbox_backlog")).toBeGreaterThanOrEqual(2);
    expect(sampleValue(samples, "bp_outbox_oldest_age_seconds")).toBeGreaterThanOrEqual(0);
    expect(sampleValue(samples, "bp_receipts_pending")).toBe(1);
    expect(sampleValue(samples, "bp_receipt_lag_seconds")).toBeGreaterThanOrEqual(0);
    expect(sampleValue(samples, "bp_database_up")).toBe(1);
    expect(sampleValue(samples, "bp_database_in_recovery")).toBe(0);
    expect(sampleValue(samples, "bp_database_read_only")).toBe(0);
    if (kind === "postgres") expect(sampleValue(samples, "bp_db_pool_connections")).toBeGreaterThan(0);
    expect(sampleValue(samples, "bp_process_resident_memory_bytes")).toBeGreaterThan(0);
    // Scrapes themselves are not counted.
    expect(samples.some((s) => s.labels.route === "/metrics")).toBe(false);
  });

  it("is refused to a request forwarded by a reverse proxy when no token is set", async () => {
    const response = await fetch(`${server.baseUrl}/metrics`, { headers: { "X-Forwarded-For": "203.0.113.9" } });
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain("bp_");
  });
});

describe("GET /metrics with METRICS_TOKEN", () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startServer({ env: { METRICS_TOKEN: TOKEN } });
  });
  afterAll(async () => {
    await server?.stop();
  });

  it("answers only to the bearer token, even on loopback", async () => {
    expect((await fetch(`${server.baseUrl}/metrics`)).status).toBe(404);
    expect((await fetch(`${server.baseUrl}/metrics`, { headers: { Authorization: `Bearer ${TOKEN}x` } })).status).toBe(404);
    const response = await fetch(`${server.baseUrl}/metrics`, { headers: { Authorization: `Bearer ${TOKEN}` } });
    expect(response.status).toBe(200);
    expect(sampleValue(parsePrometheusText(await response.text()), "bp_database_up")).toBe(1);
  });
});
