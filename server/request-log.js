// Request ids, the access log and the last error handler of the HTTP server.
// The log lines themselves are written by the app build (app/server/ops/request-log.server.ts).
import { randomUUID } from "node:crypto";
import { edgeAnswerFor, plainAnswer } from "./http-policy.js";
import { routePattern } from "./route-matches.js";

/** A client's own id is kept only if it cannot smuggle anything into a log line or a header. */
const CLIENT_REQUEST_ID = /^[A-Za-z0-9][A-Za-z0-9._-]{7,63}$/;

/**
 * First middleware: gives the request its id (X-Request-Id in the answer, in the request Remix
 * sees, and in every log line about it) and writes one access-log line when the answer is done.
 */
export function requestLog(runtime, matchesOf) {
  return (req, res, next) => {
    const started = process.hrtime.bigint();
    const offered = req.get("x-request-id");
    const requestId = offered && CLIENT_REQUEST_ID.test(offered) ? offered : randomUUID();
    req.headers["x-request-id"] = requestId;
    res.locals.requestId = requestId;
    res.setHeader("X-Request-Id", requestId);
    res.once("close", () => {
      runtime.logRequest({
        requestId,
        method: req.method,
        route: routePattern(matchesOf(req.path)),
        status: res.statusCode,
        durationMs: Math.round(Number(process.hrtime.bigint() - started) / 1e5) / 10,
        completed: res.writableFinished,
      });
    });
    next();
  };
}

/**
 * Last handler: an error no one answered. A client error (an undecodable path, a body parser's
 * 400) keeps its 4xx; anything else is a 500 that names the request id, so a citizen can quote it.
 */
export function finalErrorHandler(runtime) {
  // Express recognises an error handler by its four parameters.
  return (error, req, res, _next) => {
    const requestId = res.locals.requestId ?? "unbekannt";
    runtime.logRequestError(error, requestId);
    if (res.headersSent) {
      res.destroy();
      return;
    }
    const status = runtime.clientErrorStatus(error) ?? 500;
    if (status < 500) {
      plainAnswer(req, res, status, edgeAnswerFor(runtime, "invalidRequest", req));
      return;
    }
    plainAnswer(req, res, 500, runtime.edgeAnswer("unexpected", req.originalUrl, req.headers, requestId));
  };
}
