/**
 * The one reader of page form posts. A body that is not a form (no or another content type,
 * multipart without a boundary) is answered 415, one that does not parse 400, and a value
 * holding text the database cannot store 422, each as a thrown response the error page shows
 * in the page's language, before any action changes anything.
 */
import { hasUnstorableText } from "../engine/unstorable-text";
import type { RefusalTextKey } from "../lib/i18n/refusal-texts";
import { translate } from "../lib/i18n/translate";
import { requestLanguage } from "./i18n/language.http.server";

export type FormKind = "urlencoded" | "multipart";

const NO_STORE = { "Cache-Control": "no-store", "Content-Type": "text/plain; charset=utf-8" };

function refuse(request: Request, status: number, key: RefusalTextKey): Response {
  return new Response(translate(requestLanguage(request), key), { status, headers: NO_STORE });
}

/** Which kind of form the request carries, or null when it carries none. */
export function formKind(request: Request): FormKind | null {
  const contentType = (request.headers.get("Content-Type") ?? "").toLowerCase();
  const mediaType = contentType.split(";")[0].trim();
  if (mediaType === "application/x-www-form-urlencoded") return "urlencoded";
  if (mediaType === "multipart/form-data" && /;\s*boundary=("[^"]+"|[^";\s]+)/.test(contentType)) return "multipart";
  return null;
}

/** Which kind of form the request carries; throws 415 when it carries none. */
export function requireFormContentType(request: Request): FormKind {
  const kind = formKind(request);
  if (!kind) throw refuse(request, 415, "refusal.notAForm");
  return kind;
}

/** Throws 422 when a field's name or text cannot be stored. */
export function refuseUnstorableFields(request: Request, fields: Iterable<[string, string]>): void {
  for (const [name, value] of fields) {
    if (hasUnstorableText(name) || hasUnstorableText(value)) throw refuse(request, 422, "refusal.unstorableText");
  }
}

/** The posted form of a page action; files in it keep their name checked, their bytes untouched. */
export async function readPageForm(request: Request): Promise<FormData> {
  requireFormContentType(request);
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    throw refuse(request, 400, "refusal.formDamaged");
  }
  refuseUnstorableFields(
    request,
    [...form.entries()].map(([name, value]): [string, string] => [name, typeof value === "string" ? value : value.name]),
  );
  return form;
}
