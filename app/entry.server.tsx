import { PassThrough } from "node:stream";
import type { AppLoadContext, EntryContext } from "@remix-run/node";
import { createReadableStreamFromReadable } from "@remix-run/node";
import { RemixServer } from "@remix-run/react";
import { isbot } from "isbot";
import { renderToPipeableStream } from "react-dom/server";
import { NonceProvider } from "./components/nonce";
import { DocumentLanguageProvider } from "./lib/i18n/document-language";
import { requestLanguage } from "./server/i18n/language.http.server";
import { reportRequestError } from "./server/lifecycle.server";
import { addOutageHeaders } from "./server/ops/route-failures.http.server";
export { CROSS_SITE_MESSAGE, isCrossSiteEndpoint, isSameOriginRequest } from "./server/csrf.http.server";

// The HTTP server calls these through the build (build.entry.module); see server/index.js.
export {
  announceListening,
  databaseAvailable,
  logInfo,
  logWarn,
  OUTBOX_NUDGE,
  OUTBOX_PACE,
  prepareServer,
  prepareWorker,
  processModel,
  serverConfig,
  shutdownServer,
} from "./server/lifecycle.server";
// Failure answers, request ids and the access log (server/request-log.js).
export { withFailureAnswers } from "./server/ops/route-failures.http.server";
export { edgeAnswer } from "./server/ops/edge-answers.http.server";
export { isApiPath } from "./server/api/api-address";
export { logRequest, logRequestError } from "./server/ops/request-log.server";
export { clientErrorStatus } from "./server/ops/error-details.server";
// The browser tests' server (tests/e2e/serve.mjs) signs test citizens in as a login protocol does
// after verifying an identity; the login protocols themselves are tested against real providers.
export { openCitizenSession } from "./server/citizen-account/sessions.server";
// GET /metrics (server/metrics-endpoint.js).
export { metricsAllowed, metricsText } from "./server/ops/metrics.server";
// The primary of several processes (server/cluster.js) collects their metrics.
export { serveClusterMetrics } from "./server/ops/cluster-metrics.server";

export function handleError(error: unknown, { request }: { request: Request }) {
  reportRequestError(error, request);
}

const ABORT_DELAY = 5_000;

export default function handleRequest(
  request: Request,
  responseStatusCode: number,
  responseHeaders: Headers,
  remixContext: EntryContext,
  loadContext: AppLoadContext,
) {
  const nonce = typeof loadContext.cspNonce === "string" ? loadContext.cspNonce : undefined;
  const waitForAll = isbot(request.headers.get("user-agent") ?? "");
  return new Promise((resolve, reject) => {
    let shellRendered = false;
    const abortTimer = setTimeout(() => abort(), ABORT_DELAY);
    const respond = () => {
      shellRendered = true;
      const body = new PassThrough();
      responseHeaders.set("Content-Type", "text/html; charset=utf-8");
      addOutageHeaders(responseStatusCode, responseHeaders);
      resolve(new Response(createReadableStreamFromReadable(body), { headers: responseHeaders, status: responseStatusCode }));
      pipe(body);
    };
    const { pipe, abort } = renderToPipeableStream(
      <NonceProvider value={nonce}>
        <DocumentLanguageProvider lang={requestLanguage(request)}>
          <RemixServer context={remixContext} url={request.url} abortDelay={ABORT_DELAY} nonce={nonce} />
        </DocumentLanguageProvider>
      </NonceProvider>,
      {
        nonce,
        onShellReady() {
          if (!waitForAll) respond();
        },
        onAllReady() {
          // A finished render is not aborted later: that would only make React end its stream twice.
          clearTimeout(abortTimer);
          if (waitForAll) respond();
        },
        onShellError(error: unknown) {
          clearTimeout(abortTimer);
          reject(error);
        },
        onError(error: unknown) {
          responseStatusCode = 500;
          if (shellRendered) reportRequestError(error, request);
        },
      },
    );
  });
}
