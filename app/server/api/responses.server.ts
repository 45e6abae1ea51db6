/**
 * JSON responses of the public API: one error shape, `{ error: { code, message } }`, the message
 * from the text catalogue in the request's language (Accept-Language, German by default).
 */
import type { ApiMessageKey } from "../../lib/i18n/api-texts";
import { translate } from "../../lib/i18n/translate";
import { refusalMessage, type Refusal } from "../outcome";
import { apiLanguage } from "../i18n/language.http.server";

export function apiJson(body: unknown, init: ResponseInit = {}): Response {
  const headers = new Headers(init.headers);
  headers.set("Content-Type", "application/json; charset=utf-8");
  headers.set("Cache-Control", headers.get("Cache-Control") ?? "no-store");
  return new Response(JSON.stringify(body), { ...init, headers });
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
