import { describe, expect, it } from "vitest";
import { EnvError, parseEnv } from "~/server/env.server";

describe("parseEnv", () => {
  it("defaults to PGlite under ./data and port 3000", () => {
    const env = parseEnv({});
    expect(env.databaseUrl).toBeNull();
    expect(env.pgliteDir).toBe("./data/pglite");
    expect(env.port).toBe(3000);
    expect(env.publicUrl).toBe("http://localhost:3000");
  });
  it("reads PORT and DATABASE_URL", () => {
    const env = parseEnv({ PORT: "8080", DATABASE_URL: "postgres://u@h:5432/db" });
    expect(env.port).toBe(8080);
    expect(env.databaseUrl).toBe("postgres://u@h:5432/db");
  });
  it.each([
    [{ PORT: "abc" }, /PORT must be a whole number/],
    [{ PORT: "70000" }, /PORT must be between/],
    [{ DATABASE_URL: "mysql://x" }, /DATABASE_URL must start with postgres/],
    [{ DATABASE_URL: "not a url" }, /DATABASE_URL is not a valid URL/],
    [{ NODE_ENV: "staging" }, /NODE_ENV must be one of/],
    [{ WEB_CONCURRENCY: "0" }, /WEB_CONCURRENCY must be between 1 and 64/],
    [{ WEB_CONCURRENCY: "zwei" }, /WEB_CONCURRENCY must be a whole number/],
  ])("fails fast on %o, naming the variable", (source, message) => {
    expect(() => parseEnv(source)).toThrow(EnvError);
    expect(() => parseEnv(source)).toThrow(message);
  });
  it.each([
    ["PostgreSQL, unset: one HTTP process per core", { DATABASE_URL: "postgres://u@h/db" }, 4],
    ["PostgreSQL, set", { DATABASE_URL: "postgres://u@h/db", WEB_CONCURRENCY: "3" }, 3],
    ["PGlite, unset", {}, 1],
    ["PGlite, set: PGlite belongs to one process", { WEB_CONCURRENCY: "3" }, 1],
  ])("WEB_CONCURRENCY on %s", (_case, source, expected) => {
    expect(parseEnv(source, 4).webConcurrency).toBe(expected);
  });
});
