// Requests no route can make sense of, refused with a clear 400 before Remix sees them (Remix
// would end them with a 500: it cannot build a URL from a malformed Host, and a path that does
// not decode throws deep inside the router).
import { edgeAnswerFor, plainAnswer } from "./http-policy.js";

// A DNS name or IPv4 address, or a bracketed IPv6 address, each with an optional port.
const HOST = /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*|\[[0-9a-f:.]+\])(?::\d{1,5})?$/i;

/** Why a request is refused at the edge (an answer kind of `edgeAnswer`), or null when it may go on. */
function edgeProblem(req) {
  const hosts = [req.get("host"), req.app.get("trust proxy") ? req.get("x-forwarded-host")?.split(",")[0].trim() : undefined];
  if (hosts.some((host) => host !== undefined && !HOST.test(host))) {
    return "invalidHost";
  }
  const [path, query = ""] = req.originalUrl.split(/\?(.*)/s, 2);
  let decodedPath;
  try {
    decodedPath = decodeURIComponent(path);
  } catch {
    return "invalidPercentEncoding";
  }
  if (decodedPath.includes("\0") || /%00/i.test(query) || query.includes("\0")) {
    return "nulInAddress";
  }
  return null;
}

export function requestEdge(runtime) {
  return (req, res, next) => {
    const problem = edgeProblem(req);
    if (!problem) return next();
    plainAnswer(req, res, 400, edgeAnswerFor(runtime, problem, req));
  };
}

/**
 * A request Node cannot parse (unknown method, broken header line) gets a plain 400 instead of a
 * dropped connection; no stack is logged for what is the client's mistake. German: a request this
 * broken has no headers to read a language from.
 */
export function answerClientErrors(server) {
  server.on("clientError", (error, socket) => {
    if (!socket.writable || error.code === "ECONNRESET") {
      socket.destroy();
      return;
    }
    const status = error.code === "HPE_HEADER_OVERFLOW" ? 431 : 400;
    const body = JSON.stringify({ error: { code: "bad_request", message: "Die Anfrage ist kein gültiges HTTP." } });
    socket.end(
      `HTTP/1.1 ${status} ${status === 431 ? "Request Header Fields Too Large" : "Bad Request"}\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
    );
  });
}
