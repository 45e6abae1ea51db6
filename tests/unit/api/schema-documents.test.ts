import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { describe, expect, it } from "vitest";
import hundesteuer from "../../../forms/hundesteuer-anmeldung.json";
import {
  bundledDataSchema,
  parseBundleName,
  partsNeededBy,
  publishedDataSchema,
  sharedPartDocument,
  sharedPartNames,
} from "~/server/api/schema-documents.server";
import type { FormDefinition } from "~/engine/types";

const PUBLIC_URL = "https://portal.example";
const definition = hundesteuer as unknown as FormDefinition;

describe("schema documents served under /api/v1/schemas/", () => {
  it("give every shared part an absolute $id in the schema folder", () => {
    for (const name of sharedPartNames()) expect(sharedPartDocument(name, PUBLIC_URL)?.$id).toBe(`${PUBLIC_URL}/api/v1/schemas/${name}`);
    expect(sharedPartDocument("../secrets.json", PUBLIC_URL)).toBeNull();
  });

  it("write portal-only formats in standard keywords, so a strict standard validator compiles them", () => {
    expect(sharedPartDocument("iban.schema.json", PUBLIC_URL)).toMatchObject({ pattern: expect.any(String) });
    expect(sharedPartDocument("iban.schema.json", PUBLIC_URL)).not.toHaveProperty("format");
    expect(JSON.stringify(sharedPartDocument("date-of-birth.schema.json", PUBLIC_URL))).toContain('"format":"date"');
  });

  it("follow the parts' own references (bank account → IBAN)", () => {
    expect(partsNeededBy(definition.dataSchema)).toEqual(
      expect.arrayContaining(["bank-account.schema.json", "iban.schema.json", "person-name.schema.json"]),
    );
  });

  it("bundle a version's data schema into one document a fresh Ajv compiles without fetching", () => {
    const bundle = bundledDataSchema(definition, PUBLIC_URL);
    expect(bundle.$id).toBe(`${PUBLIC_URL}/api/v1/schemas/hundesteuer-anmeldung.v1.data.schema.json`);
    const ajv = new Ajv2020();
    addFormats(ajv);
    expect(() => ajv.compile(bundle)).not.toThrow();
  });

  it("leave the published dataSchema as written, with the $id its relative references resolve against", () => {
    const published = publishedDataSchema(definition, PUBLIC_URL);
    expect(published.$id).toBe(`${PUBLIC_URL}/api/v1/schemas/hundesteuer-anmeldung.v1.data.schema.json`);
    expect(published.properties).toEqual(definition.dataSchema.properties);
  });

  it("read bundle names strictly", () => {
    expect(parseBundleName("hundesteuer-anmeldung.v12.data.schema.json")).toEqual({ serviceId: "hundesteuer-anmeldung", version: 12 });
    for (const name of [
      "hundesteuer-anmeldung.v0.data.schema.json",
      "Hund.v1.data.schema.json",
      "x.v1.data.schema.json",
      "hundesteuer-anmeldung.v1.schema.json",
    ])
      expect(parseBundleName(name)).toBeNull();
  });
});
