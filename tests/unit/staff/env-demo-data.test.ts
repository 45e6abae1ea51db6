import { describe, expect, it } from "vitest";
import { EnvError, parseEnv } from "~/server/env.server";

describe("DEMO_DATA", () => {
  it("defaults to true so that npm start shows the demo", () => {
    expect(parseEnv({}).demoData).toBe(true);
  });
  it.each([
    ["false", false],
    ["0", false],
    ["FALSE", false],
    ["true", true],
    ["1", true],
  ])("reads %s as %s", (raw, expected) => {
    expect(parseEnv({ DEMO_DATA: raw }).demoData).toBe(expected);
  });
  it("stops the start on anything else, naming the variable", () => {
    expect(() => parseEnv({ DEMO_DATA: "vielleicht" })).toThrow(EnvError);
    expect(() => parseEnv({ DEMO_DATA: "vielleicht" })).toThrow(/DEMO_DATA must be true or false/);
  });
});
