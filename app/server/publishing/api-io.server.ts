/**
 * Request and response plumbing of the editorial API: the definition is the request body itself
 * (read as text, so problems get line numbers), refusals carry every problem by pointer and line.
 */
import { MAX_DEFINITION_BYTES } from "../../engine/definition-check.server";
import { readJsonBytes } from "../api/json-body.server";
import { apiError, apiJson, apiText } from "../api/responses.server";
import { definitionTextRefusal } from "./definition-form.server";
import type { PublishingFailure } from "./outcome";
import { TOO_LARGE_MESSAGE } from "./version-drafts.server";

export function failureResponse(failure: PublishingFailure): Response {
  const body: Record<string, unknown> = { error: { code: failure.code, message: failure.message } };
  if (failure.problems) {
    body.errors = failure.problems.map(({ pointer, message, line, column }) => ({
      pointer,
      message,
      ...(line !== undefined ? { line, column } : {}),
    }));
  }
  return apiJson(body, { status: failure.status });
}

export async function readDefinitionBody(request: Request): Promise<{ ok: true; text: string } | { ok: false; response: Response }> {
  const body = await readJsonBytes(request, MAX_DEFINITION_BYTES, {
    wrongType: apiText(request, "api.definitionNotJson"),
    empty: apiText(request, "api.definitionEmpty"),
    tooLarge: TOO_LARGE_MESSAGE,
  });
  if (!body.ok) return body;
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(body.bytes).replace(/^\uFEFF/, "");
  } catch {
    return { ok: false, response: apiError(400, "invalid_encoding", apiText(request, "api.definitionNotUtf8")) };
  }
  const refusal = definitionTextRefusal(text);
  if (refusal)
    return {
      ok: false,
      response: apiError(refusal.status, refusal.status === 400 ? "too_deeply_nested" : "unstorable_text", refusal.message),
    };
  return { ok: true, text };
}
