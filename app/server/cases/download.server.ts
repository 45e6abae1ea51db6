import { attachmentDisposition } from "./content-disposition";

const MEDIA_TYPE = /^[a-z]+\/[a-z0-9][a-z0-9.+-]{0,100}$/;

/**
 * A file download for staff: always `attachment` (never rendered inline in the portal's origin),
 * the stored media type when it is well-formed, no sniffing, never cached.
 */
export function downloadResponse(file: { name: string; mediaType: string; content: Uint8Array | string }): Response {
  const mediaType = file.mediaType.toLowerCase();
  const body = typeof file.content === "string" ? new TextEncoder().encode(file.content) : file.content;
  return new Response(body, {
    status: 200,
    headers: {
      "Content-Type": MEDIA_TYPE.test(mediaType) ? mediaType : "application/octet-stream",
      "Content-Length": String(body.byteLength),
      "Content-Disposition": attachmentDisposition(file.name),
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "no-store",
    },
  });
}
