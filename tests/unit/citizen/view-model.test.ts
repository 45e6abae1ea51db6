import { describe, expect, it } from "vitest";
import { fieldId, parseStepAction, stepActionValue, type StepAction } from "~/server/wizard/view-model";

describe("wizard ids and actions", () => {
  it("derive a field's id from its pointer, distinct for distinct pointers", () => {
    expect(fieldId("/halter/name/vorname")).toBe("feld-halter-name-vorname");
    expect(fieldId("/hunde/1/name")).toBe("feld-hunde-1-name");
    expect(fieldId("/a-b")).not.toBe(fieldId("/a/b"));
    expect(fieldId("#declaration")).toMatch(/^[A-Za-z][A-Za-z0-9-]*$/);
  });

  it("round-trip every button's action; anything else means 'Weiter'", () => {
    const actions: StepAction[] = [
      { kind: "next" },
      { kind: "save" },
      { kind: "add", group: "/hunde" },
      { kind: "remove", item: "/hunde/2" },
      { kind: "remove-file", attachmentId: "614274bf-2f43-46cd-9a42-39a9ba321987" },
    ];
    for (const action of actions) expect(parseStepAction(stepActionValue(action))).toEqual(action);
    expect(parseStepAction("<script>")).toEqual({ kind: "next" });
    expect(parseStepAction(undefined)).toEqual({ kind: "next" });
  });
});
