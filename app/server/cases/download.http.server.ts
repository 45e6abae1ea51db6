import { attachmentDisposition } from "./content-disposition";

const MEDIA_TYPE = /^[a-z]+\/[a-z0-9][a-z0-9.+-]{0,100}(; ?charset=[a-z0-9-]{1,20})?$/;

/**
 * A file download for staff: always `attachment` (never rendered inline in the portal's origin),
 * the stored media type when it is well-formed, never cached. `X-Content-Type-Options: nosniff`
 * comes with every response of server/index.js (setting it here too would send it twice).
 */
export function downloadResponse(file: { name: string; mediaType: string; content: Uint8Array | string }): Response {
  const mediaType = file.mediaType.toLowerCase();
  const body = typeof file.content === "string" ? new TextEncoder().encode(file.content) : file.content;
  // TS 5.9 types bytes over a SharedArrayBuffer-capable buffer; ours is a plain ArrayBuffer.
  return new Response(body as Uint8Array<ArrayBuffer>, {
    status: 200,
    headers: {
      "Content-Type": MEDIA_TYPE.test(mediaType) ? mediaType : "application/octet-stream",
      "Content-Length": String(body.byteLength),
      "Content-Disposition": attachmentDisposition(file.name),
      "Cache-Control": "no-store",
    },
  });
}
