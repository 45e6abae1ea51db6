import { data, type ServerBuild } from "@remix-run/node";
import { isApiPath } from "../api/api-address";
import { apiError, apiText } from "../api/responses.server";
import { isConnectivityError, markDatabaseUnavailable } from "../db.server";
import { log } from "../logger.server";
import { errorDetails } from "./error-details.server";

/** How long a client should wait before trying again while the database is unreachable. */
export const RETRY_AFTER_SECONDS = 30;

export const UNAVAILABLE_MESSAGE =
  "Das Bürgerportal ist vorübergehend nicht erreichbar. Bereits gespeicherte Angaben gehen nicht verloren. Bitte versuchen Sie es in einigen Minuten erneut.";

/** What the error page shows beside its text: the request id a citizen can quote. */
export type FailureData = { requestId: string | null };

type RouteFunction = (args: { request: Request; context: { requestId?: string } }) => unknown;

/**
 * Every loader and action of the build, guarded: an unexpected error becomes a clean answer instead
 * of Remix's bare "Unexpected Server Error". A lost database link — whether the request arrived
 * during the outage or was in flight when the link dropped — answers 503 with Retry-After, like the
 * outage breaker in front of Remix (server/http-policy.js); anything else answers 500 with the
 * request id, logged with message and stack. Responses a route throws on purpose pass unchanged.
 */
export function withFailureAnswers(build: ServerBuild): ServerBuild {
  const routes = Object.fromEntries(
    Object.entries(build.routes).map(([id, route]) => {
      const module: Record<string, unknown> = { ...route.module };
      const resourceRoute = module.default === undefined;
      for (const name of ["loader", "action"] as const) {
        const original = module[name] as RouteFunction | undefined;
        if (original) module[name] = guarded(original, resourceRoute);
      }
      return [id, { ...route, module }];
    }),
  );
  return { ...build, routes: routes as unknown as ServerBuild["routes"] };
}

function guarded(original: RouteFunction, resourceRoute: boolean): RouteFunction {
  return async (args) => {
    try {
      return await original(args);
    } catch (error) {
      if (!(error instanceof Error) || args.request.signal.aborted) throw error;
      throw failureAnswer(error, args.request, args.context.requestId ?? null, resourceRoute);
    }
  };
}

function failureAnswer(error: Error, request: Request, requestId: string | null, resourceRoute: boolean) {
  const unavailable = isConnectivityError(error);
  if (unavailable) {
    markDatabaseUnavailable();
    log.warn("request failed: database unreachable", { requestId, ...errorDetails(error) });
  } else {
    log.error("request failed", { requestId, ...errorDetails(error) });
  }
  const status = unavailable ? 503 : 500;
  const headers: Record<string, string> = unavailable ? { "Retry-After": String(RETRY_AFTER_SECONDS) } : {};
  if (isApiPath(new URL(request.url).pathname)) {
    const answer = unavailable
      ? apiError(503, "service_unavailable", apiText(request, "api.unavailable"))
      : apiError(
          500,
          "internal_error",
          apiText(request, "api.internalError", { requestId: requestId ?? apiText(request, "api.requestIdUnknown") }),
        );
    for (const [name, value] of Object.entries(headers)) answer.headers.set(name, value);
    return answer;
  }
  if (resourceRoute) {
    const text = unavailable ? UNAVAILABLE_MESSAGE : `Ein unerwarteter Fehler ist aufgetreten. Fehlernummer: ${requestId ?? "unbekannt"}`;
    return new Response(text, {
      status,
      headers: { ...headers, "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
    });
  }
  return data<FailureData>({ requestId }, { status, headers });
}

/**
 * A document's headers do not take a thrown response's headers (Remix passes them only to a
 * route's own `headers` function), so entry.server adds Retry-After to every 503 page here.
 */
export function addOutageHeaders(status: number, headers: Headers): void {
  if (status === 503 && !headers.has("Retry-After")) headers.set("Retry-After", String(RETRY_AFTER_SECONDS));
}
