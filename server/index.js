// HTTP server: security headers, body limits, static files, the Remix handlers (the API's and the pages'), graceful shutdown.
// Configuration and start-up work come from the app build (app/entry.server.tsx), which owns env parsing.
import { createRequestHandler } from "@remix-run/express";
import compression from "compression";
import express from "express";
import { precompressedAssets } from "./static-assets.js";
import { finalErrorHandler, requestLog } from "./request-log.js";
import { contentSecurityPolicy, crossSiteRefused, cspNonce, requestTooLarge, serviceUnavailable } from "./http-policy.js";
import { methodPolicy } from "./method-policy.js";
import { documentPath, routeMatcher } from "./route-matches.js";
import { answerClientErrors, requestEdge } from "./request-edge.js";
import { metricsEndpoint } from "./metrics-endpoint.js";
import { apiOnlyBuild, handlersPerRoute } from "./route-builds.js";

const remixBuild = await import("../build/index.js");
const runtime = remixBuild.entry.module;
const build = runtime.withFailureAnswers(remixBuild);

let config;
try {
  config = runtime.serverConfig();
} catch (error) {
  console.error(`Configuration error: ${error.message}`);
  process.exit(1);
}

await runtime.prepareServer();

const apiBuild = apiOnlyBuild(build);
const apiMatchesOf = routeMatcher(apiBuild.routes);
const pageMatchesOf = routeMatcher(build.routes);
const matchesOf = (path) => (runtime.isApiPath(path) ? apiMatchesOf : pageMatchesOf)(path);

const app = express();
app.disable("x-powered-by");
app.set("trust proxy", config.trustProxy);
// Before the access log: scrapes are neither logged nor counted in the request figures.
app.get("/metrics", metricsEndpoint(runtime));
app.use(requestLog(runtime, matchesOf));
// API answers are small JSON (and PDFs are compressed already): compressing them costs more
// CPU than it saves bytes; pages and static assets are compressed.
app.use(compression({ filter: (req, res) => !runtime.isApiPath(req.path) && compression.filter(req, res) }));

app.use((req, res, next) => {
  res.locals.cspNonce = cspNonce();
  res.setHeader("Content-Security-Policy", contentSecurityPolicy(res.locals.cspNonce));
  res.setHeader("X-Content-Type-Options", "nosniff");
  res.setHeader("Referrer-Policy", "same-origin");
  res.setHeader("X-Frame-Options", "DENY");
  res.setHeader("Cross-Origin-Opener-Policy", "same-origin");
  res.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=()");
  if (config.nodeEnv === "production" && req.secure) {
    res.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
  }
  next();
});

app.use(requestEdge(runtime));

app.use((req, res, next) => {
  const limit = (req.headers["content-type"] ?? "").startsWith("multipart/form-data") ? config.uploadLimitBytes : config.bodyLimitBytes;
  const declared = Number(req.headers["content-length"] ?? 0);
  if (declared > limit) {
    requestTooLarge(runtime, req, res, limit);
    return;
  }
  next();
});

// Origin check on every state-changing page request (app/server/csrf.http.server.ts). The API is exempt:
// it authenticates with bearer tokens or access codes, which no other site's page can send.
app.use((req, res, next) => {
  const facts = {
    method: req.method,
    hosts: [req.get("host"), req.get("x-forwarded-host")],
    origin: req.get("origin"),
    fetchSite: req.get("sec-fetch-site"),
  };
  if (runtime.isCrossSiteEndpoint(req.path)) {
    // Remix would end a cross-site POST with a bare 500; this endpoint checks its message itself (ADR 038).
    delete req.headers.origin;
    next();
    return;
  }
  if (runtime.isApiPath(req.path) || runtime.isSameOriginRequest(facts)) {
    next();
    return;
  }
  crossSiteRefused(runtime, req, res);
});

app.use("/build", precompressedAssets("public/build"));
app.use("/build", express.static("public/build", { immutable: true, maxAge: "1y" }));
app.use(express.static("public", { maxAge: "1h" }));
app.use(methodPolicy(build, runtime, matchesOf));

app.use((req, res, next) => {
  // The health probes answer for themselves during an outage: /healthz/live stays 200, the others say 503.
  if (req.path !== "/healthz" && !req.path.startsWith("/healthz/") && !runtime.databaseAvailable()) {
    serviceUnavailable(req, res, runtime.edgeAnswer("unavailable", req.originalUrl, req.headers));
    return;
  }
  next();
});

const remixHandler = (serverBuild) =>
  createRequestHandler({
    build: serverBuild,
    mode: config.nodeEnv,
    getLoadContext: (req, res) => ({
      cspNonce: res.locals.cspNonce,
      requestId: res.locals.requestId,
      clientAddress: req.ip ?? "unknown",
    }),
  });
// An address goes to the handler of the route it matches, an API address to one of the API's
// routes (ADR 040); one that matches none (it cannot be decoded) to the handler of all the API's
// routes or all the pages', which answers it as before.
const apiHandlerFor = handlersPerRoute(apiBuild, apiMatchesOf, remixHandler);
const pageHandlerFor = handlersPerRoute(build, (path) => pageMatchesOf(documentPath(path)), remixHandler);
app.all("*", (req, res, next) => (runtime.isApiPath(req.path) ? apiHandlerFor : pageHandlerFor)(req.path)(req, res, next));

app.use(finalErrorHandler(runtime));

const server = app.listen(config.port, config.host, () => {
  runtime.announceListening();
});
answerClientErrors(server);

let stopping = false;
async function shutdown(signal) {
  if (stopping) return;
  stopping = true;
  runtime.logInfo("shutting down", { signal });
  const forceExit = setTimeout(() => process.exit(1), 10_000);
  forceExit.unref();
  server.close(async () => {
    await runtime.shutdownServer();
    process.exit(0);
  });
  // Keep-alive connections would hold close() open; they get no new requests after this.
  server.closeIdleConnections?.();
}
process.on("SIGTERM", () => void shutdown("SIGTERM"));
process.on("SIGINT", () => void shutdown("SIGINT"));
