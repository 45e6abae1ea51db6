import { execFile, execFileSync, spawnSync } from "node:child_process";
import { promisify } from "node:util";

/** Runs a command and gives its stdout; throws with stderr when it fails. */
export function run(command: string, args: string[], options: { input?: string; env?: NodeJS.ProcessEnv } = {}): string {
  return execFileSync(command, args, { encoding: "utf8", stdio: ["pipe", "pipe", "pipe"], ...options });
}

/** As the postgres user: PostgreSQL and pgBackRest refuse to run as root. */
export function asPostgres(command: string, args: string[]): string {
  return run("runuser", ["-u", "postgres", "--", command, ...args]);
}

/** Like run(), but never throws: for clean-up. */
export function tryRun(command: string, args: string[]): number {
  return spawnSync(command, args, { stdio: "ignore" }).status ?? -1;
}

export const PG_BIN = process.env.PG_BIN ?? "/usr/lib/postgresql/15/bin";

/** Like run(), without blocking the test process (which must keep answering its runner). */
export async function runAsync(command: string, args: string[]): Promise<string> {
  return (await promisify(execFile)(command, args, { encoding: "utf8", maxBuffer: 16 * 1024 * 1024 })).stdout;
}
