import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { request, type Server } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import express from "express";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { precompressedAssets } from "../../../server/static-assets.js";

describe("the fingerprinted build files", () => {
  let folder: string;
  let server: Server;
  let base: string;

  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), "bp-assets-"));
    mkdirSync(join(folder, "_assets"));
    writeFileSync(join(folder, "entry-ABC.js"), "plain");
    writeFileSync(join(folder, "entry-ABC.js.br"), "brotli");
    writeFileSync(join(folder, "entry-ABC.js.gz"), "gzip");
    writeFileSync(join(folder, "_assets", "face-XYZ.woff2"), "font");
    const app = express();
    // As server/index.js does for every answer.
    app.use((_req, res, next) => {
      res.setHeader("Content-Security-Policy", "default-src 'self'");
      res.setHeader("X-Frame-Options", "DENY");
      res.setHeader("X-Content-Type-Options", "nosniff");
      res.setHeader("Referrer-Policy", "same-origin");
      next();
    });
    app.use("/build", precompressedAssets(folder));
    app.use((_req, res) => res.status(404).send("next"));
    await new Promise<void>((resolve) => (server = app.listen(0, "127.0.0.1", resolve)));
    const address = server.address();
    base = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}/build`;
  });

  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    rmSync(folder, { recursive: true, force: true });
  });

  const get = (path: string, encoding: string) => fetch(`${base}${path}`, { headers: { "Accept-Encoding": encoding } });

  it.each([
    ["gzip, deflate, br", "br", "brotli"],
    ["gzip, deflate", "gzip", "gzip"],
    ["identity", null, "plain"],
  ])("sends a script precompressed as the browser accepts (%s)", async (accepted, encoding, body) => {
    // A raw request: fetch would try to decode the stand-in bodies.
    const raw = await rawGet("/entry-ABC.js", accepted);
    expect(raw.headers["content-encoding"] ?? null).toBe(encoding);
    expect(raw.body).toBe(body);
    expect(raw.headers["content-type"]).toBe("text/javascript; charset=utf-8");
    expect(raw.headers.vary).toBe("Accept-Encoding");
  });

  it("caches every build file for a year as immutable, without validators or document-only headers", async () => {
    for (const path of ["/entry-ABC.js", "/_assets/face-XYZ.woff2"]) {
      const raw = await rawGet(path, "gzip, br");
      expect(raw.status, path).toBe(200);
      expect(raw.headers["cache-control"], path).toBe("public, max-age=31536000, immutable");
      expect(raw.headers.etag, path).toBeUndefined();
      expect(raw.headers["last-modified"], path).toBeUndefined();
      expect(raw.headers["content-security-policy"], path).toBeUndefined();
      expect(raw.headers["x-frame-options"], path).toBeUndefined();
      expect(raw.headers["referrer-policy"], path).toBeUndefined();
      expect(raw.headers["accept-ranges"], path).toBeUndefined();
      expect(raw.headers["x-content-type-options"], path).toBe("nosniff");
    }
  });

  it("leaves unknown paths and other methods to the next handler", async () => {
    expect((await get("/missing-123.js", "br")).status).toBe(404);
    expect((await fetch(`${base}/entry-ABC.js`, { method: "POST" })).status).toBe(404);
  });

  function rawGet(path: string, encoding: string) {
    return new Promise<{ status: number; headers: Record<string, string | undefined>; body: string }>((resolve, reject) => {
      request(`${base}${path}`, { headers: { "Accept-Encoding": encoding } }, (response) => {
        let body = "";
        response.on("data", (chunk) => (body += chunk));
        response.on("end", () =>
          resolve({ status: response.statusCode ?? 0, headers: response.headers as Record<string, string | undefined>, body }),
        );
      })
        .on("error", reject)
        .end();
    });
  }
});
