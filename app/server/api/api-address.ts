/**
 * Whether an address is the API's: `/api` and everything under `/api/`. The API answers there in
 * JSON, worded by its own language rule, and has a Remix request handler of its own (ADR 040).
 */
export function isApiPath(pathname: string): boolean {
  return pathname === "/api" || pathname.startsWith("/api/");
}
