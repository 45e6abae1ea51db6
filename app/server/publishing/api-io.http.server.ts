/**
 * Request and response plumbing of the editorial API: the definition is the request body itself
 * (read as text, so problems get line numbers), refusals carry every problem by pointer and line.
 */
import { MAX_DEFINITION_BYTES } from "../../engine/definition-check.server";
import { readJsonBytes } from "../api/json-body.server";
import { apiError, apiJson, apiRefusalText, apiText } from "../api/responses.server";
import { definitionTextRefusal } from "./definition-form.http.server";
import { refusalStatus } from "../refusal-status.http.server";
import type { DefinitionRefusal } from "./draft-rules";
import { worded } from "../outcome";
import { TOO_LARGE_TEXT } from "./version-drafts.server";

export function failureResponse(request: Request, failure: DefinitionRefusal): Response {
  const body: Record<string, unknown> = { error: { code: failure.code, message: apiRefusalText(request, failure) } };
  if (failure.problems) {
    body.errors = failure.problems.map(({ pointer, line, column, ...problem }) => ({
      pointer,
      message: apiRefusalText(request, problem),
      ...(line !== undefined ? { line, column } : {}),
    }));
  }
  return apiJson(body, { status: refusalStatus(failure) });
}

export async function readDefinitionBody(request: Request): Promise<{ ok: true; text: string } | { ok: false; response: Response }> {
  const body = await readJsonBytes(request, MAX_DEFINITION_BYTES, {
    wrongType: apiText(request, "api.definitionNotJson"),
    empty: apiText(request, "api.definitionEmpty"),
    tooLarge: apiRefusalText(request, worded(TOO_LARGE_TEXT)),
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
      response: apiError(refusalStatus(refusal), refusal.code, apiRefusalText(request, refusal)),
    };
  return { ok: true, text };
}
