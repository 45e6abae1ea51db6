import { describe, expect, it } from "vitest";
import { parseMultipart, PayloadTooLargeError } from "~/server/uploads/multipart.server";

function multipartRequest(
  parts: Array<{ name: string; value?: string; file?: { filename: string; type: string; bytes: Uint8Array } }>,
): Request {
  const form = new FormData();
  for (const part of parts) {
    if (part.file) form.append(part.name, new Blob([new Uint8Array(part.file.bytes)], { type: part.file.type }), part.file.filename);
    else form.append(part.name, part.value ?? "");
  }
  return new Request("http://localhost/upload", { method: "POST", body: form });
}

const limits = (fileLimit: number, totalLimit = 50_000_000) => ({
  fileLimit: (name: string) => (name === "/nachweis" ? fileLimit : null),
  totalLimit,
});

describe("streamed multipart parsing", () => {
  it("returns fields and files with their bytes; UTF-8 file names stay intact", async () => {
    const bytes = new TextEncoder().encode("%PDF-1.4 hello");
    const body = await parseMultipart(
      multipartRequest([
        { name: "/name", value: "Łukasz" },
        { name: "/nachweis", file: { filename: "Bestätigung Müller.pdf", type: "application/pdf", bytes } },
      ]),
      limits(1024),
    );
    expect(body.fields).toEqual([["/name", "Łukasz"]]);
    expect(body.files).toHaveLength(1);
    expect(body.files[0]).toMatchObject({ name: "/nachweis", filename: "Bestätigung Müller.pdf", size: bytes.length, tooLarge: false });
    expect(Buffer.from(body.files[0]!.bytes).toString()).toBe("%PDF-1.4 hello");
  });

  it("marks a file over its field's limit as too large and keeps none of its bytes", async () => {
    const body = await parseMultipart(
      multipartRequest([{ name: "/nachweis", file: { filename: "gross.pdf", type: "application/pdf", bytes: new Uint8Array(5000) } }]),
      limits(1000),
    );
    expect(body.files[0]).toMatchObject({ tooLarge: true, size: 5000 });
    expect(body.files[0]!.bytes.byteLength).toBe(0);
  });

  it("discards files posted under names that are no file field, and empty file inputs", async () => {
    const body = await parseMultipart(
      multipartRequest([
        { name: "/sonstwas", file: { filename: "x.pdf", type: "application/pdf", bytes: new Uint8Array(10) } },
        { name: "/nachweis", file: { filename: "", type: "application/octet-stream", bytes: new Uint8Array(0) } },
      ]),
      limits(1000),
    );
    expect(body.files).toEqual([]);
  });

  it("stops reading a request larger than the upload limit", async () => {
    await expect(
      parseMultipart(
        multipartRequest([{ name: "/nachweis", file: { filename: "x.pdf", type: "application/pdf", bytes: new Uint8Array(200_000) } }]),
        limits(1000, 100_000),
      ),
    ).rejects.toBeInstanceOf(PayloadTooLargeError);
  });
});
