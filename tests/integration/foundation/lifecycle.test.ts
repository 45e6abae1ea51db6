import { spawn } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../../support/databases";
import { startServer, type RunningServer } from "../../support/server";
import { startTcpProxy } from "../../support/tcp-proxy";

describe("process lifecycle", () => {
  it("refuses to start with a malformed variable and names it", async () => {
    const child = spawn(process.execPath, ["server/index.js"], { env: { ...process.env, PORT: "not-a-port" } });
    let stderr = "";
    child.stderr.on("data", (chunk) => (stderr += chunk));
    const code = await new Promise((resolve) => child.on("exit", resolve));
    expect(code).toBe(1);
    expect(stderr).toContain("PORT must be a whole number");
  });

  it("shuts down cleanly on SIGTERM", async () => {
    const server = await startServer();
    await server.stop();
    expect(server.output()).not.toMatch(/"level":"error"/);
  });
});

describe.skipIf(!process.env.DATABASE_URL)("database outage on PostgreSQL", () => {
  let database: TestDatabase;
  let proxy: Awaited<ReturnType<typeof startTcpProxy>>;
  let server: RunningServer;

  beforeAll(async () => {
    database = await createTestDatabase("postgres");
    const url = new URL(database.url!);
    proxy = await startTcpProxy({ host: url.hostname, port: Number(url.port || 5432) });
    url.hostname = "127.0.0.1";
    url.port = String(proxy.port);
    server = await startServer({ databaseUrl: url.toString() });
  });
  afterAll(async () => {
    await server?.stop();
    await proxy?.close();
    await database?.drop();
  });

  it("reports 503 while the database is unreachable, shows an error page, and recovers", async () => {
    expect((await fetch(`${server.baseUrl}/healthz`)).status).toBe(200);
    await proxy.cut();

    const health = await fetch(`${server.baseUrl}/healthz`);
    expect(health.status).toBe(503);
    expect(await health.json()).toMatchObject({ status: "unavailable", database: "unreachable" });

    const page = await fetch(`${server.baseUrl}/rastenberg`);
    expect(page.status).toBe(503);
    expect(await page.text()).toContain("vorübergehend nicht erreichbar");

    await proxy.restore();
    const deadline = Date.now() + 15_000;
    let status = 0;
    while (Date.now() < deadline) {
      status = (await fetch(`${server.baseUrl}/healthz`)).status;
      if (status === 200) break;
      await new Promise((r) => setTimeout(r, 200));
    }
    expect(status).toBe(200);
    expect((await fetch(`${server.baseUrl}/rastenberg`)).status).toBe(200);
  });
});
