import { describe, expect, it } from "vitest";
import { readDraftState, withPending } from "~/server/drafts/draft-state";

describe("stored draft state", () => {
  it("reads the stored shape and drops malformed unaccepted answers", () => {
    const state = readDraftState({
      machine: { value: "halter" },
      pending: {
        halter: { data: { a: 1 }, issues: [{ pointer: "/x", key: "upload.empty", values: { name: "a.pdf" } }, "junk"] },
        hunde: "junk",
      },
      accessCodeShown: true,
    });
    expect(state.machine).toEqual({ value: "halter" });
    expect(state.pending).toEqual({
      halter: { data: { a: 1 }, issues: [{ pointer: "/x", key: "upload.empty", values: { name: "a.pdf" } }] },
    });
    expect(state.accessCodeShown).toBe(true);
  });

  it("treats a bare machine snapshot as a state without unaccepted answers", () => {
    expect(readDraftState({ value: "halter", context: {} })).toEqual({ machine: { value: "halter", context: {} }, pending: {} });
  });

  it("adds and clears a step's unaccepted answers without touching the rest", () => {
    const state = { machine: {}, pending: { a: { data: { x: 1 } } } };
    const added = withPending(state, "b", { data: { y: 2 } });
    expect(Object.keys(added.pending)).toEqual(["a", "b"]);
    expect(withPending(added, "a", undefined).pending).toEqual({ b: { data: { y: 2 } } });
    expect(state.pending).toEqual({ a: { data: { x: 1 } } });
  });
});
