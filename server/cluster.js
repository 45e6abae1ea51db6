// The portal's processes (ADR 036, ADR 050): WEB_CONCURRENCY HTTP processes (server/index.js) sharing
// one port through node:cluster, plus a dedicated outbox worker (server/worker.js) on PostgreSQL. With
// one HTTP process and no worker beside it (always on the embedded PGlite, which belongs to one
// process, or with OUTBOX_WORKER=off) this process is the server itself.
import cluster from "node:cluster";
import { fileURLToPath } from "node:url";

const remixBuild = await import("../build/index.js");
const runtime = remixBuild.entry.module;

let model;
try {
  model = runtime.processModel();
} catch (error) {
  console.error(`Configuration error: ${error.message}`);
  process.exit(1);
}

if (model.httpProcesses === 1 && !model.outboxWorkerProcess) {
  await import("./index.js");
} else {
  startPrimary(model);
}

const ignoreClosedChannel = () => {};

/** A process that dies is replaced; one dying before any process ever served is a start-up failure. */
function startPrimary({ httpProcesses, outboxWorkerProcess }) {
  const roles = new Map();
  let stopping = false;
  let failed = false;
  let listening = 0;

  const fork = (role) => {
    const script = role === "http" ? "./index.js" : "./worker.js";
    cluster.setupPrimary({ exec: fileURLToPath(new URL(script, import.meta.url)) });
    // The HTTP processes leave the outbox to the dedicated worker.
    const worker = cluster.fork(role === "http" ? { OUTBOX_WORKER: "off" } : {});
    roles.set(worker.id, { role, ready: role !== "http" });
    return worker;
  };

  cluster.on("listening", (worker) => {
    const entry = roles.get(worker.id);
    if (!entry || entry.ready) return;
    entry.ready = true;
    listening += 1;
    // The first HTTP process has migrated the database: the outbox worker can start on it.
    if (listening === 1 && outboxWorkerProcess) fork("outbox");
    if (listening === httpProcesses) runtime.logInfo("all processes started", { http: String(httpProcesses) });
  });

  cluster.on("exit", (worker, code, signal) => {
    const entry = roles.get(worker.id);
    roles.delete(worker.id);
    if (stopping) {
      // Killed by our SIGTERM before it had its handler (still starting): it had nothing to finish.
      if (code !== 0 && !(code === null && signal === "SIGTERM")) failed = true;
      if (roles.size === 0) process.exit(failed ? 1 : 0);
      return;
    }
    if (!entry?.ready && listening === 0) {
      // Configuration or database trouble at the first start: restarting would only repeat it.
      runtime.logWarn("a process failed to start; stopping", { role: entry?.role ?? "unknown", code: String(code) });
      failed = true;
      void stop("start-up failure");
      return;
    }
    runtime.logWarn("a process ended unexpectedly; starting a new one", {
      role: entry?.role ?? "unknown",
      code: String(code),
      signal: String(signal),
    });
    // A pause, so a process that cannot start (the database mid-failover) is not forked in a tight loop.
    setTimeout(() => stopping || fork(entry?.role ?? "http"), 1000);
  });

  async function stop(signal) {
    if (stopping) return;
    stopping = true;
    runtime.logInfo("shutting down", { signal });
    // Each process stops gracefully (server/index.js, server/worker.js) and forces itself out after 10 s.
    const forceExit = setTimeout(() => process.exit(1), 12_000);
    forceExit.unref();
    if (roles.size === 0) process.exit(failed ? 1 : 0);
    for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill("SIGTERM");
  }
  process.on("SIGTERM", () => void stop("SIGTERM"));
  process.on("SIGINT", () => void stop("SIGINT"));

  runtime.serveClusterMetrics();
  // After a submission an HTTP process wakes the outbox worker, so a receipt waits for no poll.
  // The outbox worker tells after each claim how far receipts are behind; the HTTP processes hold
  // new submissions while they are (ADR 045).
  const relayTo = new Map([
    [runtime.OUTBOX_NUDGE, "outbox"],
    [runtime.OUTBOX_PACE, "http"],
  ]);
  cluster.on("message", (_worker, message) => {
    const to = relayTo.get(message?.type);
    if (!to) return;
    for (const worker of Object.values(cluster.workers ?? {})) {
      // A process that has just died may still look connected; its exit is handled above.
      if (worker && roles.get(worker.id)?.role === to && worker.isConnected()) worker.send(message, ignoreClosedChannel);
    }
  });
  runtime.logInfo("starting processes", { http: String(httpProcesses), outboxWorker: outboxWorkerProcess ? "1" : "0" });
  for (let i = 0; i < httpProcesses; i++) fork("http");
}
