// Response policies the server applies before Remix sees a request.
import { randomFillSync } from "node:crypto";

const NONCE_BYTES = 16;
/**
 * Nonces drawn from the system's random source at once. A draw per request cost more than the
 * rest of the security headers together; crypto.randomUUID() pools its random bytes alike.
 */
const NONCES_PER_DRAW = 256;
const noncePool = Buffer.alloc(NONCE_BYTES * NONCES_PER_DRAW);
let nextNonce = NONCES_PER_DRAW;

/** A new CSP nonce: 16 random bytes in base64, each handed out once. */
export function cspNonce() {
  if (nextNonce === NONCES_PER_DRAW) {
    randomFillSync(noncePool);
    nextNonce = 0;
  }
  const start = NONCE_BYTES * nextNonce++;
  return noncePool.toString("base64", start, start + NONCE_BYTES);
}

/** Nonce-based CSP: no 'unsafe-inline', no 'unsafe-eval'; everything else from our own origin. */
export function contentSecurityPolicy(nonce) {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}'`,
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    "base-uri 'none'",
    "object-src 'none'",
  ].join("; ");
}

/** The texts of an answer in front of Remix, in the request's language (app/server/ops/edge-answers.http.server.ts). */
export function edgeAnswerFor(runtime, kind, req, values) {
  return runtime.edgeAnswer(kind, req.originalUrl, req.headers, "", values);
}

/**
 * How long the rest of a refused body is still read (and dropped) after the answer. A client is
 * usually still sending when the answer comes; closing the connection at once made it fail on
 * its next write (EPIPE) instead of reading the answer, and fetch gives up with "fetch failed".
 */
const DRAIN_REFUSED_BODY_MS = 10_000;

export function requestTooLarge(runtime, req, res, limit) {
  const drained = setTimeout(() => req.socket.destroy(), DRAIN_REFUSED_BODY_MS);
  drained.unref();
  req.once("end", () => clearTimeout(drained));
  req.once("close", () => clearTimeout(drained));
  const megabytes = { count: Math.round((limit / 1_048_576) * 10) / 10 };
  plainAnswer(req, res, 413, edgeAnswerFor(runtime, "tooLarge", req, { megabytes }));
}

/** A state-changing request from another site's page (CSRF): refused before Remix sees it. */
export function crossSiteRefused(runtime, req, res) {
  plainAnswer(req, res, 403, edgeAnswerFor(runtime, "crossSite", req));
}

/** `answer`: the texts in the request's language (app/server/ops/edge-answers.http.server.ts). */
export function serviceUnavailable(req, res, answer) {
  res.setHeader("Retry-After", "30");
  plainAnswer(req, res, 503, answer);
}

/** A JSON error for the API, otherwise a static page in the portal's look (no scripts, so no nonce needed). */
export function plainAnswer(req, res, status, { code, title, message, advice, lang = "de", home = "Zur Startseite", api }) {
  res.status(status);
  if (api) {
    res.json({ error: { code, message } });
    return;
  }
  res
    .type("html")
    .send(
      `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${title} – Bürgerportal</title><link rel="stylesheet" href="/kern/fonts/fira-sans.css"><link rel="stylesheet" href="/kern/kern.min.css"><link rel="stylesheet" href="/app.css"></head><body><main class="kern-container site-main" id="inhalt"><h1 class="kern-heading-large">${title}</h1><p class="kern-body">${message} ${advice}</p><p><a class="kern-link" href="/">${home}</a></p></main></body></html>`,
    );
}
