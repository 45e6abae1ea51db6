import { env } from "../env.server";
import { apiLanguage } from "../i18n/language.server";
import { parseJsonWithinLimits } from "./json-limits";
import { apiError, apiJson, apiText } from "./responses.server";

export type JsonBody = { ok: true; value: unknown } | { ok: false; response: Response };

type Refusal = { ok: false; response: Response };

/**
 * Reads a JSON-typed request body with a size limit that also holds for chunked bodies (the
 * server checks Content-Length before Remix; this counts what actually arrives).
 */
export async function readJsonBytes(
  request: Request,
  limit: number,
  messages: { wrongType: string; empty: string; tooLarge: string },
): Promise<{ ok: true; bytes: Buffer } | Refusal> {
  if (!/^application\/([a-z.+-]*\+)?json\b/i.test(request.headers.get("content-type") ?? "")) {
    return { ok: false, response: apiError(415, "unsupported_media_type", messages.wrongType) };
  }
  const reader = request.body?.getReader();
  if (!reader) return { ok: false, response: apiError(400, "empty_body", messages.empty) };
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      return { ok: false, response: apiError(413, "payload_too_large", messages.tooLarge) };
    }
    chunks.push(value);
  }
  return { ok: true, bytes: Buffer.concat(chunks) };
}

/** A JSON request body, parsed. */
export async function readJsonBody(request: Request, limit = env().bodyLimitBytes): Promise<JsonBody> {
  const body = await readJsonBytes(request, limit, {
    wrongType: apiText(request, "api.notJson"),
    empty: apiText(request, "api.emptyBody"),
    tooLarge: apiText(request, "api.bodyTooLarge", { kilobytes: Math.floor(limit / 1024) }),
  });
  if (!body.ok) return body;
  const text = new TextDecoder("utf-8", { fatal: false }).decode(body.bytes);
  try {
    const parsed = parseJsonWithinLimits(text, apiLanguage(request));
    if (parsed.ok) return parsed;
    const { pointer, message } = parsed.problem;
    return {
      ok: false,
      response: apiJson({ error: { code: "unsupported_json", message }, errors: [{ pointer, message }] }, { status: 422 }),
    };
  } catch (error) {
    const detail = error instanceof SyntaxError ? ` (${error.message.slice(0, 120)})` : "";
    return { ok: false, response: apiError(400, "malformed_json", apiText(request, "api.malformedJson", { detail })) };
  }
}
