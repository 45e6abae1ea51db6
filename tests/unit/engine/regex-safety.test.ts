/**
 * Which `pattern`s a definition may use: only those proven to run in linear
 * time (app/engine/regex-safety.ts). The table covers the known ReDoS
 * families and the patterns the portal really uses; every accepted pattern is
 * then timed on worst-case inputs up to its field's maxLength.
 */
import { readdirSync, readFileSync } from "node:fs";
import fc from "fast-check";
import { isSafePattern } from "redos-detector";
import { describe, expect, it } from "vitest";
import { compileValidators } from "../../../app/engine/compile.server";
import { checkDefinition } from "../../../app/engine/definition-check.server";
import { isEmail } from "../../../app/engine/formats";
import { DEFAULT_MAX_LENGTH } from "../../../app/engine/normalize-schema";
import { checkPatternSafety, PATTERN_CHECK_BUDGET_MS, PatternCheck } from "../../../app/engine/regex-safety";
import { generateValidatorModule } from "../../../app/engine/standalone.server";
import { validatorSchemas, WITHHELD_PATTERN } from "../../../app/engine/validator-schemas";
import type { FormDefinition } from "../../../app/engine/types";
import { builtInForms, dogTaxDefinition } from "./support";

type Row = { pattern: string; family: string } & ({ accept: true; maxLength: number; example: string } | { accept: false; reason: string });

const AJV_EMAIL =
  "^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$";
const AMBIGUOUS = "mehrdeutig";

const table: Row[] = [
  // Nested quantifiers
  { pattern: "^(a+)+$", family: "nested quantifier", accept: false, reason: AMBIGUOUS },
  { pattern: "^([a-zA-Z]+)*$", family: "nested quantifier", accept: false, reason: AMBIGUOUS },
  { pattern: "^(\\w+\\s?)*$", family: "nested quantifier", accept: false, reason: AMBIGUOUS },
  { pattern: "^((ab)*c)+$", family: "nested quantifier", accept: true, maxLength: 1000, example: "ababcabc" },
  { pattern: "^(.*a){12}$", family: "nested quantifier", accept: false, reason: AMBIGUOUS },
  { pattern: "^(([a-z])+.)+[A-Z]([a-z])+$", family: "nested quantifier", accept: false, reason: AMBIGUOUS },
  { pattern: "(a+)+b", family: "nested quantifier, not anchored", accept: false, reason: AMBIGUOUS },
  // Overlapping alternatives
  { pattern: "^(a|aa)+$", family: "overlapping alternation", accept: false, reason: AMBIGUOUS },
  { pattern: "^(a|a?)+$", family: "overlapping alternation", accept: false, reason: AMBIGUOUS },
  { pattern: "^(a|b|ab)*$", family: "overlapping alternation", accept: false, reason: AMBIGUOUS },
  { pattern: "^(\\d+|\\d+\\.\\d+)$", family: "overlapping alternation", accept: false, reason: AMBIGUOUS },
  { pattern: "^(HRA|HRB|GnR|VR|PR|GsR) ?[0-9]{1,7}$", family: "alternatives with a shared prefix", accept: false, reason: AMBIGUOUS },
  // Adjacent overlapping quantifiers
  { pattern: "^\\d+\\d+$", family: "adjacent quantifiers", accept: false, reason: AMBIGUOUS },
  { pattern: "\\d+\\d+", family: "adjacent quantifiers, not anchored", accept: false, reason: "„^“" },
  { pattern: "^[a-z]+[a-z0-9]*$", family: "adjacent quantifiers", accept: false, reason: AMBIGUOUS },
  { pattern: "^\\d*\\.?\\d*$", family: "adjacent quantifiers", accept: false, reason: AMBIGUOUS },
  { pattern: "^\\s*\\S+\\s*\\S*$", family: "adjacent quantifiers", accept: false, reason: AMBIGUOUS },
  // Back-references
  { pattern: "(a)\\1", family: "back-reference", accept: false, reason: "Rückverweise" },
  { pattern: "^(\\w+)\\s\\1$", family: "back-reference", accept: false, reason: "Rückverweise" },
  { pattern: "^(?<x>a)\\k<x>$", family: "named back-reference", accept: false, reason: "Rückverweise" },
  // E-mail look-alikes
  { pattern: AJV_EMAIL, family: "e-mail (ajv-formats)", accept: false, reason: AMBIGUOUS },
  {
    pattern: "^([a-zA-Z0-9_.-])+@(([a-zA-Z0-9-])+\\.)+([a-zA-Z0-9]{2,4})+$",
    family: "e-mail (OWASP evil)",
    accept: false,
    reason: AMBIGUOUS,
  },
  { pattern: "^\\S+@\\S+\\.\\S+$", family: "e-mail", accept: false, reason: AMBIGUOUS },
  { pattern: "^[^@\\s]+@[^@\\s]+$", family: "e-mail", accept: true, maxLength: 254, example: "anna@example.org" },
  {
    pattern: "^[a-z0-9._%+-]+@[a-z0-9]+(?:-+[a-z0-9]+)*(?:\\.[a-z0-9]+(?:-+[a-z0-9]+)*)+$",
    family: "e-mail",
    accept: true,
    maxLength: 254,
    example: "anna.muster@stadt-soemmerda.de",
  },
  // Not analysable or not valid
  { pattern: "^(?<plz>\\d{5})$", family: "named group", accept: false, reason: "(?:…)" },
  { pattern: "^[0-9{5}$", family: "invalid", accept: false, reason: "ungültiger regulärer Ausdruck" },
  { pattern: "[0-9]{5}", family: "not anchored", accept: false, reason: "„^“" },
  // What forms really use
  { pattern: "^[0-9]{5}$", family: "postcode", accept: true, maxLength: 5, example: "99084" },
  { pattern: "^[A-Z]{2}\\d{2}[A-Z0-9]{11,30}$", family: "IBAN", accept: true, maxLength: 34, example: "DE02120300000000202051" },
  { pattern: "^DE\\d{20}$", family: "IBAN (German)", accept: true, maxLength: 22, example: "DE02120300000000202051" },
  { pattern: "^[A-Z]{6}[A-Z0-9]{2}([A-Z0-9]{3})?$", family: "BIC", accept: true, maxLength: 11, example: "BYLADEM1001" },
  { pattern: "^\\+?[0-9 ()/-]{3,30}$", family: "phone", accept: true, maxLength: 30, example: "+49 (3634) 354-0" },
  { pattern: "^99\\d{12}$", family: "LeiKa key", accept: true, maxLength: 14, example: "99050012104000" },
  {
    pattern: "^(HR[AB]|G[ns]R|[VP]R) ?[0-9]{1,7}( ?[A-Z]{1,3})?$",
    family: "register number",
    accept: true,
    maxLength: 20,
    example: "HRB 12345 A",
  },
  { pattern: "^[A-Za-zÄÖÜäöüß]+([ '-][A-Za-zÄÖÜäöüß]+)*$", family: "name", accept: true, maxLength: 200, example: "Anna-Lena Müller" },
  // The analysis takes \p{…} for any character (over-cautious): letters are spelt out as ranges instead.
  { pattern: "^\\p{L}+( \\p{L}+)*$", family: "Unicode property escape", accept: false, reason: AMBIGUOUS },
  {
    pattern: "^[A-Za-zÀ-ÖØ-öø-ÿ]+( [A-Za-zÀ-ÖØ-öø-ÿ]+)*$",
    family: "name (Latin-1 letters)",
    accept: true,
    maxLength: 1000,
    example: "Jürgen Groß",
  },
  { pattern: "^(\\d{5})(,\\s*\\d{5})*$", family: "postcode list", accept: true, maxLength: 1000, example: "99084, 99085,99086" },
  { pattern: "^([01][0-9]|2[0-3]):[0-5][0-9]$", family: "time of day", accept: true, maxLength: 5, example: "13:45" },
  { pattern: "^[0-9]{1,4}[a-zA-Z]?$", family: "house number", accept: true, maxLength: 10, example: "12a" },
  { pattern: "^[1-9]\\d{10}$", family: "tax id", accept: true, maxLength: 11, example: "12345678901" },
  { pattern: "^\\d{8}$", family: "AGS", accept: true, maxLength: 8, example: "16068051" },
  { pattern: "^[a-f0-9]{64}$", family: "SHA-256", accept: true, maxLength: 64, example: "a".repeat(64) },
  { pattern: "^[a-z]+/[a-z0-9.+-]+$", family: "media type", accept: true, maxLength: 100, example: "application/pdf" },
  { pattern: "^[A-Z0-9]{2,12}-\\d{4}-\\d{1,9}$", family: "case number", accept: true, maxLength: 30, example: "STSOE-2026-000001" },
  { pattern: "^[a-z][a-z0-9-]{2,62}$", family: "service id", accept: true, maxLength: 63, example: "hundesteuer-anmeldung" },
  { pattern: "^(/([^~/]|~[01])+)+$", family: "JSON pointer", accept: true, maxLength: 300, example: "/person/name~1x" },
  { pattern: "^[a-z]*[0-9]*$", family: "adjacent, disjoint classes", accept: true, maxLength: 1000, example: "abc123" },
  { pattern: "^\\s*\\d+\\s*$", family: "adjacent, disjoint classes", accept: true, maxLength: 1000, example: " 42 " },
  { pattern: "^(?:Herr|Frau|Divers)$", family: "alternatives, distinct first letters", accept: true, maxLength: 10, example: "Frau" },
  { pattern: "^[^<>]*$", family: "free text without angle brackets", accept: true, maxLength: 10000, example: "Hallo Welt" },
];

const accepted = table.filter((row): row is Extract<Row, { accept: true }> => row.accept);

/** Characters an attacker would repeat: the example's own and some classics. */
function alphabetOf(example: string): string[] {
  return [...new Set([...example, " ", "a", "A", "0", "-", ".", "@", "/", "ä", "~"])];
}

/** Inputs of `length` that make a backtracking engine work hardest, each ending in a mismatch. */
function worstCaseInputs(row: Extract<Row, { accept: true }>, length = row.maxLength): string[] {
  const fill = (unit: string) => unit.repeat(Math.ceil(length / unit.length)).slice(0, Math.max(0, length - 1));
  const units = [...alphabetOf(row.example), row.example, row.example.slice(0, -1), row.example.slice(1)].filter(Boolean);
  return units.flatMap((unit) => [`${fill(unit)}\u0000`, `${fill(unit)}!`, fill(unit) + unit.slice(0, 1)]);
}

/** Milliseconds of the slowest match, each input timed three times (fastest run, against scheduler noise). */
function slowestMatch(pattern: string, inputs: readonly string[]): number {
  const regex = new RegExp(pattern, "u");
  let slowest = 0;
  for (const input of inputs) {
    let fastest = Infinity;
    for (let run = 0; run < 3; run++) {
      const started = performance.now();
      regex.test(input);
      fastest = Math.min(fastest, performance.now() - started);
    }
    slowest = Math.max(slowest, fastest);
  }
  return slowest;
}

describe("pattern safety", () => {
  it("has a table of at least 30 patterns, refused and accepted", () => {
    expect(table.length).toBeGreaterThanOrEqual(30);
    expect(accepted.length).toBeGreaterThanOrEqual(10);
    expect(table.length - accepted.length).toBeGreaterThanOrEqual(20);
  });

  for (const row of table) {
    it(`${row.accept ? "accepts" : "refuses"} ${row.pattern} (${row.family})`, () => {
      const verdict = checkPatternSafety(row.pattern);
      if (row.accept) {
        expect(verdict).toEqual({ safe: true });
        expect(new RegExp(row.pattern, "u").test(row.example), `example ${row.example}`).toBe(true);
        expect(row.example.length).toBeLessThanOrEqual(row.maxLength);
      } else {
        expect(verdict.safe).toBe(false);
        expect(verdict.safe === false && verdict.reason).toContain(row.reason);
      }
    });
  }

  it("matches every accepted pattern in under 10 ms on worst-case inputs up to the field's maxLength", () => {
    // Ajv checks every keyword (allErrors), so a pattern also sees strings longer than maxLength:
    // linear patterns stay fast at the size of a whole request body too.
    const timings = accepted.map((row) => ({
      pattern: row.pattern,
      maxLength: row.maxLength,
      inputs: worstCaseInputs(row).length,
      slowestMs: slowestMatch(row.pattern, worstCaseInputs(row)),
      at100kMs: slowestMatch(row.pattern, worstCaseInputs(row, 100_000)),
    }));
    const cell = (ms: number) => ms.toFixed(3).padStart(10);
    console.log(
      [
        "max ms at maxLength  maxLength  inputs  max ms at 100k  pattern",
        ...timings.map(
          (t) =>
            `${cell(t.slowestMs).padStart(19)}  ${String(t.maxLength).padStart(9)}  ${String(t.inputs).padStart(6)}  ${cell(t.at100kMs).padStart(14)}  ${t.pattern}`,
        ),
      ].join("\n"),
    );
    for (const timing of timings) expect(timing.slowestMs, timing.pattern).toBeLessThan(10);
    for (const timing of timings) expect(timing.at100kMs, `${timing.pattern} at 100,000 characters`).toBeLessThan(50);
  });

  it("stays fast on random inputs up to maxLength (property)", () => {
    for (const row of accepted) {
      fc.assert(
        fc.property(
          fc.string({ unit: fc.constantFrom(...alphabetOf(row.example), "!", "\u0000"), maxLength: row.maxLength }),
          // Fastest of three runs, like the table: a garbage collection on a busy machine is not the pattern's doing.
          (input) => slowestMatch(row.pattern, [input]) < 10,
        ),
        { numRuns: 50 },
      );
    }
  });

  it("shows why refusal matters: the regression pattern's time grows exponentially with the input", () => {
    // Small inputs only: a few more characters would block the test for seconds.
    const time = (n: number) => slowestMatch("^(a|aa)+$", [`${"a".repeat(n)}!`]);
    const short = time(18);
    const long = time(26);
    expect(long).toBeGreaterThan(short * 5);
  });

  it("matches every pattern of the built-in forms and shared schemas in under 10 ms up to its maxLength", () => {
    const found: Array<{ file: string; pattern: string; maxLength: number }> = [];
    const visit = (file: string, node: unknown) => {
      if (Array.isArray(node)) node.forEach((child) => visit(file, child));
      else if (node && typeof node === "object") {
        const schema = node as Record<string, unknown>;
        if (typeof schema.pattern === "string") {
          found.push({
            file,
            pattern: schema.pattern,
            maxLength: typeof schema.maxLength === "number" ? schema.maxLength : DEFAULT_MAX_LENGTH,
          });
        }
        Object.values(schema).forEach((child) => visit(file, child));
      }
    };
    for (const { file, definition } of builtInForms()) visit(file, definition);
    for (const file of readdirSync("schemas")) visit(`schemas/${file}`, JSON.parse(readFileSync(`schemas/${file}`, "utf8")));
    expect(found.length).toBeGreaterThan(10);
    for (const { file, pattern, maxLength } of found) {
      expect(checkPatternSafety(pattern), `${file}: ${pattern}`).toEqual({ safe: true });
      // The pattern's own characters are the attacker's alphabet.
      const row = { pattern, family: file, accept: true as const, maxLength, example: pattern };
      expect(slowestMatch(pattern, worstCaseInputs(row)), `${file}: ${pattern}`).toBeLessThan(10);
    }
  });

  it("uses an unambiguous e-mail check and uuid format (their own flags)", () => {
    const emailSource = /\/(\^.*\$)\/i\.test/s.exec(isEmail.toString())?.[1];
    expect(emailSource).toBeDefined();
    expect(isSafePattern(emailSource!, { caseInsensitive: true, maxScore: 1, timeout: 2000 }).safe).toBe(true);
    expect(isSafePattern(AJV_EMAIL, { caseInsensitive: true, maxScore: 1, timeout: 2000 }).safe).toBe(false);
    for (const address of ["anna@example.org", "a.b+c@sub-domain.example.de", "X@Y.DE"]) expect(isEmail(address), address).toBe(true);
    for (const address of [
      "anna@example",
      "@example.org",
      "anna@-example.org",
      "anna@example-.org",
      "a..b@example.org",
      "anna@ex ample.org",
    ]) {
      expect(isEmail(address), address).toBe(false);
    }
    fc.assert(
      fc.property(fc.emailAddress(), (address) => {
        // Same verdict as the ambiguous expression it replaces (for addresses with a dot in the domain).
        const reference = new RegExp(AJV_EMAIL, "i");
        expect(isEmail(address)).toBe(reference.test(address));
      }),
    );
  });

  it("refuses every further pattern once a definition's time budget is spent", () => {
    const check = new PatternCheck(0);
    const verdict = check.verdict("^[0-9]{6}$");
    expect(verdict).toMatchObject({ safe: false, reason: expect.stringContaining("Prüfzeit") });
    // The budget's end is not the pattern's fault: the pattern is judged afresh later.
    expect(checkPatternSafety("^[0-9]{6}$")).toEqual({ safe: true });
  });

  it("bounds the time a hostile definition's patterns can take to check", () => {
    // Each of these takes the analysis about a second on this kind of machine, so thirty of them need
    // several times the budget even on a much faster one; distinct, so no verdict is reused.
    const letters = "abcdefghijklmnopqrstuvwxyz";
    const hard = Array.from(
      { length: 30 },
      (_, i) => `^(?:(?:${[...letters.slice(i % 15, (i % 15) + 12)].join("|")})(?:${i < 15 ? "0|1|2" : "3|4|5"})?){1,400}$`,
    );
    const hostile = structuredClone(dogTaxDefinition) as FormDefinition;
    const properties = hostile.dataSchema.properties as Record<string, Record<string, unknown>>;
    const [name] = Object.entries(properties).find(([, schema]) => schema.type === "string")!;
    // Two nested lists: a list holds at most 20 entries.
    properties[name]!.allOf = [hard.slice(0, 15), hard.slice(15)].map((half) => ({ allOf: half.map((pattern) => ({ pattern })) }));
    const started = performance.now();
    const problems = checkDefinition(hostile);
    const elapsed = performance.now() - started;
    console.log(`hostile definition: ${hard.length} hard patterns checked in ${elapsed.toFixed(0)} ms`);
    expect(elapsed).toBeLessThan(PATTERN_CHECK_BUDGET_MS + 2000);
    const refused = problems.filter((problem) => /^\/dataSchema\/properties\/[^/]+\/allOf\/\d\/allOf\/\d+\/pattern$/.test(problem.pointer));
    expect(refused.length).toBeGreaterThan(0);
    expect(refused.some((problem) => problem.message.includes("Prüfzeit"))).toBe(true);
  }, 20_000);

  it("compiles only vetted patterns: a stored pattern that is not proven linear matches nothing", () => {
    const stored = structuredClone(dogTaxDefinition) as FormDefinition;
    const properties = stored.dataSchema.properties as Record<string, Record<string, unknown>>;
    const [name] = Object.entries(properties).find(([, schema]) => schema.type === "string")!;
    properties[name]!.pattern = "^(a|aa)+$";
    const compiled = validatorSchemas(stored).data.properties as Record<string, Record<string, unknown>>;
    expect(compiled[name]!.pattern).toBe(WITHHELD_PATTERN);
    expect(properties[name]!.pattern).toBe("^(a|aa)+$");
    expect(new RegExp(WITHHELD_PATTERN, "u").test("a")).toBe(false);
  });

  it("keeps an unproven stored pattern out of the browser's validator module and the server's validator", async () => {
    const stored = structuredClone(dogTaxDefinition) as FormDefinition;
    const properties = stored.dataSchema.properties as Record<string, Record<string, unknown>>;
    const [name] = Object.entries(properties).find(([, schema]) => schema.type === "string")!;
    properties[name]!.pattern = "^(a|aa)+$";
    const module = await generateValidatorModule(stored);
    expect(module).not.toContain("(a|aa)+");
    const { validateData } = compileValidators(stored);
    const started = performance.now();
    validateData({ [name]: `${"a".repeat(5000)}!` });
    expect(performance.now() - started).toBeLessThan(50);
    expect(validateData.errors?.some((error) => error.keyword === "pattern" && error.instancePath === `/${name}`)).toBe(true);
  });
});
