import { describe, expect, it } from "vitest";
import { EnvError, parseEnv } from "~/server/env.server";
import { processModel } from "~/server/lifecycle.server";

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
    ["PostgreSQL, unset: one HTTP process per core but one", { DATABASE_URL: "postgres://u@h/db" }, 4, 3],
    ["PostgreSQL, unset, on two cores", { DATABASE_URL: "postgres://u@h/db" }, 2, 1],
    ["PostgreSQL, unset, on one core", { DATABASE_URL: "postgres://u@h/db" }, 1, 1],
    ["PostgreSQL, set", { DATABASE_URL: "postgres://u@h/db", WEB_CONCURRENCY: "4" }, 4, 4],
    ["PGlite, unset", {}, 4, 1],
    ["PGlite, set: PGlite belongs to one process", { WEB_CONCURRENCY: "3" }, 4, 1],
  ])("WEB_CONCURRENCY on %s", (_case, source, cores, expected) => {
    expect(parseEnv(source, cores).webConcurrency).toBe(expected);
  });
});

describe("processModel", () => {
  it.each([
    [
      "PostgreSQL: HTTP processes and the outbox worker beside them",
      { DATABASE_URL: "postgres://u@h/db" },
      2,
      { httpProcesses: 1, outboxWorkerProcess: true },
    ],
    [
      "PostgreSQL, one HTTP process asked for: the worker still beside it",
      { DATABASE_URL: "postgres://u@h/db", WEB_CONCURRENCY: "1" },
      4,
      { httpProcesses: 1, outboxWorkerProcess: true },
    ],
    [
      "PostgreSQL, the worker elsewhere",
      { DATABASE_URL: "postgres://u@h/db", OUTBOX_WORKER: "off" },
      4,
      { httpProcesses: 3, outboxWorkerProcess: false },
    ],
    ["PGlite: one process for both", {}, 4, { httpProcesses: 1, outboxWorkerProcess: false }],
  ])("%s", (_case, source, cores, expected) => {
    expect(processModel(parseEnv(source, cores))).toEqual(expected);
  });
});
