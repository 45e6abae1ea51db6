/**
 * Account tasks that must work before anyone can sign in (with the server stopped when it uses
 * the embedded database):
 *   npm run staff -- disable-demo
 *   npm run staff -- create-admin <authority-id> <username> "<Name>"
 *   npm run staff -- create-operator <authority-id> <username> "<Name>"
 */
import { pathToFileURL } from "node:url";
import { openDatabase } from "../db/client";
import { createAdmin, createOperator, disableDemoAccounts } from "../app/server/staff/staff-seed.server";

async function main(args: string[]): Promise<void> {
  const url = process.env.DATABASE_URL;
  const handle = url
    ? await openDatabase({ kind: "postgres", url })
    : await openDatabase({ kind: "pglite", dataDir: process.env.PGLITE_DIR ?? "./data/pglite" });
  try {
    await handle.migrate();
    const [command, ...rest] = args;
    if (command === "disable-demo") {
      console.log(`${await disableDemoAccounts(handle.db)} demo account(s) disabled.`);
    } else if (command === "create-admin" && rest.length === 3) {
      const password = await createAdmin(handle.db, rest[0], rest[1], rest[2]);
      console.log(`Admin "${rest[1].toLowerCase()}" created. Password (shown once): ${password}`);
    } else if (command === "create-operator" && rest.length === 3) {
      const password = await createOperator(handle.db, rest[0], rest[1], rest[2]);
      console.log(`Portal operator "${rest[1].toLowerCase()}" created. Password (shown once): ${password}`);
    } else {
      console.error(
        'Usage: npm run staff -- disable-demo | create-admin <authority-id> <username> "<Name>" | create-operator <authority-id> <username> "<Name>"',
      );
      process.exitCode = 2;
    }
  } finally {
    await handle.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  main(process.argv.slice(2)).catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
