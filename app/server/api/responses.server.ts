/** JSON responses of the public API: one error shape, `{ error: { code, message } }`, with a German message. */

export function apiJson(body: unknown, init: ResponseInit = {}): Response {
  const headers = new Headers(init.headers);
  headers.set("Content-Type", "application/json; charset=utf-8");
  headers.set("Cache-Control", headers.get("Cache-Control") ?? "no-store");
  return new Response(JSON.stringify(body), { ...init, headers });
}

export function apiError(status: number, code: string, message: string, extra: Record<string, unknown> = {}): Response {
  return apiJson({ error: { code, message, ...extra } }, { status });
}

export const notFound = (message = "Nicht gefunden.") => apiError(404, "not_found", message);
