/**
 * The one way a domain rule says no: a kind (what went wrong, in the domain's words), a stable
 * code, a German sentence a person can act on, and what the domain knows beyond that (the field,
 * every problem by pointer). Domain modules return it or throw it as `Refused`; which HTTP status
 * a kind becomes is decided once, in `refusal-status.http.server.ts` (docs/decisions/025-one-way-to-handle-a-request.md).
 * A sentence from the catalogue (`text(key, values)`) also travels as key and values, so the API can
 * answer in the language the request asks for (docs/decisions/026-language-of-error-pages-and-api-messages.md).
 */
import type { RefusalTextKey } from "../lib/i18n/refusal-texts";
import { translate, type Lang, type TextValues } from "../lib/i18n/translate";

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

/** A catalogue sentence not yet put into a language; its values are worded in that language too (labels, lists, counts). */
export type RefusalText = { key: RefusalTextKey; values?: TextValues };

export const text = (key: RefusalTextKey, values?: TextValues): RefusalText => (values ? { key, values } : { key });

/** `Detail` is what one domain adds: a field, definition problems, form data errors. */
export type Refusal<Detail extends object = object> = {
  ok: false;
  kind: RefusalKind;
  code: string;
  /** Always German: pages and logs read it as it is. */
  message: string;
  /** Present when the message comes from the catalogue. */
  text?: RefusalText;
} & Detail;

export function refuse<Detail extends object = object>(
  kind: RefusalKind,
  code: string,
  message: string | RefusalText,
  detail?: Detail,
): Refusal<Detail> {
  return { ok: false, kind, code, ...(typeof message === "string" ? { message } : worded(message)), ...(detail as Detail) };
}

/** The `message` and `text` of a refusal written out as an object literal. */
export const worded = (text: RefusalText): { message: string; text: RefusalText } => ({
  message: translate("de", text.key, text.values),
  text,
});

/** The refusal's sentence in `lang`: from the catalogue when it has a key, else the German message. */
export function refusalMessage(refusal: Pick<Refusal, "message" | "text">, lang: Lang): string {
  return refusal.text ? translate(lang, refusal.text.key, refusal.text.values) : refusal.message;
}

/** Thrown inside a transaction to roll it back; the caller catches it and returns `refusal`. */
export class Refused<Detail extends object = object> extends Error {
  constructor(readonly refusal: Refusal<Detail>) {
    super(refusal.code);
  }
}
