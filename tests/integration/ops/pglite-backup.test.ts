/**
 * `npm run db:backup` and `npm run db:restore` for the embedded PGlite: refused while the portal
 * holds the folder, then a backup of a stopped portal restored into a fresh folder holds its cases.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { openDatabase } from "../../../db/client";
import { submitDogTax } from "../../support/api-submission";
import { startServer } from "../../support/server";

const folder = mkdtempSync(join(tmpdir(), "bp-pglite-backup-"));
const tsx = join(process.cwd(), "node_modules/.bin/tsx");

function script(command: "backup" | "restore", args: string[], pgliteDir: string) {
  const result = spawnSync(tsx, ["scripts/pglite-backup.ts", command, ...args], {
    encoding: "utf8",
    env: { ...process.env, DATABASE_URL: "", PGLITE_DIR: pgliteDir },
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

describe("PGlite backup and restore", () => {
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it("refuses while the portal runs, backs up a stopped portal and restores it into a fresh folder", async () => {
    const live = join(folder, "live");
    const backup = join(folder, "backup.tar.gz");
    const server = await startServer({ env: { PGLITE_DIR: live } });
    let caseNumber: string;
    try {
      caseNumber = await submitDogTax(server.baseUrl);

      const refused = script("backup", [backup], live);
      expect(refused.status).toBe(1);
      expect(refused.output).toContain("is in use by process");
      expect(existsSync(backup)).toBe(false);
    } finally {
      await server.stop();
    }

    const made = script("backup", [backup], live);
    expect(made.output).toContain("written to");
    expect(made.status).toBe(0);

    // Never over an existing database.
    expect(script("restore", [backup], live).status).toBe(1);

    const restoredDir = join(folder, "restored");
    const restored = script("restore", [backup], restoredDir);
    expect(restored.output).toContain("1 case(s)");
    expect(restored.status).toBe(0);

    const handle = await openDatabase({ kind: "pglite", dataDir: restoredDir });
    try {
      const rows = (await handle.db.execute(sql`select case_number from cases`)) as unknown as { rows: Array<{ case_number: string }> };
      expect(rows.rows.map((row) => row.case_number)).toEqual([caseNumber]);
    } finally {
      await handle.close();
    }
    // Four PGlite starts in child processes: slow on a busy machine.
  }, 180_000);
});
