import { translate } from "../lib/i18n/translate";
import { env } from "./env.server";

/**
 * Cross-site request forgery guard for state-changing requests. Browsers send `Origin` with every
 * POST; its host must be the host the request was addressed to (or PUBLIC_URL's, behind a proxy).
 * Without `Origin`, a browser's `Sec-Fetch-Site` must say same-origin (or "none": typed by the
 * user). A request with neither header comes from no browser and so cannot be forged by a page;
 * SameSite=Lax keeps the session cookie off cross-site POSTs as well.
 *
 * Two places use it: the HTTP server (server/index.js) answers a cross-site POST with a clear 403
 * before Remix sees it (Remix's own check would end it with a bare 500), and staff actions call
 * assertSameOrigin as a second line (it also covers the Sec-Fetch-Site case Remix ignores).
 */
/** German: the staff actions that check it again are German pages; the server's own answer is worded by `edgeAnswer`. */
export const CROSS_SITE_MESSAGE = translate("de", "edge.crossSite");

export type OriginFacts = {
  method: string;
  /** Host header(s) the request was addressed to: Host, and X-Forwarded-Host behind a proxy. */
  hosts: Array<string | null | undefined>;
  origin: string | null | undefined;
  fetchSite: string | null | undefined;
};

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * Addresses that take cross-site POSTs by design: BundID's SAML answer is posted by the identity
 * provider's page (HTTP-POST binding). What makes it genuine is the signed, encrypted assertion
 * in answer to a request the portal issued, not where the browser came from (ADR 038).
 */
const CROSS_SITE_ENDPOINTS = new Set(["/anmelden/bundid/acs"]);

export function isCrossSiteEndpoint(path: string): boolean {
  return CROSS_SITE_ENDPOINTS.has(path);
}

export function isSameOriginRequest(facts: OriginFacts): boolean {
  if (SAFE_METHODS.has(facts.method.toUpperCase())) return true;
  if (facts.origin) {
    let originHost: string;
    try {
      originHost = new URL(facts.origin).host;
    } catch {
      return false; // "null" (sandboxed or privacy-stripped) and garbage are never our own pages
    }
    const allowed = new Set(facts.hosts.filter((h): h is string => !!h).map((h) => h.split(",")[0].trim().toLowerCase()));
    allowed.add(publicHost());
    return allowed.has(originHost.toLowerCase());
  }
  return !facts.fetchSite || facts.fetchSite === "same-origin" || facts.fetchSite === "none";
}

function publicHost(): string {
  try {
    return new URL(env().publicUrl).host.toLowerCase();
  } catch {
    return "";
  }
}

/** Throws a 403 response (rendered by the error boundary) for a cross-site state-changing request. */
export function assertSameOrigin(request: Request): void {
  const facts: OriginFacts = {
    method: request.method,
    hosts: [new URL(request.url).host, request.headers.get("X-Forwarded-Host"), request.headers.get("Host")],
    origin: request.headers.get("Origin"),
    fetchSite: request.headers.get("Sec-Fetch-Site"),
  };
  if (!isSameOriginRequest(facts)) throw new Response(CROSS_SITE_MESSAGE, { status: 403, headers: { "Cache-Control": "no-store" } });
}
