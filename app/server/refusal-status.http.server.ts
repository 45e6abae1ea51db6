import type { Refusal, RefusalKind } from "./outcome";

/** The HTTP status of each kind of refusal: the one place where a domain's "no" becomes a number. */
export const REFUSAL_STATUS = {
  malformed: 400,
  unauthorized: 401,
  forbidden: 403,
  "not-found": 404,
  conflict: 409,
  gone: 410,
  "too-large": 413,
  "unsupported-type": 415,
  invalid: 422,
  "rate-limited": 429,
} as const satisfies Record<RefusalKind, number>;

export type RefusalStatus = (typeof REFUSAL_STATUS)[RefusalKind];

export const refusalStatus = (refusal: Pick<Refusal, "kind">): RefusalStatus => REFUSAL_STATUS[refusal.kind];
