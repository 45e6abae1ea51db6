// Starts the built portal for the browser tests on a fresh embedded database
// (or on DATABASE_URL, when the suite runs against PostgreSQL).
import { rmSync } from "node:fs";

// One directory per port, so two suites on different ports never share (or wipe) a database.
const dir = `tmp/e2e-${process.env.PORT ?? "default"}`;
rmSync(dir, { recursive: true, force: true });
process.env.PGLITE_DIR = `${dir}/pglite`;
process.env.MAIL_DIR = `${dir}/mail`;
await import("../../server/index.js");
