/**
 * The operator's legal pages and how a link names the operator (ADR 023): `?gemeinde=<slug>`
 * from a municipality's pages (the Datenschutz page then names that municipality's authorities),
 * `?betreiber=<key>` from staff pages, nothing for the portal-wide default. Shared by server and browser.
 */
export const LEGAL_PAGES = {
  impressum: "/impressum",
  datenschutz: "/datenschutz",
  barrierefreiheit: "/barrierefreiheit",
  leichteSprache: "/leichte-sprache",
  gebaerdensprache: "/gebaerdensprache",
} as const;

export const MUNICIPALITY_PARAM = "gemeinde";
export const OPERATOR_PARAM = "betreiber";

export type LegalScope = { municipalitySlug: string | null; operatorKey: string | null };

export function legalQuery(scope: LegalScope): string {
  if (scope.municipalitySlug) return `?${MUNICIPALITY_PARAM}=${encodeURIComponent(scope.municipalitySlug)}`;
  if (scope.operatorKey) return `?${OPERATOR_PARAM}=${encodeURIComponent(scope.operatorKey)}`;
  return "";
}

const STAFF_AREA = /^\/(verwaltung|redaktion)(\/|_|$)/;

export function isStaffPath(pathname: string): boolean {
  return STAFF_AREA.test(pathname);
}

/**
 * What decides the footer's operator on a page: the legal pages' parameters, else the first
 * path segment (a municipality's slug, or a staff area). The root loader runs again only when it changes.
 */
export function legalContextKey(url: URL): string {
  const municipality = url.searchParams.get(MUNICIPALITY_PARAM) ?? "";
  const operator = url.searchParams.get(OPERATOR_PARAM) ?? "";
  const first = url.pathname.split("/")[1] ?? "";
  return `${isStaffPath(url.pathname) ? "staff" : first}|${municipality}|${operator}`;
}
