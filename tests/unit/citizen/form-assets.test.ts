import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { describe, expect, it, vi } from "vitest";
import { immutableAsset } from "~/server/services/asset-response.http.server";
import { FormAsset } from "~/server/services/form-assets.server";

const request = (acceptEncoding: string, headers: Record<string, string> = {}) =>
  new Request("http://portal.test/formulare/x/1/validator.js", { headers: { "Accept-Encoding": acceptEncoding, ...headers } });

describe("form assets", () => {
  const body = `export const formKey = "x@1";\n${"const rule = { type: 'string', maxLength: 100 };\n".repeat(200)}`;

  it("are sent plain until compressed, then in the best encoding the request accepts", async () => {
    const asset = new FormAsset(body, "text/javascript; charset=utf-8", '"x@1"');
    expect(asset.encodedFor(request("gzip, br")).encoding).toBeNull();
    await vi.waitFor(() => expect(asset.encodedFor(request("gzip, br")).encoding).toBe("br"), { timeout: 10_000 });

    await asset.prepare(); // gzip (Zopfli) may come after Brotli
    const br = asset.encodedFor(request("gzip, deflate, br"));
    expect(brotliDecompressSync(br.body as Uint8Array).toString()).toBe(body);
    const gzip = asset.encodedFor(request("br;q=0, gzip"));
    expect(gzip.encoding).toBe("gzip");
    expect(gunzipSync(gzip.body as Uint8Array).toString()).toBe(body);
    expect(asset.encodedFor(request("identity"))).toEqual({ body, encoding: null });
  });

  it("can be compressed before their first request", async () => {
    const asset = new FormAsset(body, "text/javascript; charset=utf-8", '"x@1"');
    await asset.prepare();
    expect(asset.encodedFor(request("gzip, br")).encoding).toBe("br");
  });

  it("answer a matching ETag with 304 and say that the encoding varies", async () => {
    const asset = new FormAsset(body, "text/javascript; charset=utf-8", '"x@1"');
    const fresh = immutableAsset(request("gzip"), asset);
    expect(fresh.status).toBe(200);
    expect(fresh.headers.get("Vary")).toBe("Accept-Encoding");
    expect(fresh.headers.get("Cache-Control")).toContain("immutable");
    expect(immutableAsset(request("gzip", { "If-None-Match": '"x@1"' }), asset).status).toBe(304);
  });
});
