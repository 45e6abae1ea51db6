/** The rules that keep input PostgreSQL cannot store, or cannot walk, out of every write path. */
import { describe, expect, it } from "vitest";
import { hasUnstorableText, jsonTextHasUnstorableText, unstorableTextPointer } from "~/engine/unstorable-text";
import { exceedsDepth } from "~/server/api/json-limits";
import { requireFormContentType } from "~/server/form-body.http.server";

describe("unstorable text", () => {
  it.each([
    ["a\u0000b", true],
    ["\ud800", true],
    ["x\udc00", true],
    ["\udc00\ud800", true],
    ["😀", false],
    ["Straße 1\n\t<b>", false],
    ["", false],
  ])("%j → %s", (text, expected) => {
    expect(hasUnstorableText(text)).toBe(expected);
  });

  it("names the pointer of the first unstorable string or key", () => {
    expect(unstorableTextPointer({ a: ["ok", { "b/c": "x\u0000" }] })).toBe("/a/1/b~1c");
    expect(unstorableTextPointer({ ok: 1, ["k\ud800"]: 2 })).toBe("/k\ud800");
    expect(unstorableTextPointer({ a: [1, true, null, "😀"] })).toBeNull();
  });

  it("finds escapes in JSON text as well as raw characters", () => {
    expect(jsonTextHasUnstorableText('{"a":"\\u0000"}')).toBe(true);
    expect(jsonTextHasUnstorableText('{"a":"\\ud800"}')).toBe(true);
    expect(jsonTextHasUnstorableText('{"a":"\\ud83d\\ude00"}')).toBe(false);
    expect(jsonTextHasUnstorableText("not json \u0000")).toBe(true);
    expect(jsonTextHasUnstorableText("not json")).toBe(false);
  });
});

describe("JSON nesting depth", () => {
  it("counts arrays and objects, not brackets inside strings", () => {
    expect(exceedsDepth("1", 0)).toBe(false);
    expect(exceedsDepth('{"a":[1,{"b":[]}]}', 4)).toBe(false);
    expect(exceedsDepth('{"a":[1,{"b":[]}]}', 3)).toBe(true);
    expect(exceedsDepth('{"a":"[[[[{{{{\\"[["}', 1)).toBe(false);
    expect(exceedsDepth("[".repeat(50_000) + "]".repeat(50_000))).toBe(true);
  });
});

describe("form content types", () => {
  const post = (contentType: string | null) =>
    new Request("http://localhost/", {
      method: "POST",
      headers: contentType ? { "Content-Type": contentType } : {},
      body: new Uint8Array([120]),
    });

  it("accepts urlencoded forms and multipart with a boundary", () => {
    expect(requireFormContentType(post("application/x-www-form-urlencoded; charset=UTF-8"))).toBe("urlencoded");
    expect(requireFormContentType(post("multipart/form-data; boundary=----abc"))).toBe("multipart");
    expect(requireFormContentType(post('multipart/form-data; boundary="a b"'))).toBe("multipart");
  });

  it.each([null, "application/json", "text/plain", "multipart/form-data", 'multipart/form-data; boundary=""'])(
    "refuses %s with 415",
    (contentType) => {
      let thrown: unknown;
      try {
        requireFormContentType(post(contentType));
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(Response);
      expect((thrown as Response).status).toBe(415);
    },
  );
});
