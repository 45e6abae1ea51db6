import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createAjv } from "../../../app/engine/ajv.server";
import {
  clausesToSchema,
  comparisonOperators,
  describeCondition,
  schemaToClauses,
  type ConditionClause,
  type ConditionInWords,
  type ConditionValue,
} from "../../../app/engine/condition-clauses";
import { formatPointer, getAt, parsePointer } from "../../../app/engine/json-pointer";
import { builtInForms } from "./support";

const value: fc.Arbitrary<ConditionValue> = fc.oneof(fc.string({ maxLength: 8 }), fc.integer({ min: -1000, max: 1000 }), fc.boolean());
const values = fc.uniqueArray(value, { minLength: 1, maxLength: 4 });
// Any property name, escapes included ("a/b", "~"). Not "": Ajv's `required: [""]` is broken.
const pointer = fc.array(fc.string({ minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 3 }).map(formatPointer);

const clause: fc.Arbitrary<ConditionClause> = fc.oneof(
  fc.record({ pointer, operator: fc.constantFrom("is" as const, "isNot" as const), values: value.map((v) => [v]) }),
  fc.record({ pointer, operator: fc.constantFrom("isOneOf" as const, "isNoneOf" as const), values }),
  fc.record({ pointer, operator: fc.constantFrom("isFilled" as const, "isEmpty" as const) }),
  fc.record(
    { pointer, operator: fc.constantFrom("isTicked" as const, "isNotTicked" as const), values },
    { requiredKeys: ["pointer", "operator"] },
  ),
  fc.record({ pointer, operator: fc.constantFrom(...comparisonOperators), values: fc.integer({ min: -1000, max: 1000 }).map((n) => [n]) }),
);
const condition: fc.Arbitrary<ConditionInWords> = fc.record({
  combine: fc.constantFrom("all" as const, "any" as const),
  clauses: fc.array(clause, { minLength: 1, maxLength: 4 }),
});

/** What a clause means, written independently of the schema: the reference the schema is checked against. */
function holds(c: ConditionClause, data: unknown): boolean {
  const segments = parsePointer(c.pointer);
  let current: unknown = data;
  for (const segment of segments) {
    if (typeof current !== "object" || current === null || Array.isArray(current)) return negated(c, false);
    if (!Object.prototype.hasOwnProperty.call(current, segment)) return negated(c, false);
    current = (current as Record<string, unknown>)[segment];
  }
  const vs = c.values ?? [];
  let positive: boolean;
  switch (c.operator) {
    case "is":
    case "isNot":
    case "isOneOf":
    case "isNoneOf":
      positive = vs.some((v) => v === current);
      break;
    case "isFilled":
    case "isEmpty":
      positive = true;
      break;
    case "isGreaterThan":
    case "isAtLeast":
    case "isLessThan":
    case "isAtMost": {
      const bound = vs[0] as number;
      const compare = {
        isGreaterThan: (n: number) => n > bound,
        isAtLeast: (n: number) => n >= bound,
        isLessThan: (n: number) => n < bound,
        isAtMost: (n: number) => n <= bound,
      };
      positive = typeof current === "number" && compare[c.operator](current);
      break;
    }
    default:
      positive = vs.length === 0 ? current === true : Array.isArray(current) && current.some((item) => vs.includes(item));
  }
  return negated(c, positive);
}

function negated(c: ConditionClause, positive: boolean): boolean {
  return ["isNot", "isNoneOf", "isEmpty", "isNotTicked"].includes(c.operator) ? !positive : positive;
}

/** Data that sometimes satisfies a clause of the condition and sometimes not. */
function dataFor(cond: ConditionInWords): fc.Arbitrary<Record<string, unknown>> {
  const entries = cond.clauses.map((c) =>
    fc
      .record({
        present: fc.boolean(),
        answer: fc.oneof(
          fc.constantFrom(...(c.values ?? [true]), true, false),
          value,
          fc.array(fc.constantFrom(...(c.values ?? ["x"]), "x"), { maxLength: 3 }),
        ),
      })
      .map(({ present, answer }) => ({ segments: parsePointer(c.pointer), present, answer })),
  );
  return fc.tuple(...entries).map((writes) => {
    const data: Record<string, unknown> = {};
    for (const { segments, present, answer } of writes) {
      if (!present) continue;
      let parent = data;
      for (const segment of segments.slice(0, -1)) {
        const next = parent[segment];
        if (typeof next !== "object" || next === null || Array.isArray(next)) parent[segment] = {};
        parent = parent[segment] as Record<string, unknown>;
      }
      parent[segments[segments.length - 1]!] = answer;
    }
    return data;
  });
}

describe("conditions in words", () => {
  it("reads back every condition it writes", () => {
    fc.assert(
      fc.property(condition, (cond) => {
        expect(schemaToClauses(clausesToSchema(cond))).toEqual(cond);
      }),
      { numRuns: 500 },
    );
  });

  it("writes schemas that mean what the words say", () => {
    const ajv = createAjv();
    fc.assert(
      fc.property(
        condition.chain((cond) => fc.tuple(fc.constant(cond), dataFor(cond))),
        ([cond, data]) => {
          const validate = ajv.compile(clausesToSchema(cond));
          const results = cond.clauses.map((c) => holds(c, data));
          const expected = cond.combine === "all" ? results.every(Boolean) : results.some(Boolean);
          expect(validate(data)).toBe(expected);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("reads the step conditions of the built-in forms where words can say them", () => {
    const read: Record<string, ConditionInWords | null> = {};
    for (const { definition } of builtInForms()) {
      for (const step of definition.steps) if (step.when) read[`${definition.id}#${step.id}`] = schemaToClauses(step.when);
    }
    expect(read["gewerbeanmeldung#aufenthaltstitel"]).toEqual({
      combine: "all",
      clauses: [
        { pointer: "/inhaberArt", operator: "is", values: ["natuerliche-person"] },
        { pointer: "/person/euStaatsangehoerigkeit", operator: "is", values: ["nein"] },
      ],
    });
    expect(read["hundesteuer-anmeldung#sepa-mandat"]).toEqual({
      combine: "all",
      clauses: [{ pointer: "/zahlung/zahlweise", operator: "is", values: ["lastschrift"] }],
    });
    // "Any dog is dangerous" is about group items: more than words can say.
    expect(read["hundesteuer-anmeldung#gefaehrlicher-hund"]).toBeNull();
  });

  it("reads the merged shape as an 'all' condition that means the same", () => {
    const merged = {
      type: "object",
      required: ["a", "b"],
      properties: { a: { const: "ja" }, b: { type: "object", required: ["c"] } },
    };
    const words = schemaToClauses(merged)!;
    expect(words.clauses).toEqual([
      { pointer: "/a", operator: "is", values: ["ja"] },
      { pointer: "/b/c", operator: "isFilled" },
    ]);
    const ajv = createAjv();
    for (const data of [{}, { a: "ja" }, { a: "ja", b: {} }, { a: "ja", b: { c: 1 } }, { a: "nein", b: { c: 1 } }]) {
      expect(ajv.validate(clausesToSchema(words), data)).toBe(ajv.validate(merged, data));
    }
  });

  it.each([
    [{ type: "object", properties: { a: { const: 1 } } }, "optional property"],
    [{ not: { anyOf: [{ required: ["a"] }] } }, "negated any"],
    [{ not: { type: "object", required: ["a", "b"] } }, "negated pair"],
    [{ type: "object", required: ["a"], properties: { a: { minLength: 3 } } }, "other keyword"],
    [{ if: { required: ["a"] }, then: { required: ["b"] } }, "if/then"],
    [{ anyOf: [] }, "empty anyOf"],
    [{ type: "string" }, "not an object"],
    ["a", "not a schema"],
  ])("says 'not in words' for %j (%s)", (schema: unknown, _reason: string) => {
    expect(schemaToClauses(schema)).toBeNull();
  });

  it("writes the words of the wizard in German and English", () => {
    const labelOf = (p: string) =>
      p === "/zuzug/erfolgt"
        ? { label: "Zuzug", optionLabel: (v: ConditionValue) => (v === "ja" ? "Ja" : "Nein") }
        : p === "/plz"
          ? { label: "" }
          : undefined;
    const move: ConditionInWords = { combine: "all", clauses: [{ pointer: "/zuzug/erfolgt", operator: "is", values: ["ja"] }] };
    expect(describeCondition(move, labelOf, "de")).toBe("Nur wenn Sie bei ‚Zuzug‘ ‚Ja‘ gewählt haben");
    expect(describeCondition(move, labelOf, "en")).toBe("Only if you chose ‘Ja’ for ‘Zuzug’");
    expect(describeCondition(move, (p) => ({ label: "", optionLabel: labelOf(p)?.optionLabel }), "de")).toBe(
      "Nur wenn Sie ‚Ja‘ gewählt haben",
    );
    const two: ConditionInWords = {
      combine: "any",
      clauses: [
        { pointer: "/zuzug/erfolgt", operator: "isNoneOf", values: ["ja", "nein"] },
        { pointer: "/plz", operator: "isFilled" },
      ],
    };
    expect(describeCondition(two, labelOf, "de")).toBe(
      "Nur wenn Sie bei ‚Zuzug‘ weder ‚Ja‘ noch ‚Nein‘ gewählt haben oder die Frage darüber ausgefüllt haben",
    );
    expect(describeCondition({ combine: "all", clauses: [{ pointer: "/x", operator: "isNotTicked" }] }, labelOf, "en")).toBe(
      "Only if you did not tick ‘/x’",
    );
    const year: ConditionInWords = { combine: "all", clauses: [{ pointer: "/baujahr", operator: "isGreaterThan", values: [1970] }] };
    const yearLabel = () => ({ label: "Baujahr" });
    expect(describeCondition(year, yearLabel, "de")).toBe("Nur wenn Sie bei ‚Baujahr‘ mehr als 1970 angegeben haben");
    expect(describeCondition(year, yearLabel, "en")).toBe("Only if you entered more than 1970 for ‘Baujahr’");
  });

  it("keeps JSON pointers of nested answers intact", () => {
    const cond: ConditionInWords = { combine: "all", clauses: [{ pointer: "/a~1b/c~0d", operator: "is", values: [true] }] };
    const schema = clausesToSchema(cond);
    expect(getAt(schema, ["properties", "a/b", "properties", "c~d"])).toEqual({ const: true });
  });
});
