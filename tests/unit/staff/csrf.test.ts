import { describe, expect, it } from "vitest";
import { assertSameOrigin, isSameOriginRequest } from "~/server/csrf.http.server";

const post = (headers: Record<string, string>) => new Request("http://127.0.0.1:3000/verwaltung/anmelden", { method: "POST", headers });

describe("Origin check", () => {
  it("allows same-origin posts, posts without browser headers and safe methods", () => {
    expect(() => assertSameOrigin(post({ Origin: "http://127.0.0.1:3000" }))).not.toThrow();
    expect(() => assertSameOrigin(post({ "Sec-Fetch-Site": "same-origin" }))).not.toThrow();
    expect(() => assertSameOrigin(post({}))).not.toThrow();
    expect(isSameOriginRequest({ method: "GET", hosts: ["a"], origin: "https://evil.example", fetchSite: "cross-site" })).toBe(true);
  });

  it("allows the origin a proxy forwarded for", () => {
    expect(
      isSameOriginRequest({
        method: "POST",
        hosts: ["10.0.0.5:3000", "portal.example.de"],
        origin: "https://portal.example.de",
        fetchSite: null,
      }),
    ).toBe(true);
  });

  it.each([
    [{ Origin: "https://evil.example" }],
    [{ Origin: "null" }],
    [{ Origin: "http://127.0.0.1:3000.evil.example" }],
    [{ "Sec-Fetch-Site": "cross-site" }],
    [{ "Sec-Fetch-Site": "same-site" }],
  ])("refuses %o with 403 and a clear German message", async (headers) => {
    let thrown: unknown;
    try {
      assertSameOrigin(post(headers));
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(Response);
    expect((thrown as Response).status).toBe(403);
    expect(await (thrown as Response).text()).toMatch(/nicht von einer Seite des Bürgerportals/);
  });
});
