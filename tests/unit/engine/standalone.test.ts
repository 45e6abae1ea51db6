import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { compileValidators } from "../../../app/engine/compile.server";
import { createRuntime } from "../../../app/engine/runtime";
import { clone, dogTaxDefinition, expectSameVerdict, importGeneratedModule, validDogTaxPayload, type GeneratedModule } from "./support";

const junk = fc.oneof(fc.jsonValue({ maxDepth: 3 }), fc.constant("x".repeat(20_000)), fc.constant(null));
const mutate = (payload: Record<string, unknown>, key: string, value: unknown) => ({ ...clone(payload), [key]: value });

describe("standalone validator module", () => {
  let source = "";
  let generated: GeneratedModule;
  const compiled = compileValidators(dogTaxDefinition);

  beforeAll(async () => {
    ({ source, module: generated } = await importGeneratedModule(dogTaxDefinition));
  }, 60_000);

  it("is self-contained and needs no eval", () => {
    expect(source).not.toMatch(/new Function/);
    expect(source).not.toMatch(/\beval\(/);
    expect(source).not.toMatch(/^\s*import\s|\bfrom\s*["']/m);
    expect(generated.formKey).toBe("test-hundesteuer@1");
    expect(Object.keys(generated.conditions)).toEqual(["gefahrhund"]);
  });

  it("decides exactly like the Ajv-compiled validator, for valid and broken payloads", () => {
    fc.assert(
      fc.property(
        validDogTaxPayload,
        fc.constantFrom("antragsteller", "anschrift", "hunde", "bankverbindung", "geburtsdatum", "extra"),
        junk,
        (payload, key, value) => {
          expectSameVerdict(generated.validateData, compiled.validateData, payload);
          expectSameVerdict(generated.validateData, compiled.validateData, mutate(payload, key, value));
          for (const stepId of Object.keys(compiled.conditions)) {
            expect(generated.conditions[stepId]!(payload)).toBe(compiled.conditions[stepId]!(payload));
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it("checks the custom formats (IBAN, dates) with the same embedded code", () => {
    const payload = fc.sample(validDogTaxPayload, { numRuns: 1, seed: 1 })[0]!;
    for (const broken of [
      { ...payload, bankverbindung: { kontoinhaber: "A", iban: "DE89370400440532013001" } },
      { ...payload, geburtsdatum: "2999-01-01" },
      { ...payload, geburtsdatum: "1980-02-30" },
      { ...payload, kontakt: { email: "nope" } },
    ]) {
      expect(generated.validateData(broken)).toBe(false);
      expectSameVerdict(generated.validateData, compiled.validateData, broken);
    }
  });

  it("drives a runtime with the same errors as the server", () => {
    const browser = createRuntime(dogTaxDefinition, generated);
    const server = createRuntime(dogTaxDefinition, compiled);
    fc.assert(
      fc.property(validDogTaxPayload, junk, (payload, value) => {
        const broken = mutate(payload, "anschrift", value);
        expect(browser.validateAll(broken)).toEqual(server.validateAll(broken));
        expect(browser.activeSteps(payload)).toEqual(server.activeSteps(payload));
      }),
      { numRuns: 100 },
    );
  });
});
