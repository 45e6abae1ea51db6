/**
 * Statements the portal runs on (nearly) every request, named, so that PostgreSQL parses and plans
 * them once per connection instead of for each request. Built with the query builder, they are
 * built once per database handle too, and drizzle skips building their SQL text (ADR 042).
 */
import { createHash } from "node:crypto";
import type { SQL } from "drizzle-orm";
import { PgDialect } from "drizzle-orm/pg-core";
import type { Database, Executor } from "../../db/client";

export function preparedPerDatabase<Statement>(build: (database: Database) => Statement): (database: Database) => Statement {
  const built = new WeakMap<Database, Statement>();
  return (database) => {
    let statement = built.get(database);
    if (!statement) {
      statement = build(database);
      built.set(database, statement);
    }
    return statement;
  };
}

const dialect = new PgDialect();

/**
 * Runs a statement written with `sql` as a named prepared statement, named after its text. Each
 * connection parses it once; PostgreSQL plans it once as well when its plans do not depend on the
 * values. For a statement whose text takes few shapes but is too large to build with drizzle's
 * query builder (the submission's); on PGlite it runs as any other statement. Answers as `execute`.
 */
export function executeNamed(executor: Executor, query: SQL): ReturnType<Executor["execute"]> {
  const compiled = dialect.sqlToQuery(query);
  const name = `s_${createHash("sha256").update(compiled.sql).digest("base64url").slice(0, 24)}`;
  return executor._.session.prepareQuery(compiled, undefined, name, false).execute() as ReturnType<Executor["execute"]>;
}
