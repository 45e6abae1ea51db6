import type { HeadersFunction } from "@remix-run/node";

/** Staff pages hold personal data: no browser or proxy may keep a copy (back button after logout). */
export const NO_STORE = { "Cache-Control": "no-store" } as const;

export const noStoreHeaders: HeadersFunction = () => NO_STORE;
