import { readdirSync, readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compile } from "../../../app/engine/compile.server";
import { isDate, isDateOfBirth, isIban, supportedFormats } from "../../../app/engine/formats";
import metaSchema from "../../../schemas/form-definition.schema.json";
import { JsonSyntaxError, locateJson } from "../../../app/engine/json-locations";
import { formatPointer, getAt, parsePointer, removeAtAndTidy, setAt, writeAll } from "../../../app/engine/json-pointer";
import { sharedSchemas } from "../../../app/engine/shared-schemas";
import { dogTaxDefinition, germanIban } from "./support";

describe("formats", () => {
  it("checks IBANs by mod 97 and country length", () => {
    for (const valid of [
      "DE89370400440532013000",
      "AT611904300234573201",
      "CH9300762011623852957",
      "GB82WEST12345698765432",
      "NL91ABNA0417164300",
    ]) {
      expect(isIban(valid), valid).toBe(true);
    }
    for (const invalid of [
      "DE89370400440532013001",
      "DE8937040044053201300",
      "de89370400440532013000",
      "DE89 3704 0044 0532 0130 00",
      "",
      "XX",
    ]) {
      expect(isIban(invalid), invalid).toBe(false);
    }
  });

  it("detects every single-digit change of a valid IBAN", () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^[0-9]{18}$/),
        fc.integer({ min: 2, max: 21 }),
        fc.integer({ min: 1, max: 9 }),
        (bban, position, delta) => {
          const iban = germanIban(bban);
          expect(isIban(iban)).toBe(true);
          const changed = iban.slice(0, position) + String((Number(iban[position]) + delta) % 10) + iban.slice(position + 1);
          expect(isIban(changed)).toBe(false);
        },
      ),
    );
  });

  it("are exactly the formats the meta-schema allows", () => {
    expect([...supportedFormats].sort()).toEqual([...metaSchema.$defs.schema.properties.format.enum].sort());
  });

  it("knows the calendar and the limits of a date of birth", () => {
    expect(isDate("2024-02-29")).toBe(true);
    expect(isDate("2023-02-29")).toBe(false);
    expect(isDate("2023-04-31")).toBe(false);
    expect(isDate("2023-4-30")).toBe(false);
    expect(isDateOfBirth("1900-01-01")).toBe(true);
    expect(isDateOfBirth("1899-12-31")).toBe(false);
    const today = new Date();
    const iso = (date: Date) =>
      `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, "0")}-${String(date.getDate()).padStart(2, "0")}`;
    expect(isDateOfBirth(iso(today))).toBe(true);
    expect(isDateOfBirth(iso(new Date(today.getFullYear(), today.getMonth(), today.getDate() + 1)))).toBe(false);
  });
});

describe("shared schemas", () => {
  it("are the parts of the contract, each with $id equal to its file name in schemas/", () => {
    // schemas/ also holds API payload schemas (e.g. case exports): only these are form parts.
    const contract = [
      "person-name.schema.json",
      "date-of-birth.schema.json",
      "address.schema.json",
      "contact.schema.json",
      "iban.schema.json",
      "bank-account.schema.json",
      "attachment.schema.json",
    ];
    expect(sharedSchemas.map((schema) => schema.$id)).toEqual(contract);
    const files = readdirSync("schemas");
    for (const id of contract) expect(files).toContain(id);
  });

  it("bound every string and close every object", () => {
    for (const schema of sharedSchemas) {
      const text = JSON.stringify(schema);
      expect(text.match(/"type":"string"/g)?.length ?? 0, String(schema.$id)).toBe(text.match(/"maxLength"/g)?.length ?? 0);
      expect(text.match(/"type":"object"/g)?.length ?? 0, String(schema.$id)).toBe(
        text.match(/"additionalProperties":false/g)?.length ?? 0,
      );
    }
  });
});

describe("compile cache", () => {
  it("keys runtimes by id and version, not by object identity", () => {
    expect(compile(structuredClone(dogTaxDefinition))).toBe(compile(structuredClone(dogTaxDefinition)));
    expect(compile({ ...structuredClone(dogTaxDefinition), version: 2 })).not.toBe(compile(dogTaxDefinition));
  });
});

describe("JSON pointers", () => {
  it("escape and unescape ~ and /", () => {
    fc.assert(
      fc.property(fc.array(fc.string()), (segments) => {
        expect(parsePointer(formatPointer(segments))).toEqual(segments);
      }),
    );
  });

  it("write without mutating and tidy up emptied objects", () => {
    const original = { a: { b: 1, c: 2 }, list: [{ x: 1 }] };
    const frozen = structuredClone(original);
    const written = writeAll(original, [
      [["a", "b"], undefined],
      [["a", "d"], 4],
      [["n", "m"], 5],
    ]);
    expect(written).toEqual({ a: { c: 2, d: 4 }, list: [{ x: 1 }], n: { m: 5 } });
    expect(original).toEqual(frozen);
    expect(written.list).toBe(original.list);
    expect(removeAtAndTidy({ a: { b: 1 }, c: 1 }, ["a", "b"])).toEqual({ c: 1 });
    expect(getAt(setAt({}, ["hunde", "0", "name"], "Bello"), ["hunde"])).toEqual([{ name: "Bello" }]);
  });
});

describe("JSON locations", () => {
  const text = '{\n  "steps": [\n    { "id": "a" },\n    { "id": "b", "id": "c" }\n  ]\n}';

  it("gives line and column per pointer and finds duplicate keys", () => {
    const locations = locateJson(text);
    expect(locations.positionOf("/steps/1")).toEqual({ line: 4, column: 5 });
    expect(locations.positionOf("/steps/0/id")).toEqual({ line: 3, column: 7 });
    expect(locations.positionOf("/steps/0/missing")).toEqual({ line: 3, column: 7 - 2 });
    expect(locations.duplicateKeys).toEqual(["/steps/1/id"]);
  });

  it("reports syntax errors where they are", () => {
    for (const [broken, line, column] of [
      ['{\n  "a": 1,\n}', 3, 1],
      ['{"a" 1}', 1, 6],
      ['{"a": [1, 2,]}', 1, 13],
      ['{"a": "b\nc"}', 1, 9],
    ] as const) {
      try {
        locateJson(broken);
        expect.unreachable(broken);
      } catch (error) {
        expect(error).toBeInstanceOf(JsonSyntaxError);
        expect((error as JsonSyntaxError).position, broken).toEqual({ line, column });
      }
    }
  });

  it("agrees with JSON.parse on what is valid JSON", () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 5 }), (value) => {
        const json = JSON.stringify(value, null, 2);
        expect(() => locateJson(json)).not.toThrow();
      }),
    );
  });
});

describe("isomorphic boundary", () => {
  it("keeps Ajv compilation, esbuild and node: modules out of files the browser may bundle", () => {
    const engine = "app/engine";
    for (const name of readdirSync(engine).filter((file) => file.endsWith(".ts") && !file.endsWith(".server.ts"))) {
      const source = readFileSync(`${engine}/${name}`, "utf8");
      const imports = [...source.matchAll(/^import[^;]*?from\s+"([^"]+)"/gms)].map((match) => match[1]!);
      for (const specifier of imports) {
        expect(specifier, `${name} imports ${specifier}`).not.toMatch(/^node:|^ajv|^esbuild|\.server$/);
      }
    }
  });
});
