/**
 * Reads the FIM upload (multipart: `schema`, any number of `codelisten`, optional `id` and
 * `level`) for the editorial page and the API, with the project's streaming multipart reader and
 * its limits: each XML file up to 10 MB, the whole request up to UPLOAD_LIMIT_BYTES.
 */
import { MAX_XML_BYTES } from "../fim/xml-tree";
import { env } from "../env.server";
import { refuse, type Refusal } from "../outcome";
import { isMultipart, MalformedBodyError, parseMultipart, PayloadTooLargeError } from "../uploads/multipart.server";
import type { FimDraftInput } from "./fim-draft.server";

const FILE_FIELDS = new Set(["schema", "codelisten"]);
const MAX_CODE_LISTS = 50;

export type FimUpload = { ok: true; input: FimDraftInput } | Refusal<{ problems?: Array<{ pointer: string; message: string }> }>;

/** A refusal of the upload's content, listed like a definition problem (the API's 422 shape). */
const invalid = (code: string, message: string) => refuse("invalid", code, message, { problems: [{ pointer: "", message }] });

export async function readFimUpload(request: Request): Promise<FimUpload> {
  if (!isMultipart(request)) {
    return refuse(
      "unsupported-type",
      "unsupported_media_type",
      "Bitte als multipart/form-data senden (Datei „schema“, optional „codelisten“).",
    );
  }
  let body: Awaited<ReturnType<typeof parseMultipart>>;
  try {
    body = await parseMultipart(request, {
      fileLimit: (name) => (FILE_FIELDS.has(name) ? MAX_XML_BYTES : null),
      totalLimit: env().uploadLimitBytes,
    });
  } catch (error) {
    if (error instanceof PayloadTooLargeError) return refuse("too-large", "payload_too_large", "Die Anfrage ist zu groß.");
    if (error instanceof MalformedBodyError)
      return refuse("malformed", "malformed_body", "Der Inhalt der Anfrage ist unvollständig oder fehlerhaft.");
    throw error;
  }
  const tooLarge = body.files.find((f) => f.tooLarge);
  if (tooLarge) return refuse("too-large", "file_too_large", `Die Datei „${tooLarge.filename}“ ist größer als 10 MB.`);
  const schemas = body.files.filter((f) => f.name === "schema");
  if (schemas.length !== 1) {
    return invalid("schema_missing", "Bitte genau eine Datei mit dem FIM-Stammdatenschema (XDatenfelder 2 oder 3) auswählen.");
  }
  const codeLists = body.files.filter((f) => f.name === "codelisten");
  if (codeLists.length > MAX_CODE_LISTS) return invalid("too_many_code_lists", `Höchstens ${MAX_CODE_LISTS} Code-Listen je Import.`);
  const field = (name: string) => body.fields.find(([n]) => n === name)?.[1]?.trim() || undefined;
  const id = field("id");
  if (id !== undefined && !/^[a-z][a-z0-9-]{2,62}$/.test(id)) {
    return invalid(
      "invalid_id",
      `Die Kennung „${id.slice(0, 80)}“ ist ungültig: Kleinbuchstaben, Ziffern und „-“, 3 bis 63 Zeichen, Beginn mit einem Buchstaben.`,
    );
  }
  const level = field("level");
  if (level !== undefined && level !== "gemeinde" && level !== "kreis") {
    return invalid("invalid_level", "Die Ebene muss „gemeinde“ oder „kreis“ sein.");
  }
  const file = (f: (typeof body.files)[number]) => ({ name: f.filename || f.name, bytes: f.bytes });
  return { ok: true, input: { schema: file(schemas[0]!), codeLists: codeLists.map(file), id, level } };
}
