import type { Pool, QueryResult } from "pg";

/**
 * pg's pool ends a connection after any query that fails through `pool.query`, even one the server
 * refused with an ERROR (a unique violation when two requests race for one idempotency key), which
 * leaves the connection ready for the next statement. Each such refusal then cost a new connection
 * (a server process, its catalog caches, the prepared statements), and a burst of them (200 retries
 * of one key) kept the pool's waiters past its connection timeout. Here a connection the server
 * answered with an ERROR goes back to the pool; one that failed otherwise (network, FATAL) is ended
 * as before. The callback form, which nothing here uses, stays pg's own.
 */
export function keepConnectionsAfterStatementErrors(pool: Pool): void {
  const original = pool.query.bind(pool) as (...args: unknown[]) => unknown;
  pool.query = ((...args: unknown[]) => {
    if (typeof args.at(-1) === "function") return original(...args);
    return (async () => {
      const client = await pool.connect();
      try {
        const result = await (client.query as (...queryArgs: unknown[]) => Promise<QueryResult>)(...args);
        client.release();
        return result;
      } catch (error) {
        client.release(isStatementError(error) ? undefined : (error as Error));
        throw error;
      }
    })();
  }) as Pool["query"];
}

/** An error the server sent for one statement, after which it waits for the next (SQLSTATE, severity ERROR). */
function isStatementError(error: unknown): boolean {
  const fields = error as { severity?: unknown; code?: unknown } | null;
  return typeof fields?.code === "string" && fields.severity === "ERROR";
}
