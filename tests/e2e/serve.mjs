// Starts the built portal for the browser tests on a fresh embedded database
// (or on DATABASE_URL, when the suite runs against PostgreSQL).
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import { resolve } from "node:path";
import { prepareTestIdp, removeTestIdp, simpleSamlPhpAvailable, startTestIdp } from "../support/saml-test-idp.mjs";

// One directory per port, so two suites on different ports never share (or wipe) a database.
const dir = `tmp/e2e-${process.env.PORT ?? "default"}`;
rmSync(dir, { recursive: true, force: true });
process.env.PGLITE_DIR = `${dir}/pglite`;
process.env.MAIL_DIR = `${dir}/mail`;

// BundID sign-in against SimpleSAMLphp (tests/e2e/citizen/sign-in.spec.ts), when it is installed:
// keys and configuration take about a second, the PHP server starts in milliseconds.
if (simpleSamlPhpAvailable() && process.env.E2E_BUNDID !== "off") {
  const portal = `http://127.0.0.1:${process.env.PORT}`;
  process.env.PUBLIC_URL = portal;
  // Under the run's own folder: removed with it at the next start even when this process is killed.
  const prepared = await prepareTestIdp(portal, { dir: resolve(dir, "saml-idp") });
  const idp = await startTestIdp(prepared);
  Object.assign(process.env, prepared.portalEnv);
  process.on("exit", () => {
    idp.kill();
    removeTestIdp(prepared);
  });
}
await import("../../server/index.js");

// Signed-in citizens for the specs (tests/e2e/support/citizen-session.ts): a loopback-only helper in
// this process (PGlite belongs to it) opens a session for a posted identity, as a login protocol
// does after verifying one, and answers with the cookie's token. Its port is written next to the
// database, so parallel suites on other ports never meet.
const build = await import("../../build/index.js");
const sessions = createServer(async (request, response) => {
  let body = "";
  for await (const chunk of request) body += chunk;
  try {
    const { token } = await build.entry.module.openCitizenSession(JSON.parse(body));
    response.writeHead(200, { "Content-Type": "application/json" }).end(JSON.stringify({ token }));
  } catch (error) {
    response.writeHead(400).end(String(error));
  }
});
sessions.listen(0, "127.0.0.1", () => {
  mkdirSync(dir, { recursive: true });
  writeFileSync(`${dir}/citizen-sessions.port`, String(sessions.address().port));
});
sessions.unref();
