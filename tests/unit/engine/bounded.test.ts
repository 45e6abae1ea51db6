import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compile } from "../../../app/engine/compile.server";
import { DEFAULT_MAX_ITEMS, DEFAULT_MAX_LENGTH, normalizeDataSchema, TEXTAREA_MAX_LENGTH } from "../../../app/engine/normalize-schema";
import { clone, dogTaxDefinition, validDogTaxPayload } from "./support";

const runtime = compile(dogTaxDefinition);
const sample = () => clone(fc.sample(validDogTaxPayload, { numRuns: 1, seed: 3 })[0]!) as any;

function deeplyNested(depth: number): unknown {
  let value: unknown = "tief";
  for (let level = 0; level < depth; level++) value = { a: value };
  return value;
}

describe("bounded validation", () => {
  it("rejects extra properties at every level", () => {
    for (const [apply, pointer] of [
      [(p: any) => (p.zusatz = 1), "/zusatz"],
      [(p: any) => (p.anschrift.land = "DE"), "/anschrift/land"],
      [(p: any) => (p.hunde[0].farbe = "braun"), "/hunde/0"],
    ] as const) {
      const payload = sample();
      apply(payload);
      const { valid, errors } = runtime.validateAll(payload);
      expect(valid).toBe(false);
      expect(errors.map((error) => error.pointer)).toContain(pointer);
    }
  });

  it("rejects a 20,000-character string without trouble", () => {
    const payload = sample();
    payload.antragsteller.vorname = "x".repeat(20_000);
    payload.begruendung = "y".repeat(20_000);
    payload.ermaessigung = "sonstiges";
    payload.nachweis ??= {
      id: "0b6b7a8e-3c1d-4e59-9a53-9d4f2c1e0a11",
      name: "a.pdf",
      mediaType: "application/pdf",
      size: 1,
      sha256: "a".repeat(64),
    };
    const errors = runtime.validateAll(payload).errors;
    expect(errors.find((error) => error.pointer === "/antragsteller/vorname")?.keyword).toBe("maxLength");
    // textarea fields get the larger default (10,000), still bounded
    expect(errors.find((error) => error.pointer === "/begruendung")?.message).toContain("10.000");
  });

  it("rejects deeply nested and oversized input quickly and without crashing", () => {
    const payload = sample();
    payload.anschrift.strasse = deeplyNested(5_000);
    payload.extra = deeplyNested(5_000);
    payload.hunde = Array.from({ length: 5_000 }, () => payload.hunde[0]);
    const started = performance.now();
    const { valid, errors } = runtime.validateAll(payload);
    // Bounded: a hostile payload is rejected at once, not after a long walk (generous for a loaded machine).
    expect(performance.now() - started).toBeLessThan(2000);
    expect(valid).toBe(false);
    expect(errors.map((error) => error.pointer)).toEqual(expect.arrayContaining(["/anschrift/strasse", "/extra", "/hunde"]));
  });

  it("survives arbitrary JSON in any place", () => {
    fc.assert(
      fc.property(
        fc.jsonValue({ maxDepth: 6 }),
        fc.constantFrom("antragsteller", "hunde", "anschrift", "sepaMandat", "nachweis"),
        (junk, key) => {
          const payload = sample();
          payload[key] = junk;
          const result = runtime.validateAll(payload);
          expect(Array.isArray(result.errors)).toBe(true);
          for (const error of result.errors) expect(error.message.length).toBeGreaterThan(0);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe("schema normalisation", () => {
  it("adds bounds and closes shape objects, but leaves conditions and applicators open", () => {
    const normalized = normalizeDataSchema(
      {
        type: "object",
        properties: {
          name: { type: "string" },
          bemerkung: { type: "string" },
          farbe: { enum: ["rot"] },
          liste: { type: "array", items: { type: "object", properties: { x: { type: "string", maxLength: 5 } } } },
          offen: { type: "object", additionalProperties: true },
        },
        if: { properties: { name: { type: "string" } } },
        then: { properties: { extra: { type: "object", properties: { y: { type: "string" } } } } },
      },
      new Set(["/bemerkung"]),
    ) as any;
    expect(normalized.unevaluatedProperties).toBe(false);
    expect(normalized.properties.name.maxLength).toBe(DEFAULT_MAX_LENGTH);
    expect(normalized.properties.bemerkung.maxLength).toBe(TEXTAREA_MAX_LENGTH);
    expect(normalized.properties.farbe).toEqual({ enum: ["rot"] });
    expect(normalized.properties.liste.maxItems).toBe(DEFAULT_MAX_ITEMS);
    expect(normalized.properties.liste.items.unevaluatedProperties).toBe(false);
    expect(normalized.properties.liste.items.properties.x.maxLength).toBe(5);
    expect(normalized.properties.offen).not.toHaveProperty("unevaluatedProperties");
    expect(normalized.if).toEqual({ properties: { name: { type: "string" } } });
    expect(normalized.then.properties.extra).not.toHaveProperty("unevaluatedProperties");
    expect(normalized.then.properties.extra.properties.y.maxLength).toBe(TEXTAREA_MAX_LENGTH);
  });
});
