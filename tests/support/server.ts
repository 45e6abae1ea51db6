import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { freePort } from "./free-port.mjs";

export { freePort };

export type RunningServer = { baseUrl: string; dataDir: string; stop(): Promise<void>; output(): string };

/** The environment of a portal process: production mode, a free port, its own data and mail folders. */
function portalEnv(
  port: number | null,
  dataDir: string,
  options: { databaseUrl?: string; env?: Record<string, string> },
): NodeJS.ProcessEnv {
  return {
    ...process.env,
    NODE_ENV: "production",
    ...(port === null ? {} : { PORT: String(port) }),
    HOST: "127.0.0.1",
    PGLITE_DIR: join(dataDir, "pglite"),
    MAIL_DIR: join(dataDir, "mail"),
    LOG_LEVEL: "warn",
    DATABASE_URL: options.databaseUrl ?? "",
    ...options.env,
  };
}

/** Runs a script of server/ on the built app; SERVER_NODE_ARGS adds Node flags (e.g. --cpu-prof to profile a benchmark). */
function spawnPortal(script: string, env: NodeJS.ProcessEnv) {
  const child: ChildProcess = spawn(process.execPath, [...(process.env.SERVER_NODE_ARGS?.split(" ").filter(Boolean) ?? []), script], {
    env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (chunk) => (output += chunk));
  child.stderr?.on("data", (chunk) => (output += chunk));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((r) => child.once("exit", r));
      child.kill("SIGTERM");
      await exited;
    }
    return child.exitCode;
  };
  return { child, output: () => output, stop };
}

/**
 * Starts the real portal (server/index.js on the built app, or with `cluster` the processes of
 * server/cluster.js as `npm start` runs them) on a free port.
 * Without a database URL it uses a fresh PGlite directory that is removed on stop.
 */
export async function startServer(
  options: { databaseUrl?: string; env?: Record<string, string>; cluster?: boolean } = {},
): Promise<RunningServer & { pid: number; exitCode(): number | null }> {
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), "bp-server-"));
  const { child, output, stop } = spawnPortal(options.cluster ? "server/cluster.js" : "server/index.js", portalEnv(port, dataDir, options));
  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited early:\n${output()}`);
    try {
      const response = await fetch(`${baseUrl}/healthz`);
      if (response.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`server did not start:\n${output()}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    baseUrl,
    dataDir,
    pid: child.pid!,
    exitCode: () => child.exitCode,
    output,
    stop: async () => {
      await stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export type RunningWorker = { mailDir: string; output(): string; stop(): Promise<number | null> };

/** Starts a dedicated worker (server/worker.js) on a database an HTTP server prepared; stop() gives its exit code. */
export function startWorker(options: { databaseUrl: string; env?: Record<string, string> }): RunningWorker {
  const dataDir = mkdtempSync(join(tmpdir(), "bp-worker-"));
  const { output, stop } = spawnPortal("server/worker.js", portalEnv(null, dataDir, options));
  return {
    mailDir: join(dataDir, "mail"),
    output,
    stop: async () => {
      const code = await stop();
      rmSync(dataDir, { recursive: true, force: true });
      return code;
    },
  };
}
