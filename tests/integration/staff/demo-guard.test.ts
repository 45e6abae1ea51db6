/** Demo accounts: seeded for the demo, refused in production once DEMO_DATA is switched off. */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { openDatabase } from "../../../db/client";
import { disableDemoAccounts } from "../../../app/server/staff/staff-seed.server";
import { closeDatabase } from "~/server/db.server";
import { prepareAppDatabase } from "../../support/case-fixtures";
import { startServer } from "../../support/server";
import { StaffClient } from "./staff-client";

const dirs: string[] = [];
async function pgliteDir(prepare: (db: Awaited<ReturnType<typeof prepareAppDatabase>>) => Promise<void> = async () => {}): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), "bp-demo-"));
  dirs.push(dir);
  const handle = await openDatabase({ kind: "pglite", dataDir: join(dir, "pglite") });
  await prepare(await prepareAppDatabase(handle));
  await closeDatabase();
  return join(dir, "pglite");
}

// Each test starts a real server: give them the time a loaded CI machine needs.
describe("demo accounts and production", { timeout: 90_000 }, () => {
  afterAll(() => {
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  it("refuses a production start with DEMO_DATA=false while demo accounts are active, naming the way out", async () => {
    const dir = await pgliteDir();
    const started = startServer({ env: { PGLITE_DIR: dir, DEMO_DATA: "false", NODE_ENV: "production" } });
    await expect(started).rejects.toThrow(/server exited early/);
    const message = String(await started.catch((error: Error) => error.message));
    expect(message).toContain("Refusing to start: NODE_ENV=production and DEMO_DATA=false");
    expect(message).toContain("sb.vgkoe");
    expect(message).toContain("npm run staff -- disable-demo");
  });

  it("starts once the demo accounts are disabled, and they can no longer sign in", async () => {
    const dir = await pgliteDir(async (db) => {
      expect(await disableDemoAccounts(db)).toBeGreaterThan(17);
    });
    const server = await startServer({ env: { PGLITE_DIR: dir, DEMO_DATA: "false" } });
    try {
      const attempt = await new StaffClient(server.baseUrl).login("sb.vgkoe", "demo-sb.vgkoe");
      expect(attempt.status).toBe(401);
    } finally {
      await server.stop();
    }
  });

  it("seeds no demo accounts on a fresh installation with DEMO_DATA=false", async () => {
    const server = await startServer({ env: { DEMO_DATA: "false" } });
    try {
      expect((await new StaffClient(server.baseUrl).login("sb.vgkoe", "demo-sb.vgkoe")).status).toBe(401);
      expect(server.output()).not.toContain("Demo-Konten");
    } finally {
      await server.stop();
    }
  });

  it("prints the demo credentials once, on the first start with demo data", async () => {
    const server = await startServer({ env: { LOG_LEVEL: "info" } });
    try {
      expect(server.output()).toContain("NUR FÜR DIE DEMONSTRATION");
      expect(server.output()).toMatch(/sb\.vgkoe\s+demo-sb\.vgkoe/);
      expect((await new StaffClient(server.baseUrl).login("sb.vgkoe", "demo-sb.vgkoe")).status).toBe(302);
    } finally {
      await server.stop();
    }
  });
});
