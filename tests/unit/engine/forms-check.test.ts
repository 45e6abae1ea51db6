import { execFile } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { checkDefinitionText, MAX_DEFINITION_BYTES } from "../../../app/engine/definition-check.server";
import { builtInForms, FIXTURES } from "./support";

const run = promisify(execFile);

/** One broken definition per problem type: where the problem is and what the message says. */
const expectations: Record<string, { pointer: string; message: string; line?: number }> = {
  "syntax-error.json": { pointer: "", message: "JSON-Syntaxfehler in Zeile 4, Spalte 3", line: 4 },
  "duplicate-json-key.json": { pointer: "/level", message: "kommt in diesem Objekt mehrfach vor", line: 4 },
  "missing-review.json": { pointer: "/review", message: "Pflichtangabe „review“ fehlt" },
  "unknown-widget.json": { pointer: "/steps/0/fields/0/widget", message: "Unbekanntes Widget „slider“" },
  "unknown-key.json": { pointer: "/steps/0/fields/0/placeholder", message: "Unbekannter Schlüssel „placeholder“" },
  "unsupported-schema-keyword.json": { pointer: "/dataSchema/properties/vorname/patternProperties", message: "wird nicht unterstützt" },
  "reserved-step-id.json": { pointer: "/steps/1/id", message: "reservierte Schritt-IDs" },
  "pointer-not-in-schema.json": { pointer: "/steps/0/fields/1/pointer", message: "„/familienname“ kommt im dataSchema nicht vor" },
  "when-unknown-property.json": { pointer: "/steps/1/when/properties/hatKatze", message: "Bedingung bezieht sich auf „/hatKatze“" },
  "duplicate-step-ids.json": { pointer: "/steps/1/id", message: "Schritt-ID „person“ ist doppelt" },
  "duplicate-field-pointers.json": { pointer: "/steps/1/fields/0/pointer", message: "Feld-Pointer „/vorname“ ist doppelt" },
  "invalid-regex.json": { pointer: "/dataSchema/properties/plz/pattern", message: "Ungültiger regulärer Ausdruck" },
  "redos-regex.json": { pointer: "/dataSchema/properties/vorname/pattern", message: "ist abgelehnt: mehrdeutig" },
  "redos-overlapping-alternation.json": {
    pointer: "/dataSchema/properties/vorname/pattern",
    message: "„^(a|aa)+$“ ist abgelehnt: mehrdeutig",
  },
  "ref-outside-schemas.json": { pointer: "/dataSchema/properties/hundName/$ref", message: "Verweis „../secret.json“ ist nicht erlaubt" },
  "ref-remote-url.json": {
    pointer: "/dataSchema/properties/hundName/$ref",
    message: "Verweis „http://example.com/schema.json“ ist nicht erlaubt",
  },
  "circular-ref.json": { pointer: "/dataSchema/$defs/b/$ref", message: "Zirkulärer Verweis: #/$defs/a → #/$defs/b → #/$defs/a" },
  "options-enum-mismatch.json": { pointer: "/steps/0/fields/3/options", message: "Optionen passen nicht zum enum" },
  "required-not-covered.json": {
    pointer: "/dataSchema/required/3",
    message: "Pflichtangabe „/geburtsort“ wird in keinem Schritt abgefragt",
  },
  "field-when-later-page.json": {
    pointer: "/steps/0/fields/2/when",
    message: "Bedingung bezieht sich auf „/hundName“, das erst auf einer späteren Seite („hund“, /steps/1/fields/0) gefragt wird",
  },
  "field-when-self.json": { pointer: "/steps/0/fields/3/when", message: "„/hatHund“, also auf die Frage selbst" },
  "field-when-cycle.json": { pointer: "/steps/0/fields/2/when", message: "Bedingungen bilden einen Kreis: „/plz“ → „/hatHund“ → „/plz“" },
  "field-when-unknown-property.json": {
    pointer: "/steps/1/fields/0/when/required/0",
    message: "Bedingung bezieht sich auf „/katze“, das es im dataSchema nicht gibt",
  },
  "first-step-condition.json": { pointer: "/steps/0/when", message: "Der erste Schritt darf keine Bedingung" },
  "too-many-attachments.json": { pointer: "/steps/0/fields/4", message: "bis zu 21 Dateien enthalten (/nachweise: 16, /hunde: 5)" },
};

const brokenFixtures = readdirSync(FIXTURES).filter((name) => name.endsWith(".json"));

describe("definition check", () => {
  it("has an expectation for every broken fixture (and at least ten of them)", () => {
    expect(brokenFixtures.sort()).toEqual(Object.keys(expectations).sort());
    expect(brokenFixtures.length).toBeGreaterThanOrEqual(10);
  });

  for (const [file, expected] of Object.entries(expectations)) {
    it(`reports ${file} at ${expected.pointer || "the document"}`, () => {
      const { problems, definition } = checkDefinitionText(readFileSync(join(FIXTURES, file), "utf8"));
      expect(definition).toBeUndefined();
      const problem = problems.find((candidate) => candidate.pointer === expected.pointer);
      expect(problem, JSON.stringify(problems, null, 2)).toBeDefined();
      expect(problem!.message).toContain(expected.message);
      expect(problem!.line).toBeGreaterThan(0);
      if (expected.line) expect(problem!.line).toBe(expected.line);
    });
  }

  it("accepts the valid fixtures", () => {
    for (const name of readdirSync(join(FIXTURES, "valid"))) {
      const { problems, definition } = checkDefinitionText(readFileSync(join(FIXTURES, "valid", name), "utf8"));
      expect(problems, name).toEqual([]);
      expect(definition).toBeDefined();
    }
  });

  it("rejects more than 1 MB before parsing it", () => {
    const padding = " ".repeat(MAX_DEFINITION_BYTES);
    const { problems } = checkDefinitionText(`{${padding}}`);
    expect(problems).toEqual([{ pointer: "", message: expect.stringContaining("größer als 1 MB") }]);
  });

  it("rejects absurdly deep nesting as a syntax problem instead of overflowing the stack", () => {
    const { problems } = checkDefinitionText(`${"[".repeat(100_000)}${"]".repeat(100_000)}`);
    expect(problems[0]!.message).toContain("Zu tief verschachtelt");
  });

  const forms = builtInForms();
  it.skipIf(forms.length === 0)("accepts every built-in form in forms/", () => {
    for (const { file } of forms) {
      expect(checkDefinitionText(readFileSync(file, "utf8")).problems, file).toEqual([]);
    }
  });
});

describe("npm run forms:check (scripts/forms-check.ts)", () => {
  const script = ["--import", "tsx", "scripts/forms-check.ts"];

  it("prints FILE POINTER message per problem and exits 1", async () => {
    const big = join(mkdtempSync(join(tmpdir(), "forms-check-")), "big.json");
    writeFileSync(big, `{"id": "${"x".repeat(MAX_DEFINITION_BYTES)}"}`);
    const files = [
      join(FIXTURES, "unknown-widget.json"),
      join(FIXTURES, "redos-regex.json"),
      join(FIXTURES, "redos-overlapping-alternation.json"),
      big,
      join(FIXTURES, "valid", "minimal.json"),
    ];
    const failure = await run(process.execPath, [...script, ...files]).catch((error: { code: number; stdout: string }) => error);
    expect("code" in failure && failure.code).toBe(1);
    const lines = failure.stdout.trim().split("\n");
    expect(lines).toContainEqual(
      expect.stringMatching(
        /^tests\/fixtures\/forms-check\/unknown-widget\.json \/steps\/0\/fields\/0\/widget Unbekanntes Widget „slider“.*\(Zeile \d+, Spalte \d+\)$/,
      ),
    );
    expect(lines).toContainEqual(expect.stringMatching(/redos-regex\.json \/dataSchema\/properties\/vorname\/pattern .*mehrdeutig/));
    expect(lines).toContainEqual(
      expect.stringMatching(
        /redos-overlapping-alternation\.json \/dataSchema\/properties\/vorname\/pattern Regulärer Ausdruck „\^\(a\|aa\)\+\$“ ist abgelehnt: mehrdeutig/,
      ),
    );
    expect(lines).toContainEqual(expect.stringMatching(/big\.json \/ Die Datei ist größer als 1 MB/));
    expect(lines).toContain("tests/fixtures/forms-check/valid/minimal.json ok");
  });

  it("exits 0 when all files are valid", async () => {
    const { stdout } = await run(process.execPath, [
      ...script,
      join(FIXTURES, "valid", "minimal.json"),
      join(FIXTURES, "valid", "test-hundesteuer.json"),
    ]);
    expect(stdout.trim().split("\n")).toHaveLength(2);
  });
});
