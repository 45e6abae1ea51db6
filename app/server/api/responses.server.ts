/**
 * JSON responses of the public API: one error shape, `{ error: { code, message } }`, the message
 * from the text catalogue in the request's language (Accept-Language, German by default).
 */
import type { ApiMessageKey } from "../../lib/i18n/api-texts";
import { translate } from "../../lib/i18n/translate";
import { refusalMessage, type Refusal } from "../outcome";
import { apiLanguage } from "../i18n/language.http.server";

const utf8 = new TextEncoder();

export function apiJson(body: unknown, init: ResponseInit = {}): Response {
  const bytes = utf8.encode(JSON.stringify(body));
  const headers = new Headers(init.headers);
  headers.set("Content-Type", "application/json; charset=utf-8");
  headers.set("Cache-Control", headers.get("Cache-Control") ?? "no-store");
  // With its length said, an answer goes out in one write; a chunked one takes a second write,
  // and a second wake-up of the client, for its end.
  headers.set("Content-Length", String(bytes.byteLength));
  return new Response(bytes, { ...init, headers });
}

export function apiError(status: number, code: string, message: string, extra: Record<string, unknown> = {}): Response {
  return apiJson({ error: { code, message, ...extra } }, { status });
}

/** An API message in the language the request asks for. */
export function apiText(request: Request, key: ApiMessageKey, values?: Record<string, string | number>): string {
  return translate(apiLanguage(request), key, values);
}

/** A domain refusal's sentence in the request's language (German where it has no catalogue key). */
export function apiRefusalText(request: Request, refusal: Pick<Refusal, "message" | "text">): string {
  return refusalMessage(refusal, apiLanguage(request));
}

export const notFound = (message: string) => apiError(404, "not_found", message);
