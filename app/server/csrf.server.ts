import { env } from "./env.server";

/**
 * Cross-site request forgery guard for state-changing requests. Browsers send `Origin` with every
 * POST; it must be our own origin (as the request was addressed, or PUBLIC_URL behind a proxy).
 * Without `Origin`, a browser's `Sec-Fetch-Site` must say same-origin (or "none" for a
 * user-initiated request). A request with neither header is no browser request, so no
 * forgery: SameSite=Lax keeps the session cookie off cross-site POSTs anyway.
 */
export const CROSS_SITE_MESSAGE =
  "Diese Anfrage kam nicht von einer Seite des Bürgerportals und wurde deshalb abgelehnt. Bitte öffnen Sie die Seite im Bürgerportal erneut und senden Sie das Formular noch einmal.";

export function isSameOriginRequest(request: Request): boolean {
  if (request.method === "GET" || request.method === "HEAD" || request.method === "OPTIONS") return true;
  const origin = request.headers.get("Origin");
  if (origin !== null) return allowedOrigins(request).has(origin);
  const site = request.headers.get("Sec-Fetch-Site");
  return site === null || site === "same-origin" || site === "none";
}

/** Throws a 403 response (rendered by the error boundary) for a cross-site state-changing request. */
export function assertSameOrigin(request: Request): void {
  if (!isSameOriginRequest(request)) throw new Response(CROSS_SITE_MESSAGE, { status: 403 });
}

function allowedOrigins(request: Request): Set<string> {
  const origins = new Set([new URL(request.url).origin]);
  try {
    origins.add(new URL(env().publicUrl).origin);
  } catch {
    // PUBLIC_URL is validated at start-up; nothing to add if it were not.
  }
  return origins;
}
