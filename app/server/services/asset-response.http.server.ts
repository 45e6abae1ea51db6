import type { FormAsset } from "./form-assets.server";

/** A form asset as an answer: cached for a year under its content hash, 304 when the browser has it. */
export function immutableAsset(request: Request, asset: FormAsset): Response {
  const headers: Record<string, string> = {
    "Content-Type": asset.contentType,
    "Cache-Control": "public, max-age=31536000, immutable",
    ETag: asset.etag,
    Vary: "Accept-Encoding",
  };
  if (request.headers.get("If-None-Match") === asset.etag) return new Response(null, { status: 304, headers });
  const { body, encoding } = asset.encodedFor(request);
  if (encoding) headers["Content-Encoding"] = encoding;
  return new Response(body as BodyInit, { headers });
}
