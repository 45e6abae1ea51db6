/**
 * The one reader of page form posts. A body that is not a form (no or another content type,
 * multipart without a boundary) is answered 415, one that does not parse 400, and a value
 * holding text the database cannot store 422, each as a thrown response the error page shows
 * in German, before any action changes anything.
 */
import { hasUnstorableText, UNSTORABLE_TEXT_MESSAGE } from "../engine/unstorable-text";

export type FormKind = "urlencoded" | "multipart";

const NO_STORE = { "Cache-Control": "no-store", "Content-Type": "text/plain; charset=utf-8" };

function refuse(status: number, message: string): Response {
  return new Response(message, { status, headers: NO_STORE });
}

/** Which kind of form the request carries; throws 415 when it carries none. */
export function requireFormContentType(request: Request): FormKind {
  const contentType = (request.headers.get("Content-Type") ?? "").toLowerCase();
  const mediaType = contentType.split(";")[0].trim();
  if (mediaType === "application/x-www-form-urlencoded") return "urlencoded";
  if (mediaType === "multipart/form-data" && /;\s*boundary=("[^"]+"|[^";\s]+)/.test(contentType)) return "multipart";
  throw refuse(
    415,
    "Das Formular kam in einer unbekannten Form an (erwartet wird ein Formular, kein JSON oder Text). Bitte öffnen Sie die Seite erneut und senden Sie das Formular noch einmal.",
  );
}

/** Throws 422 when a field's name or text cannot be stored. */
export function refuseUnstorableFields(fields: Iterable<[string, string]>): void {
  for (const [name, value] of fields) {
    if (hasUnstorableText(name) || hasUnstorableText(value)) throw refuse(422, UNSTORABLE_TEXT_MESSAGE);
  }
}

/** The posted form of a page action; files in it keep their name checked, their bytes untouched. */
export async function readPageForm(request: Request): Promise<FormData> {
  requireFormContentType(request);
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    throw refuse(
      400,
      "Das Formular kam unvollständig oder beschädigt an. Bitte öffnen Sie die Seite erneut und senden Sie es noch einmal.",
    );
  }
  refuseUnstorableFields(
    [...form.entries()].map(([name, value]): [string, string] => [name, typeof value === "string" ? value : value.name]),
  );
  return form;
}
