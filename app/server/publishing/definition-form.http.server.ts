/**
 * Reads an editor's form post: a definition from an uploaded file or from the text area, plus
 * the plain fields. The body is counted as it arrives; beyond the limit the rest is read and
 * discarded (so the browser gets the answer page instead of a reset connection) and the post is
 * refused with 413. The HTTP server bounds what there is to discard (UPLOAD_LIMIT_BYTES).
 */
import { MAX_DEFINITION_BYTES } from "../../engine/definition-check.server";
import { hasUnstorableText, jsonTextHasUnstorableText } from "../../engine/unstorable-text";
import { env } from "../env.server";
import { exceedsDepth, MAX_JSON_DEPTH } from "../api/json-limits";
import { formKind } from "../form-body.http.server";
import { refuse, text as catalogued, type Refusal } from "../outcome";
import { TOO_LARGE_TEXT } from "./version-drafts.server";

/** A file and a text area of the largest definition each, plus the small fields and multipart framing. */
export const EDITOR_POST_LIMIT = 2 * MAX_DEFINITION_BYTES + 64 * 1024;

export type DefinitionPost =
  { ok: true; fields: Map<string, string>; text: string; source: "file" | "textarea" } | Refusal<{ fields: Map<string, string> }>;

async function readLimited(request: Request, limit: number): Promise<Uint8Array<ArrayBuffer> | null> {
  const reader = request.body?.getReader();
  if (!reader) return new Uint8Array(0);
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size <= limit) chunks.push(value);
    // A chunked body has no Content-Length for the server to check: discarding stops somewhere.
    else if (size > env().uploadLimitBytes) {
      await reader.cancel();
      break;
    }
  }
  if (size > limit) return null;
  const body = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return body;
}

/** A definition text that cannot even be checked or stored: nested too deep, or holding unstorable text. */
export function definitionTextRefusal(text: string): Refusal | null {
  if (exceedsDepth(text)) {
    return refuse("malformed", "too_deeply_nested", catalogued("refusal.definitionTooDeep", { depth: MAX_JSON_DEPTH }));
  }
  return jsonTextHasUnstorableText(text) ? refuse("invalid", "unstorable_text", catalogued("refusal.unstorableText")) : null;
}

export async function readDefinitionPost(request: Request, limit = EDITOR_POST_LIMIT): Promise<DefinitionPost> {
  if (!formKind(request))
    return refuse("unsupported-type", "unsupported_media_type", catalogued("refusal.notAForm"), { fields: new Map() });
  const bytes = await readLimited(request, limit);
  if (!bytes) return refuse("too-large", "definition_too_large", TOO_LARGE_TEXT, { fields: new Map() });
  let form: FormData;
  try {
    form = await new Request(request.url, {
      method: "POST",
      headers: { "Content-Type": request.headers.get("Content-Type") ?? "" },
      body: bytes,
    }).formData();
  } catch {
    return refuse("malformed", "incomplete_form", catalogued("refusal.incompleteForm"), { fields: new Map() });
  }
  const fields = new Map<string, string>();
  for (const [name, value] of form.entries()) if (typeof value === "string" && name !== "definition") fields.set(name, value);
  if ([...fields].some(([name, value]) => hasUnstorableText(name) || hasUnstorableText(value))) {
    return refuse("invalid", "unstorable_text", catalogued("refusal.unstorableText"), { fields: new Map() });
  }
  const upload = form.get("datei");
  if (upload && typeof upload !== "string" && upload.size > 0) {
    if (upload.size > MAX_DEFINITION_BYTES) return refuse("too-large", "definition_too_large", TOO_LARGE_TEXT, { fields });
    try {
      const text = new TextDecoder("utf-8", { fatal: true }).decode(await upload.arrayBuffer());
      const refusal = definitionTextRefusal(text);
      if (refusal) return { ...refusal, fields };
      return { ok: true, fields, text: text.replace(/^\uFEFF/, ""), source: "file" };
    } catch {
      return refuse("malformed", "invalid_encoding", catalogued("refusal.definitionFileNotUtf8"), { fields });
    }
  }
  const text = form.get("definition");
  const refusal = typeof text === "string" ? definitionTextRefusal(text) : null;
  if (refusal) return { ...refusal, fields };
  // Browsers send text area line breaks as CRLF; the stored text keeps the editor's lines as LF.
  return { ok: true, fields, text: typeof text === "string" ? text.replace(/\r\n/g, "\n") : "", source: "textarea" };
}
