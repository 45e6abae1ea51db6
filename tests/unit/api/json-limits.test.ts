import { describe, expect, it } from "vitest";
import { exceedsDepth, MAX_JSON_DEPTH, parseJsonWithinLimits } from "~/server/api/json-limits";

const refused = (text: string) => {
  const result = parseJsonWithinLimits(text);
  return result.ok ? null : result.problem;
};

describe("JSON limits of the API", () => {
  it.each([
    ["1e400 (Infinity after parsing)", '{"version":1e400}', "/version"],
    ["1e308 (an integer beyond 2^53−1)", '{"version":1e308}', "/version"],
    ["2^53+1 (parses to its neighbour)", '{"revision":9007199254740993}', "/revision"],
    ["-2^53", '{"a":[1,-9007199254740992]}', "/a/1"],
    ["U+0000 in a value", '{"note":"a\\u0000b"}', "/note"],
    ["a lone high surrogate", '{"note":"\\ud800"}', "/note"],
    ["a lone low surrogate in a key", '{"x\\udc00":1}', "/x\ufffd"],
  ])("refuses %s with the pointer of the value", (_label, text, pointer) => {
    const problem = refused(text);
    expect(problem?.pointer).toBe(pointer);
    expect(problem?.message).toMatch(/^Der (Wert|Name) /);
  });

  it("accepts exact numbers, fractions, paired surrogates and ordinary text", () => {
    const text = JSON.stringify({
      max: Number.MAX_SAFE_INTEGER,
      min: -Number.MAX_SAFE_INTEGER,
      price: 0.1,
      emoji: "😀",
      umlaut: "Ä",
      escaped: "\\u00e4",
    });
    expect(parseJsonWithinLimits(text)).toEqual({ ok: true, value: JSON.parse(text) });
  });

  it(`refuses nesting deeper than ${MAX_JSON_DEPTH} levels without building it, also for 50,000 arrays`, () => {
    expect(exceedsDepth("[".repeat(MAX_JSON_DEPTH) + "]".repeat(MAX_JSON_DEPTH))).toBe(false);
    expect(exceedsDepth("[".repeat(MAX_JSON_DEPTH + 1) + "]".repeat(MAX_JSON_DEPTH + 1))).toBe(true);
    expect(refused("[".repeat(50_000) + "]".repeat(50_000))?.message).toContain(`${MAX_JSON_DEPTH} Ebenen`);
    expect(refused('{"a":'.repeat(20_000) + "1" + "}".repeat(20_000))).not.toBeNull();
  });

  it("does not count brackets inside strings, also after escaped quotes", () => {
    const text = JSON.stringify({ text: "[".repeat(500) + '\\"{'.repeat(100) });
    expect(exceedsDepth(text)).toBe(false);
  });

  it("leaves malformed JSON to JSON.parse's SyntaxError", () => {
    expect(() => parseJsonWithinLimits("{ not json")).toThrow(SyntaxError);
  });
});
