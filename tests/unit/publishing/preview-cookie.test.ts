import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { clearedPreviewCookie, MAX_PREVIEW_COOKIE, previewStateCookie, readPreviewState } from "~/server/publishing/preview-cookie.server";

const request = (cookie?: string) =>
  new Request("http://portal.test/redaktion/leistungen/x/vorschau/2", { headers: cookie ? { Cookie: cookie } : {} });
const path = "/redaktion/leistungen/x/vorschau/2";

describe("preview cookie", () => {
  it("carries the walk compressed, scoped to the preview's path, httpOnly and SameSite=Lax", () => {
    const state = {
      machine: { value: "person", context: { data: { vorname: "Łukasz" }, returnToReview: false } },
      pending: { person: { data: { nachname: "Ü" } } },
    };
    const header = previewStateCookie(request(), path, state)!;
    expect(header).toMatch(new RegExp(`^bp_vorschau=[A-Za-z0-9_-]+; Path=${path}; HttpOnly; SameSite=Lax$`));
    const pair = header.split(";")[0];
    expect(readPreviewState(request(`other=1; ${pair}`))).toEqual({
      ...state,
      accessCodeShown: false,
      pending: { person: { data: { nachname: "Ü" }, issues: undefined } },
    });
  });

  it("refuses a walk too long for a cookie instead of cutting it off", () => {
    const random = randomBytes(4500).toString("base64");
    expect(
      previewStateCookie(request(), path, {
        machine: { value: "a", context: { data: { text: random }, returnToReview: false } },
        pending: {},
      }),
    ).toBeNull();
    expect(MAX_PREVIEW_COOKIE).toBeLessThan(4096);
  });

  it("reads a tampered or foreign cookie as no walk at all", () => {
    expect(readPreviewState(request("bp_vorschau=not-deflate"))).toBeNull();
    expect(readPreviewState(request())).toBeNull();
    expect(clearedPreviewCookie(request(), path)).toMatch(/^bp_vorschau=; Path=.*; Max-Age=0$/);
  });
});
