/**
 * The one way a domain rule says no: a kind (what went wrong, in the domain's words), a stable
 * code, a German sentence a person can act on, and what the domain knows beyond that (the field,
 * every problem by pointer). Domain modules return it or throw it as `Refused`; which HTTP status
 * a kind becomes is decided once, in `refusal-status.http.server.ts` (docs/decisions/025-one-way-to-handle-a-request.md).
 */

export type RefusalKind =
  /** The request itself is broken (not a number, not a text, an unknown action). */
  | "malformed"
  /** Who asks could not be recognised (a failed login). */
  | "unauthorized"
  | "forbidden"
  | "not-found"
  /** The thing changed or exists already: a stale revision, a taken id, an earlier publication. */
  | "conflict"
  /** The thing existed and is gone for good (a retired service). */
  | "gone"
  | "too-large"
  /** A body of a type this address does not read (a definition sent as anything but a form or JSON). */
  | "unsupported-type"
  /** Well-formed, but against a rule: the answers, a definition, a choice. */
  | "invalid"
  /** Too many attempts; `retryAfterSeconds` says when to try again. */
  | "rate-limited";

/** `Detail` is what one domain adds: a field, definition problems, form data errors. */
export type Refusal<Detail extends object = object> = { ok: false; kind: RefusalKind; code: string; message: string } & Detail;

export function refuse<Detail extends object = object>(kind: RefusalKind, code: string, message: string, detail?: Detail): Refusal<Detail> {
  return { ok: false, kind, code, message, ...(detail as Detail) };
}

/** Thrown inside a transaction to roll it back; the caller catches it and returns `refusal`. */
export class Refused<Detail extends object = object> extends Error {
  constructor(readonly refusal: Refusal<Detail>) {
    super(refusal.code);
  }
}
