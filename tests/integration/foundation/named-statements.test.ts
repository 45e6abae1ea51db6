import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { openDatabase, type DatabaseHandle } from "../../../db/client";
import { executeNamed } from "~/server/prepared-statements.server";
import { databaseKinds } from "../../support/databases";

const square = (n: number) => sql`select ${n}::int * ${n}::int as square`;
const rowsOf = <T>(result: unknown) => (result as { rows: T[] }).rows;

describe.each(databaseKinds())("a statement run by executeNamed on %s", (kind) => {
  let handle: DatabaseHandle;

  beforeAll(async () => {
    // One connection, so that what it has prepared can be read back from the server.
    handle =
      kind === "postgres"
        ? await openDatabase({ kind, url: process.env.DATABASE_URL!, poolSize: 1 })
        : await openDatabase({ kind, dataDir: null });
  });
  afterAll(() => handle.close());

  it("answers with each run's own values, alone and inside a transaction", async () => {
    for (const n of [2, 3, 7]) expect(rowsOf<{ square: number }>(await executeNamed(handle.db, square(n)))[0]!.square).toBe(n * n);
    const inTransaction = await handle.db.transaction(async (tx) => rowsOf<{ square: number }>(await executeNamed(tx, square(12))));
    expect(inTransaction[0]!.square).toBe(144);
  });

  it.runIf(kind === "postgres")("is prepared once per connection under a name of its text, another text under another", async () => {
    await executeNamed(handle.db, square(4));
    await executeNamed(handle.db, sql`select ${5}::int + ${5}::int as sum`);
    const prepared = rowsOf<{ name: string; statement: string }>(
      await handle.db.execute(sql`select name, statement from pg_prepared_statements where name like 's\_%' order by statement`),
    );
    expect(prepared.map((statement) => statement.statement)).toEqual([
      "select $1::int * $2::int as square",
      "select $1::int + $2::int as sum",
    ]);
    expect(new Set(prepared.map((statement) => statement.name)).size).toBe(2);
  });
});
