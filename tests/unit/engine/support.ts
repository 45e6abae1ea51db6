/**
 * Test support for the engine: fixture loading, the forms in forms/, and a
 * fast-check generator of valid payloads for the dog-tax test form.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import fc from "fast-check";
import { expect } from "vitest";
import { inputValuesForStep, type FormEntries } from "../../../app/engine/form-submission";
import { getAt, setAt } from "../../../app/engine/json-pointer";
import type { FormRuntime } from "../../../app/engine/runtime";
import { generateValidatorModule } from "../../../app/engine/standalone.server";
import { startState, transition, type FormSnapshot } from "../../../app/engine/transition";
import type { DataValidator, FormDefinition, FormValidators, FormValues } from "../../../app/engine/types";

export const FIXTURES = "tests/fixtures/forms-check";

export function readJson<T = unknown>(path: string): T {
  return JSON.parse(readFileSync(path, "utf8")) as T;
}

export const dogTaxDefinition = readJson<FormDefinition>(`${FIXTURES}/valid/test-hundesteuer.json`);

/** Every built-in form definition (forms/*.json), once the forms author has written them. */
export function builtInForms(): Array<{ file: string; definition: FormDefinition }> {
  if (!existsSync("forms")) return [];
  return readdirSync("forms")
    .filter((name) => name.endsWith(".json"))
    .sort()
    .map((name) => ({ file: `forms/${name}`, definition: readJson<FormDefinition>(`forms/${name}`) }));
}

export interface PayloadFixture {
  valid: FormValues[];
  journeys?: Array<{ name: string; answers: Record<string, FormValues> }>;
}

/** Example payloads kept by the forms author in tests/fixtures/payloads/<form-id>.json. */
export function payloadsFor(formId: string): PayloadFixture | undefined {
  const path = `tests/fixtures/payloads/${formId}.json`;
  return existsSync(path) ? readJson<PayloadFixture>(path) : undefined;
}

/** A valid German IBAN for an 18-digit account identifier. */
export function germanIban(bban: string): string {
  const rearranged = `${bban}DE00`.replace(/[A-Z]/g, (letter) => String(letter.charCodeAt(0) - 55));
  let remainder = 0;
  for (const digit of rearranged) remainder = (remainder * 10 + Number(digit)) % 97;
  return `DE${String(98 - remainder).padStart(2, "0")}${bban}`;
}

const word = fc.stringMatching(/^[A-ZÄÖÜ][a-zäöüß]{1,12}$/);
const name = fc.tuple(word, fc.option(word, { nil: undefined })).map(([first, second]) => (second ? `${first}-${second}` : first));
const isoDate = (min: string, max: string) =>
  fc.date({ min: new Date(min), max: new Date(max), noInvalidDate: true }).map((date) => date.toISOString().slice(0, 10));
const attachment = fc.record({
  id: fc.uuid(),
  name: fc.stringMatching(/^[a-z]{1,12}\.pdf$/),
  mediaType: fc.constant("application/pdf"),
  size: fc.integer({ min: 1, max: 10_000_000 }),
  sha256: fc.stringMatching(/^[a-f0-9]{64}$/),
});

const dog = fc.record(
  {
    name,
    rasse: name,
    geburtsdatum: isoDate("2005-01-01", "2024-12-31"),
    gewichtKg: fc.integer({ min: 1, max: 90 }),
  },
  { requiredKeys: ["name", "rasse", "geburtsdatum"] },
);

/** Valid payloads of test-hundesteuer covering every branch (dangerous dog, each reduction). */
export const validDogTaxPayload: fc.Arbitrary<FormValues> = fc
  .record({
    vorname: name,
    nachname: name,
    geburtsdatum: isoDate("1920-01-01", "2005-12-31"),
    email: fc.option(fc.stringMatching(/^[a-z]{1,10}@[a-z]{2,10}\.de$/), { nil: undefined }),
    benachrichtigung: fc.option(fc.subarray(["email", "post"], { minLength: 1 }), { nil: undefined }),
    anschrift: fc.record({
      strasse: name,
      hausnummer: fc.stringMatching(/^[1-9][0-9]{0,2}[a-c]?$/),
      plz: fc.stringMatching(/^[0-9]{5}$/),
      ort: name,
    }),
    hunde: fc.array(dog, { minLength: 1, maxLength: 4 }),
    gefaehrlich: fc.constantFrom("ja", "nein"),
    erlaubnis: fc.record({ nummer: fc.stringMatching(/^[A-Z0-9-]{4,20}$/), behoerde: name }),
    ermaessigung: fc.constantFrom("keine", "sozialleistungen", "sonstiges"),
    begruendung: fc.stringMatching(/^[A-Z][a-z]{9,40}$/),
    nachweis: attachment,
    kontoinhaber: name,
    bban: fc.stringMatching(/^[0-9]{18}$/),
  })
  .map((answer) => {
    const payload: FormValues = {
      antragsteller: { vorname: answer.vorname, nachname: answer.nachname },
      geburtsdatum: answer.geburtsdatum,
      anschrift: answer.anschrift,
      hunde: answer.hunde,
      gefaehrlich: answer.gefaehrlich,
      ermaessigung: answer.ermaessigung,
      bankverbindung: { kontoinhaber: answer.kontoinhaber, iban: germanIban(answer.bban) },
      sepaMandat: true,
    };
    if (answer.email) payload.kontakt = { email: answer.email };
    if (answer.benachrichtigung) payload.benachrichtigung = answer.benachrichtigung;
    if (answer.gefaehrlich === "ja") payload.erlaubnis = answer.erlaubnis;
    if (answer.ermaessigung !== "keine") payload.nachweis = answer.nachweis;
    if (answer.ermaessigung === "sonstiges") payload.begruendung = answer.begruendung;
    return payload;
  });

export function clone<T>(value: T): T {
  return structuredClone(value);
}

/** Answers every step from one payload, then submits: what a citizen does with JavaScript off. */
export function runJourney(form: FormRuntime, answerFor: (stepId: string) => FormValues): { snapshot: FormSnapshot; visited: string[] } {
  let snapshot = startState(form);
  const visited: string[] = [];
  for (let guard = 0; guard < 100 && form.stepOrder.includes(String(snapshot.value)); guard++) {
    const stepId = String(snapshot.value);
    visited.push(stepId);
    const result = transition(form, snapshot, { type: "NEXT", data: answerFor(stepId) });
    if (!result.accepted) return { snapshot, visited };
    snapshot = result.snapshot;
  }
  snapshot = transition(form, snapshot, { type: "SUBMIT", declarationAccepted: true }).snapshot;
  return { snapshot, visited };
}

/** What a browser would post for the inputs as rendered from `data`. */
export function entriesFor(form: FormRuntime, stepId: string, data: FormValues): FormEntries {
  return Object.entries(inputValuesForStep(form, stepId, data)).flatMap(([name, value]) =>
    (Array.isArray(value) ? value : [value]).map((item) => [name, item] as const),
  );
}

/** The part of `data` a step owns. */
export function stepSlice(form: FormRuntime, stepId: string, data: FormValues): FormValues {
  let slice: FormValues = {};
  for (const entry of form.fields.byStep.get(stepId) ?? []) {
    const value = getAt(data, entry.segments);
    if (value !== undefined) slice = setAt(slice, entry.segments, value);
  }
  return slice;
}

export interface GeneratedModule extends FormValidators {
  formKey: string;
}

/** Generates the browser module, writes it to a temp file and imports it like a browser would. */
export async function importGeneratedModule(definition: FormDefinition): Promise<{ source: string; module: GeneratedModule }> {
  const source = await generateValidatorModule(definition);
  const file = join(mkdtempSync(join(tmpdir(), "validators-")), `${definition.id}.mjs`);
  writeFileSync(file, source);
  return { source, module: (await import(pathToFileURL(file).href)) as GeneratedModule };
}

/** Same verdict and the same issues (location + keyword) from both validators. */
export function expectSameVerdict(generated: DataValidator, compiled: DataValidator, data: unknown): void {
  const issues = (validator: DataValidator) =>
    (validator.errors ?? []).map((issue) => `${issue.instancePath} ${issue.keyword} ${JSON.stringify(issue.params)}`).sort();
  expect(generated(data)).toBe(compiled(data));
  expect(issues(generated)).toEqual(issues(compiled));
}
