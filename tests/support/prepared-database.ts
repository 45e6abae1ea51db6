/**
 * The database set-up most integration tests share: a fresh database of `kind`, migrated and seeded
 * as the server does it at start-up (prepareDatabase), made the app's database for the tests of
 * one describe block and dropped after them. Apart from databases.ts because it registers vitest
 * hooks, and the benchmarks import databases.ts outside vitest.
 */
import { afterAll, beforeAll } from "vitest";
import { createTestDatabase, type DatabaseKind, type TestDatabase } from "./databases";

/**
 * Call it in a describe block before the block's own beforeAll, which then finds the database
 * ready (hooks run in the order they are registered) and may fill it. Read `handle` and `url` in
 * hooks and tests, not while the block is collected.
 */
export function usePreparedDatabase(kind: DatabaseKind, timeoutMs = 120_000): Pick<TestDatabase, "handle" | "url"> {
  let database: TestDatabase | undefined;
  beforeAll(async () => {
    database = await createTestDatabase(kind);
    // Imported here, not above: some tests set the environment before the app's modules load.
    const { prepareDatabase, useDatabaseHandle } = await import("../../app/server/db.server");
    useDatabaseHandle(database.handle);
    await prepareDatabase();
  }, timeoutMs);
  afterAll(async () => {
    await database?.drop();
  });
  const current = (): TestDatabase => {
    if (!database) throw new Error("The database is prepared in beforeAll; read it in a hook or a test.");
    return database;
  };
  return {
    get handle() {
      return current().handle;
    },
    get url() {
      return current().url;
    },
  };
}
