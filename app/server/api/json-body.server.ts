import { UNSTORABLE_TEXT_MESSAGE, unstorableTextPointer } from "../../engine/unstorable-text";
import { env } from "../env.server";
import { apiError, apiJson } from "./responses.server";

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
    wrongType: "Bitte senden Sie den Inhalt als JSON (Content-Type: application/json).",
    empty: "Die Anfrage enthält keinen Inhalt.",
    tooLarge: `Die Anfrage ist zu groß. Erlaubt sind höchstens ${Math.floor(limit / 1024)} KB.`,
  });
  if (!body.ok) return body;
  const text = new TextDecoder("utf-8", { fatal: false }).decode(body.bytes);
  if (jsonNestingDepth(text) > MAX_JSON_DEPTH) {
    return { ok: false, response: apiError(400, "too_deeply_nested", `Der Inhalt ist zu tief verschachtelt (höchstens ${MAX_JSON_DEPTH} Ebenen).`) };
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof SyntaxError ? ` (${error.message.slice(0, 120)})` : "";
    return { ok: false, response: apiError(400, "malformed_json", `Der Inhalt ist kein gültiges JSON${detail}.`) };
  }
  const unstorable = unstorableTextPointer(value);
  if (unstorable !== null) {
    return {
      ok: false,
      response: apiJson({ error: { code: "unstorable_text", message: UNSTORABLE_TEXT_MESSAGE }, errors: [{ pointer: unstorable, message: UNSTORABLE_TEXT_MESSAGE }] }, { status: 422 }),
    };
  }
  return { ok: true, value };
}

/**
 * No document of the API nests deeper than a form definition does; far deeper input would
 * exhaust the stack of every recursive walk after parsing (schema validation, storage).
 */
export const MAX_JSON_DEPTH = 64;

/** The deepest nesting of arrays and objects in a JSON text, counted before parsing it. */
export function jsonNestingDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) deepest = Math.max(deepest, ++depth);
    else if (c === 0x5d || c === 0x7d) depth--;
  }
  return deepest;
}

export function methodNotAllowed(allowed: string[]): Response {
  const response = apiError(405, "method_not_allowed", `Erlaubt ist hier nur ${allowed.join(", ")}.`);
  response.headers.set("Allow", allowed.join(", "));
  return response;
}
