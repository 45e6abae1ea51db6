/** A stored PDF as a download: exact bytes, private, never sniffed as something else. */
export function pdfResponse(bytes: Uint8Array, filename: string): Response {
  const ascii = filename.replace(/[^A-Za-z0-9._-]/g, "_");
  return new Response(bytes as unknown as BodyInit, {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Length": String(bytes.byteLength),
      "Content-Disposition": `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(filename)}`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
