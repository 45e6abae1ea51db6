import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startServer, type RunningServer } from "../../support/server";

type LogLine = Record<string, unknown>;

function logLines(server: RunningServer): LogLine[] {
  return server
    .output()
    .split("\n")
    .filter((line) => line.startsWith("{"))
    .map((line) => JSON.parse(line) as LogLine);
}

/** Log lines are written when the answer is done; the client may read it a moment earlier. */
async function linesOf(server: RunningServer, requestId: string): Promise<LogLine[]> {
  for (let attempt = 0; attempt < 50; attempt++) {
    const lines = logLines(server).filter((line) => line.requestId === requestId);
    if (lines.some((line) => line.message === "request")) return lines;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return logLines(server).filter((line) => line.requestId === requestId);
}

/*
 * A forced 500: the portal's database with the rate-limit table renamed away, so every
 * status lookup (page and API) fails inside its loader or action as a real defect would.
 */
describe("request ids, access log and error log", () => {
  let dataDir: string;
  let server: RunningServer;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), "bp-request-log-"));
    const pgliteDir = join(dataDir, "pglite");
    const prepared = await startServer({ env: { PGLITE_DIR: pgliteDir } });
    await prepared.stop();
    const database = new PGlite(pgliteDir);
    await database.exec("alter table rate_limit_buckets rename to rate_limit_buckets_gone");
    await database.close();
    server = await startServer({ env: { PGLITE_DIR: pgliteDir, LOG_LEVEL: "info" } });
  });
  afterAll(async () => {
    await server?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it("names the request id of a failed page in the header, on the 500 page and in the error and access log", async () => {
    const response = await fetch(`${server.baseUrl}/status`, {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded", Origin: server.baseUrl },
      body: new URLSearchParams({ vorgangsnummer: "2026-SOEM-000001", zugangscode: "ABCD-EFGH-JKLM" }),
    });
    expect(response.status).toBe(500);
    const requestId = response.headers.get("x-request-id");
    expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
    const page = await response.text();
    expect(page).toContain(`Fehlernummer: ${requestId}`);
    expect(page).toContain("Ein Fehler ist aufgetreten");
    // The site frame reads right on the error page, not as message keys.
    expect(page).toContain("Online-Dienste Ihrer Verwaltung in Thüringen");
    expect(page).toContain("Zum Inhalt springen");
    expect(page).not.toMatch(/frame\.(tagline|footer|skipLink)/);

    const lines = await linesOf(server, requestId!);
    const failure = lines.find((line) => line.level === "error");
    expect(failure).toMatchObject({ message: "request failed", requestId });
    expect(String(failure?.errorMessage)).toMatch(/rate_limit_buckets/);
    expect(String(failure?.stack)).toMatch(/^at /);
    expect(String(failure?.stack)).not.toContain(process.cwd());
    expect(lines.find((line) => line.message === "request")).toMatchObject({
      level: "info",
      method: "POST",
      route: "/status",
      status: 500,
      requestId,
    });
    const access = lines.find((line) => line.message === "request")!;
    expect(access.durationMs).toEqual(expect.any(Number));
    expect(JSON.stringify(lines)).not.toContain("ABCD-EFGH-JKLM");
  });

  it("answers a failed API request with JSON naming the request id, and keeps a safe client id", async () => {
    const clientId = "probe-4711-request";
    const response = await fetch(`${server.baseUrl}/api/v1/cases/2026-SOEM-000001/status?zugang=GEHEIM-123`, {
      headers: { "X-Access-Code": "WRONG-CODE-1234", "X-Request-Id": clientId },
    });
    expect(response.status).toBe(500);
    expect(response.headers.get("x-request-id")).toBe(clientId);
    const body = (await response.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe("internal_error");
    expect(body.error.message).toContain(`Fehlernummer: ${clientId}`);

    const lines = await linesOf(server, clientId);
    expect(lines.find((line) => line.message === "request")).toMatchObject({
      method: "GET",
      route: "/api/v1/cases/:caseNumber/status",
      status: 500,
    });
    const logged = JSON.stringify(lines);
    expect(logged).not.toContain("GEHEIM-123");
    expect(logged).not.toContain("2026-SOEM-000001");
    expect(logged).not.toContain("WRONG-CODE-1234");
  });

  it("replaces a client id that could smuggle text into the logs", async () => {
    const response = await fetch(`${server.baseUrl}/healthz`, { headers: { "X-Request-Id": 'x"}{injected' } });
    const requestId = response.headers.get("x-request-id");
    expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(await linesOf(server, requestId!)).toContainEqual(
      expect.objectContaining({ message: "request", route: "/healthz", status: 200 }),
    );
    expect(server.output()).not.toContain("injected");
  });

  it("logs an unknown path as a 404 in the access log only, without its path or query", async () => {
    const response = await fetch(`${server.baseUrl}/gibt-es-nicht/mustermann-erika?name=Mustermann`);
    expect(response.status).toBe(404);
    const requestId = response.headers.get("x-request-id")!;
    const lines = await linesOf(server, requestId);
    expect(lines).toEqual([expect.objectContaining({ message: "request", level: "info", status: 404, route: "/:gemeinde/:service" })]);
    expect(JSON.stringify(lines)).not.toMatch(/mustermann/i);
  });

  it("logs a client error without a stack and a malformed path without absolute paths", async () => {
    const response = await fetch(`${server.baseUrl}/build/%E0%A4%A.js`);
    expect(response.status).toBe(400);
    const requestId = response.headers.get("x-request-id")!;
    const lines = await linesOf(server, requestId);
    expect(lines.find((line) => line.message === "request")).toMatchObject({ status: 400, route: "(unmatched)" });
    expect(lines.some((line) => "stack" in line)).toBe(false);
    expect(server.output()).not.toContain(process.cwd());
  });
});
