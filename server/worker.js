// A dedicated worker process: delivers the outbox (receipts, e-mails) and deletes expired drafts,
// beside one or more HTTP servers started with OUTBOX_WORKER=off (see README, "Scaling out").
// It polls the outbox; the HTTP servers prepare the database.
const build = await import("../build/index.js");
const runtime = build.entry.module;

try {
  runtime.serverConfig();
} catch (error) {
  console.error(`Configuration error: ${error.message}`);
  process.exit(1);
}
runtime.prepareWorker();
runtime.logInfo("worker started");

let stopping = false;
async function stop(signal) {
  if (stopping) return;
  stopping = true;
  runtime.logInfo("shutting down", { signal });
  await runtime.shutdownServer();
  process.exit(0);
}
process.on("SIGTERM", () => void stop("SIGTERM"));
process.on("SIGINT", () => void stop("SIGINT"));
