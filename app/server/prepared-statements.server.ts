/**
 * Statements the portal runs on (nearly) every request, built once per database handle: drizzle
 * then skips building the SQL text, and PostgreSQL parses and plans a named statement once per
 * connection instead of for each request.
 */
import type { Database } from "../../db/client";

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
