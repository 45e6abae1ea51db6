import { log } from "../logger.server";
import { errorDetails, isClientError } from "./error-details.server";
import { observeRequest } from "./metrics.server";

/**
 * One access-log line per request, for the HTTP server (server/request-log.js). It names the route
 * pattern, never the raw path or query: those may hold case numbers, names or search terms.
 * The same entry feeds the request metrics.
 */
export function logRequest(entry: {
  requestId: string;
  method: string;
  route: string | null;
  status: number;
  durationMs: number;
  completed: boolean;
}): void {
  observeRequest(entry);
  log.info("request", {
    requestId: entry.requestId,
    method: entry.method,
    route: entry.route ?? "(unmatched)",
    status: entry.status,
    durationMs: entry.durationMs,
    ...(entry.completed ? {} : { aborted: true }),
  });
}

/** An error that reached the HTTP server's last handler: client errors as a warning without stack. */
export function logRequestError(error: unknown, requestId: string): void {
  if (isClientError(error)) log.warn("request refused", { requestId, ...errorDetails(error) });
  else log.error("request failed", { requestId, ...errorDetails(error) });
}
