import { spawn } from "node:child_process";
import { describe, expect, it } from "vitest";
import { startServer } from "../../support/server";

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
