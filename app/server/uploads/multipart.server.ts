/**
 * Streams a multipart/form-data request through busboy. File contents are kept in memory only
 * up to the limit of the field they belong to; beyond it the rest is read and thrown away (so
 * the browser gets its answer instead of a reset connection) and the file is marked too large.
 * Parts for names that are no file field of the step are discarded unread. The whole request
 * may not exceed `totalLimit` (UPLOAD_LIMIT_BYTES): then reading stops with PayloadTooLargeError.
 */
import { Readable } from "node:stream";
import type { ReadableStream as NodeReadableStream } from "node:stream/web";
import busboy from "busboy";

export interface UploadedFile {
  name: string;
  filename: string;
  declaredType: string;
  /** The bytes, when not too large. */
  bytes: Uint8Array;
  size: number;
  tooLarge: boolean;
}

export interface ParsedBody {
  fields: Array<[string, string]>;
  files: UploadedFile[];
}

export class PayloadTooLargeError extends Error {
  constructor(readonly limit: number) {
    super(`request body exceeds ${limit} bytes`);
    this.name = "PayloadTooLargeError";
  }
}

export class MalformedBodyError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "MalformedBodyError";
  }
}

export interface MultipartLimits {
  /** Byte limit for a file posted under `name`; null: not a file field, discard. */
  fileLimit(name: string): number | null;
  totalLimit: number;
}

const FIELD_LIMITS = { fieldNameSize: 300, fieldSize: 64 * 1024, fields: 2000, files: 60, parts: 2100 };

export function isMultipart(request: Request): boolean {
  return (request.headers.get("Content-Type") ?? "").toLowerCase().startsWith("multipart/form-data");
}

export async function parseMultipart(request: Request, limits: MultipartLimits): Promise<ParsedBody> {
  const contentType = request.headers.get("Content-Type") ?? "";
  if (!request.body) return { fields: [], files: [] };
  let parser: busboy.Busboy;
  try {
    parser = busboy({ headers: { "content-type": contentType }, limits: FIELD_LIMITS, defParamCharset: "utf8" });
  } catch {
    throw new MalformedBodyError("not a multipart body");
  }
  const source = Readable.fromWeb(request.body as unknown as NodeReadableStream<Uint8Array>);
  const body: ParsedBody = { fields: [], files: [] };
  let total = 0;

  return new Promise<ParsedBody>((resolve, reject) => {
    let settled = false;
    const fail = (error: Error) => {
      if (settled) return;
      settled = true;
      source.unpipe(parser);
      // Beyond the limit the connection goes; a broken body is read to its end so the answer
      // still reaches the browser (destroying the stream would close the socket unanswered).
      if (error instanceof PayloadTooLargeError) source.destroy();
      else source.resume();
      reject(error);
    };
    const count = (bytes: number) => {
      total += bytes;
      if (total > limits.totalLimit) fail(new PayloadTooLargeError(limits.totalLimit));
    };

    parser.on("field", (name, value) => {
      count(Buffer.byteLength(value));
      body.fields.push([name, value]);
    });
    parser.on("file", (name, stream, info) => {
      const limit = limits.fileLimit(name);
      const chunks: Buffer[] = [];
      let size = 0;
      let tooLarge = false;
      stream.on("data", (chunk: Buffer) => {
        count(chunk.length);
        size += chunk.length;
        if (limit === null || tooLarge) return;
        if (size > limit) {
          tooLarge = true;
          chunks.length = 0; // what was kept is dropped at once: never more than the limit in memory
          return;
        }
        chunks.push(chunk);
      });
      stream.on("end", () => {
        // No file chosen: browsers still send the part, with an empty name and no bytes.
        if (limit === null || (info.filename === "" && size === 0) || info.filename === undefined) return;
        const bytes = tooLarge ? new Uint8Array(0) : new Uint8Array(Buffer.concat(chunks));
        body.files.push({ name, filename: info.filename, declaredType: info.mimeType, bytes, size, tooLarge });
      });
    });
    parser.on("error", (error: unknown) => fail(new MalformedBodyError(error instanceof Error ? error.message : "malformed body")));
    parser.on("close", () => {
      if (settled) return;
      settled = true;
      resolve(body);
    });
    source.on("error", (error) => fail(error instanceof Error ? error : new Error(String(error))));
    source.pipe(parser);
  });
}
