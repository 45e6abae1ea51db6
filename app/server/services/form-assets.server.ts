/**
 * Responses for a published form version's browser assets: immutable (a version never
 * changes), so browsers and proxies keep them for a year and revalidate with the ETag.
 * Assets are compressed once (Brotli 11, gzip 9) in libuv's thread pool, off the event loop, from
 * when the version is first served; until then the HTTP server compresses on the fly. Zopfli,
 * which the build uses for its files, would shave a few per cent off the gzip form, which only
 * browsers without Brotli take, at ~400 ms of the event loop for a validator module.
 */
import { promisify } from "node:util";
import { brotliCompress, constants, gzip } from "node:zlib";

const compressBrotli = promisify(brotliCompress);
const compressGzip = promisify(gzip);

export class FormAsset {
  /** Each encoding as soon as it is made. */
  private encoded: { br?: Uint8Array; gzip?: Uint8Array } = {};
  private encoding: Promise<void> | null = null;

  constructor(
    readonly body: string,
    readonly contentType: string,
    readonly etag: string,
  ) {}

  /** Compresses, once: a request that comes after this settles finds the small encodings. */
  prepare(): Promise<void> {
    this.encoding ??= this.encode().catch(() => {
      // Served uncompressed by this class (and compressed on the fly) until the next try.
      this.encoding = null;
    });
    return this.encoding;
  }

  /**
   * The body in the best encoding the request accepts, once it is made; until then as it is, for
   * the HTTP server to compress on the fly (Brotli for a browser that takes it, which is still
   * smaller than gzip at its best).
   */
  encodedFor(request: Request): { body: string | Uint8Array; encoding: "br" | "gzip" | null } {
    void this.prepare();
    const accepted = acceptedEncodings(request);
    if (accepted.has("br")) return this.encoded.br ? { body: this.encoded.br, encoding: "br" } : { body: this.body, encoding: null };
    if (this.encoded.gzip && accepted.has("gzip")) return { body: this.encoded.gzip, encoding: "gzip" };
    return { body: this.body, encoding: null };
  }

  private async encode(): Promise<void> {
    const bytes = Buffer.from(this.body);
    await Promise.all([
      compressBrotli(bytes, {
        params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.byteLength },
      }).then((br) => (this.encoded.br = br)),
      compressGzip(bytes, { level: constants.Z_BEST_COMPRESSION }).then((gzipped) => (this.encoded.gzip = gzipped)),
    ]);
  }
}

/** Content codings the request accepts (q > 0). */
function acceptedEncodings(request: Request): Set<string> {
  const accepted = new Set<string>();
  for (const part of (request.headers.get("Accept-Encoding") ?? "").split(",")) {
    const [coding, ...parameters] = part.trim().toLowerCase().split(";");
    const q = parameters.map((p) => p.trim()).find((p) => p.startsWith("q="));
    if (coding && (!q || Number(q.slice(2)) > 0)) accepted.add(coding);
  }
  return accepted;
}
