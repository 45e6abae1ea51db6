import type { HeadersFunction } from "@remix-run/node";

/** Staff pages hold personal data: no browser or proxy may keep a copy (back button after logout). */
export const NO_STORE = { "Cache-Control": "no-store" } as const;

/**
 * The document headers of a staff route: what its loader or action set (e.g. Retry-After on a
 * rate-limited login) plus no-store, which nothing may override.
 */
export const noStoreHeaders: HeadersFunction = ({ loaderHeaders, actionHeaders, errorHeaders }) => {
  const headers = new Headers();
  for (const source of [loaderHeaders, actionHeaders, errorHeaders]) {
    source?.forEach((value, name) => {
      if (name.toLowerCase() !== "set-cookie") headers.set(name, value);
    });
  }
  headers.set("Cache-Control", "no-store");
  return headers;
};
