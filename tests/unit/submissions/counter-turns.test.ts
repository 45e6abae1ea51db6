/** Submissions to one authority take turns for its case-number counter (ADR 048); those that wait share a turn (ADR 053). */
import { describe, expect, it } from "vitest";
import {
  COUNTER_TURNS_AT_ONCE,
  countersInTurn,
  inCounterTurn,
  SUBMISSIONS_PER_TURN,
  waitingForTurn,
} from "~/server/submissions/counter-turns.server";

/** A store that runs until released, recording each batch it was given. */
function controlledStore() {
  const batches: string[][] = [];
  const releases: Array<(error?: Error) => void> = [];
  const store = (items: string[]) => {
    batches.push(items);
    return new Promise<string[]>((resolve, reject) =>
      releases.push((error) => (error ? reject(error) : resolve(items.map((item) => `stored ${item}`)))),
    );
  };
  return { batches, store, release: (turn: number, error?: Error) => releases[turn]!(error) };
}

const settle = () => new Promise((resolve) => setImmediate(resolve));
/** The counters of one database handle. */
const database = {};
const counter = (authorityId: string) => ({ database, authorityId });
const names = (prefix: string, count: number) => Array.from({ length: count }, (_, i) => `${prefix}${i}`);

describe("turns for an authority's case-number counter", () => {
  it("lets a few statements of one authority run at once, and the ones waiting behind them share the next turn in order of arrival", async () => {
    const { batches, store, release } = controlledStore();
    const items = names("s", COUNTER_TURNS_AT_ONCE + 4);
    const results = items.map((item) => inCounterTurn(counter("authority-a"), item, "same", store));
    await settle();
    expect(batches).toEqual(items.slice(0, COUNTER_TURNS_AT_ONCE).map((item) => [item]));

    release(1);
    await settle();
    expect(batches.at(-1)).toEqual(items.slice(COUNTER_TURNS_AT_ONCE));
    [0, 2, 3].forEach((turn) => release(turn));
    expect(await Promise.all(results)).toEqual(items.map((item) => `stored ${item}`));
  });

  it("stores an item without a batch key alone, and never more than a turn's worth together", async () => {
    const { batches, store, release } = controlledStore();
    const running = names("r", COUNTER_TURNS_AT_ONCE).map((item) => inCounterTurn(counter("authority-d"), item, "same", store));
    const alone = inCounterTurn(counter("authority-d"), "large-upload", null, store);
    const many = names("m", SUBMISSIONS_PER_TURN + 1).map((item) => inCounterTurn(counter("authority-d"), item, "same", store));
    const otherKey = inCounterTurn(counter("authority-d"), "other-generation", "other", store);
    await settle();
    for (let turn = 0; turn < 7; turn++) {
      release(turn);
      await settle();
    }
    expect(batches.slice(COUNTER_TURNS_AT_ONCE)).toEqual([
      ["large-upload"],
      names("m", SUBMISSIONS_PER_TURN),
      [`m${SUBMISSIONS_PER_TURN}`],
      ["other-generation"],
    ]);
    await Promise.all([...running, alone, ...many, otherKey]);
  });

  it.each([
    ["another authority", counter("authority-b")],
    ["the same authority in another database", { database: {}, authorityId: "authority-a" }],
  ])("never makes submissions wait for those to %s", async (_, otherCounter) => {
    const { batches, store, release } = controlledStore();
    const running = names("a", COUNTER_TURNS_AT_ONCE).map((item) => inCounterTurn(counter("authority-a"), item, "same", store));
    const waiting = inCounterTurn(counter("authority-a"), "a-waiting", "same", store);
    const other = inCounterTurn(otherCounter, "b0", "same", store);
    await settle();
    expect(waitingForTurn(counter("authority-a"))).toBe(1);
    expect(waitingForTurn(otherCounter)).toBe(0);
    expect(batches).toContainEqual(["b0"]);
    release(COUNTER_TURNS_AT_ONCE);
    expect(await other).toBe("stored b0");
    names("a", COUNTER_TURNS_AT_ONCE).forEach((_, turn) => release(turn));
    await settle();
    release(COUNTER_TURNS_AT_ONCE + 1);
    await Promise.all([...running, waiting]);
  });

  it("fails every submission of a failed turn, passes the turn on, and forgets an authority once none of its statements is left", async () => {
    const { batches, store, release } = controlledStore();
    const running = names("h", COUNTER_TURNS_AT_ONCE).map((item) => inCounterTurn(counter("authority-c"), item, "same", store));
    const waiting = names("w", 2).map((item) => inCounterTurn(counter("authority-c"), item, "same", store));
    const after = inCounterTurn(counter("authority-c"), "after-failure", null, store);
    await settle();
    expect(countersInTurn()).toBe(1);

    release(0, new Error("serialization failure"));
    await expect(running[0]).rejects.toThrow("serialization failure");
    await settle();
    expect(batches.at(-1)).toEqual(["w0", "w1"]);
    release(COUNTER_TURNS_AT_ONCE, new Error("duplicate key"));
    await Promise.all(waiting.map((result) => expect(result).rejects.toThrow("duplicate key")));
    await settle();
    expect(batches.at(-1)).toEqual(["after-failure"]);

    [1, 2, COUNTER_TURNS_AT_ONCE + 1].forEach((turn) => release(turn));
    await Promise.all([...running.slice(1), after]);
    expect(countersInTurn()).toBe(0);
  });

  it("fails the turn's submissions when the store throws before it starts", async () => {
    const throwing = () => {
      throw new Error("no connection");
    };
    await expect(inCounterTurn(counter("authority-e"), "x", "same", throwing)).rejects.toThrow("no connection");
    expect(countersInTurn()).toBe(0);
  });
});
