import type { Pool, PoolClient, QueryResult } from "pg";

/**
 * pg's pool ends a connection after any query that fails through `pool.query`, even one the server
 * refused for its statement alone (a unique violation when two requests race for one idempotency
 * key), which leaves the connection ready for the next statement. Each such refusal then cost a new
 * connection (a server process, its catalog caches, the prepared statements), and a burst of them
 * (200 retries of one key) kept the pool's waiters past its connection timeout. Here a connection
 * refused that way goes back to the pool; one that broke (network, server shutdown, FATAL) is ended
 * as before. The callback form, which nothing here uses, stays pg's own.
 */
export function keepConnectionsAfterStatementErrors(pool: Pool): void {
  const original = pool.query.bind(pool) as (...args: unknown[]) => unknown;
  pool.query = ((...args: unknown[]) => {
    if (typeof args.at(-1) === "function") return original(...args);
    return (async () => queryOnce(await pool.connect(), args))();
  }) as Pool["query"];
}

async function queryOnce(client: PoolClient, args: unknown[]): Promise<QueryResult> {
  let released = false;
  const release = (error?: Error) => {
    if (released) return;
    released = true;
    client.removeListener("error", onConnectionError);
    client.release(error);
  };
  // A connection that breaks mid-query says so as an event before the query fails; as in pg's own
  // pool.query, the event must find a listener, or it would end the process.
  const onConnectionError = (error: Error) => release(error);
  client.once("error", onConnectionError);
  try {
    const result = await (client.query as (...queryArgs: unknown[]) => Promise<QueryResult>)(...args);
    release();
    return result;
  } catch (error) {
    release(refusedStatementOnly(error) ? undefined : (error as Error));
    throw error;
  }
}

/** SQLSTATE classes after which the connection is gone or not to be trusted. */
const BROKEN_CONNECTION = /^(08|57P|XX)/;

/**
 * The server refused the statement and waits for the next one. Decided by SQLSTATE, which is the
 * same in every language; the severity text is translated (`FEHLER` under a German lc_messages).
 */
function refusedStatementOnly(error: unknown): boolean {
  const { code, severity } = (error ?? {}) as { code?: unknown; severity?: unknown };
  return (
    typeof code === "string" && /^[0-9A-Z]{5}$/.test(code) && !BROKEN_CONNECTION.test(code) && severity !== "FATAL" && severity !== "PANIC"
  );
}
