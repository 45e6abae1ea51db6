/**
 * Responses for a published form version's browser assets: immutable (a version never
 * changes), so browsers and proxies keep them for a year and revalidate with the ETag.
 */
export function immutableAsset(request: Request, body: string, contentType: string, etag: string): Response {
  const headers = {
    "Content-Type": contentType,
    "Cache-Control": "public, max-age=31536000, immutable",
    ETag: etag,
  };
  if (request.headers.get("If-None-Match") === etag) return new Response(null, { status: 304, headers });
  return new Response(body, { headers });
}
