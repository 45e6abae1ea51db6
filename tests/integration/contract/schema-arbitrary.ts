/**
 * fast-check arbitraries from the JSON Schemas of an OpenAPI document: values that fit the
 * schema, and — mixed in — values of any JSON type, so a run probes both the happy path and the
 * edges. Covers the keywords the portal's document uses.
 */
import fc from "fast-check";

type Schema = Record<string, unknown>;

export function resolvePointer(document: unknown, ref: string): Schema {
  let node = document as Record<string, unknown>;
  for (const segment of ref.replace(/^#\//, "").split("/"))
    node = node[segment.replace(/~1/g, "/").replace(/~0/g, "~")] as Record<string, unknown>;
  return node;
}

/** Text a client might send: ASCII, umlauts, emoji, control characters, lone surrogates. */
export const anyText = (maxLength = 40) =>
  fc.oneof(
    fc.string({ maxLength }),
    fc.string({ unit: "grapheme", maxLength }),
    fc.string({ unit: "binary", maxLength }),
    fc.constantFrom("", " ", "\u0000", "\ud800", "1", "1e400", "Ä", "😀".repeat(3)),
  );

/** Any JSON value, including numbers that are not exact. */
export const anyJson = (): fc.Arbitrary<unknown> =>
  fc.oneof(fc.jsonValue({ maxDepth: 3 }), fc.constantFrom(null, 0, -1, 1.5, 2 ** 53 + 2, "1", [], {}, true));

export function fittingValue(schema: Schema, document: unknown, depth = 0): fc.Arbitrary<unknown> {
  if (typeof schema.$ref === "string") return fittingValue(resolvePointer(document, schema.$ref), document, depth);
  if ("const" in schema) return fc.constant(schema.const);
  if (Array.isArray(schema.enum)) return fc.constantFrom(...schema.enum);
  const alternatives = (schema.anyOf ?? schema.oneOf) as Schema[] | undefined;
  if (alternatives) return fc.oneof(...alternatives.map((s) => fittingValue(s, document, depth)));
  const types = Array.isArray(schema.type) ? (schema.type as string[]) : [schema.type as string | undefined];
  return fc.oneof(...types.map((type) => fittingOfType(type, schema, document, depth)));
}

function fittingOfType(type: string | undefined, schema: Schema, document: unknown, depth: number): fc.Arbitrary<unknown> {
  switch (type) {
    case "null":
      return fc.constant(null);
    case "boolean":
      return fc.boolean();
    case "integer":
      return fc.integer({ min: (schema.minimum as number) ?? -1000, max: (schema.maximum as number) ?? 1_000_000 });
    case "number":
      return fc.double({ noNaN: true, noDefaultInfinity: true });
    case "string": {
      if (typeof schema.pattern === "string") return fc.stringMatching(new RegExp(schema.pattern), { maxLength: 60 });
      if (schema.format === "date")
        return fc
          .date({ min: new Date("2020-01-01"), max: new Date("2030-12-31"), noInvalidDate: true })
          .map((d) => d.toISOString().slice(0, 10));
      const maxLength = Math.min((schema.maxLength as number) ?? 40, 40);
      return fc.string({ unit: "grapheme", maxLength, minLength: Math.min((schema.minLength as number) ?? 0, maxLength) });
    }
    case "array":
      return depth > 3
        ? fc.constant([])
        : fc.array(schema.items ? fittingValue(schema.items as Schema, document, depth + 1) : anyJson(), {
            maxLength: Math.min((schema.maxItems as number) ?? 3, 3),
          });
    case "object":
    case undefined: {
      const properties = (schema.properties ?? {}) as Record<string, Schema>;
      if (Object.keys(properties).length === 0 || depth > 3) return fc.dictionary(fc.string({ maxLength: 8 }), anyJson(), { maxKeys: 3 });
      const record = Object.fromEntries(Object.entries(properties).map(([key, child]) => [key, fittingValue(child, document, depth + 1)]));
      return fc.record(record, { requiredKeys: (schema.required as string[]) ?? [] });
    }
    default:
      return anyJson();
  }
}

/** Mostly schema-fitting values, sometimes one property of the wrong kind, sometimes anything. */
export function probingValue(schema: Schema, document: unknown): fc.Arbitrary<unknown> {
  const fitting = fittingValue(schema, document);
  const withOneWrong = fc.tuple(fitting, fc.string({ maxLength: 12 }), anyJson()).map(([value, key, wrong]) => {
    if (!value || typeof value !== "object" || Array.isArray(value)) return value;
    const keys = Object.keys(value);
    return { ...value, [keys.length > 0 ? keys[key.length % keys.length] : key]: wrong };
  });
  return fc.oneof({ arbitrary: fitting, weight: 3 }, { arbitrary: withOneWrong, weight: 2 }, { arbitrary: anyJson(), weight: 1 });
}
