/** Submissions to one authority take turns for its case-number counter (ADR 048). */
import { describe, expect, it } from "vitest";
import { authoritiesInTurn, COUNTER_TURNS_AT_ONCE, inCounterTurn } from "~/server/submissions/counter-turns.server";

/** Work that runs until it is released, recording when it started. */
function controlledWork(started: string[], name: string) {
  let release!: () => void;
  const done = new Promise<void>((resolve) => (release = resolve));
  return {
    release: () => release(),
    work: async () => {
      started.push(name);
      await done;
      return name;
    },
  };
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

describe("turns for an authority's case-number counter", () => {
  it("lets a few statements of one authority run at once and the rest follow in order of arrival", async () => {
    const started: string[] = [];
    const works = Array.from({ length: COUNTER_TURNS_AT_ONCE + 2 }, (_, i) => controlledWork(started, `s${i}`));
    const results = works.map(({ work }) => inCounterTurn("authority-a", work));
    await settle();
    expect(started).toEqual(works.slice(0, COUNTER_TURNS_AT_ONCE).map((_, i) => `s${i}`));

    works[1]!.release();
    await settle();
    expect(started.at(-1)).toBe(`s${COUNTER_TURNS_AT_ONCE}`);
    expect(started).toHaveLength(COUNTER_TURNS_AT_ONCE + 1);

    works.forEach(({ release }) => release());
    expect(await Promise.all(results)).toEqual(works.map((_, i) => `s${i}`));
    expect(started).toHaveLength(COUNTER_TURNS_AT_ONCE + 2);
  });

  it("never makes one authority's submissions wait for another's", async () => {
    const started: string[] = [];
    const busy = Array.from({ length: COUNTER_TURNS_AT_ONCE }, (_, i) => controlledWork(started, `a${i}`));
    const running = busy.map(({ work }) => inCounterTurn("authority-a", work));
    const other = controlledWork(started, "b0");
    const result = inCounterTurn("authority-b", other.work);
    await settle();
    expect(started).toContain("b0");
    other.release();
    expect(await result).toBe("b0");
    busy.forEach(({ release }) => release());
    await Promise.all(running);
  });

  it("passes the turn on when a statement fails, and forgets an authority once none of its statements is left", async () => {
    const failing = inCounterTurn("authority-c", async () => {
      throw new Error("duplicate key");
    });
    await expect(failing).rejects.toThrow("duplicate key");

    // A failing statement with another waiting behind it hands that one its turn.
    const queued: string[] = [];
    const holders = Array.from({ length: COUNTER_TURNS_AT_ONCE - 1 }, (_, i) => controlledWork(queued, `h${i}`));
    const held = holders.map(({ work }) => inCounterTurn("authority-c", work));
    let fail!: (error: Error) => void;
    const failingLater = inCounterTurn("authority-c", () => new Promise<string>((_, reject) => (fail = reject)));
    const waiter = controlledWork(queued, "after-failure");
    const waiting = inCounterTurn("authority-c", waiter.work);
    await settle();
    expect(queued).not.toContain("after-failure");
    fail(new Error("serialization failure"));
    await expect(failingLater).rejects.toThrow("serialization failure");
    await settle();
    expect(queued).toContain("after-failure");
    [...holders, waiter].forEach(({ release }) => release());
    await Promise.all([...held, waiting]);
    const started: string[] = [];
    const works = Array.from({ length: COUNTER_TURNS_AT_ONCE + 1 }, (_, i) => controlledWork(started, `c${i}`));
    const results = works.map(({ work }) => inCounterTurn("authority-c", work));
    await settle();
    expect(started).toHaveLength(COUNTER_TURNS_AT_ONCE);
    expect(authoritiesInTurn()).toBe(1);
    works.forEach(({ release }) => release());
    await Promise.all(results);
    expect(authoritiesInTurn()).toBe(0);
  });
});
