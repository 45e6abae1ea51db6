/**
 * Benchmark: the form engine on the largest built-in form (forms/*.json by
 * size; fallback: the engine's test form).
 * Run directly with `npx tsx bench/engine.bench.ts`, or import and call `run()`.
 *
 * Figures and targets (2-core machine):
 *  - compile: median of fresh compiles, bypassing the runtime cache  < 50 ms
 *  - full-payload validations per second (compiled validator)       ≥ 200,000
 *  - step transitions per second (server path: pure `transition`,
 *    NEXT through every step + SUBMIT, each with validation)         ≥ 100,000
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { compile, compileFresh, compileValidators } from "../app/engine/compile.server";
import { startState, transition } from "../app/engine/transition";
import type { FormDefinition, FormValues } from "../app/engine/types";

export interface EngineBenchResult {
  name: string;
  form: string;
  compileMedianMs: number;
  validationsPerSecond: number;
  /** validateAll: pruning, validation and (here: no) error mapping, as a submit does it. */
  validateAllPerSecond: number;
  transitionsPerSecond: number;
  meetsTargets: boolean;
}

export const targets = { compileMs: 50, validationsPerSecond: 200_000, transitionsPerSecond: 100_000 };

const FALLBACK_FORM = "tests/fixtures/forms-check/valid/test-hundesteuer.json";

/** A valid payload of the fallback form (kept here: benchmarks do not import test code). */
const FALLBACK_PAYLOAD: FormValues = {
  antragsteller: { vorname: "Łukasz", nachname: "Nowak" },
  geburtsdatum: "1987-03-14",
  anschrift: { strasse: "Marktplatz", hausnummer: "7a", plz: "99189", ort: "Gebesee" },
  hunde: [{ name: "Bruno", rasse: "Labrador", geburtsdatum: "2021-04-02", gewichtKg: 31 }],
  gefaehrlich: "ja",
  erlaubnis: { nummer: "ERL-2024-17", behoerde: "Ordnungsamt Gebesee" },
  ermaessigung: "keine",
  bankverbindung: { kontoinhaber: "Łukasz Nowak", iban: "DE89370400440532013000" },
  sepaMandat: true,
};

function largestForm(): { file: string; definition: FormDefinition; payload: FormValues } {
  const candidates = existsSync("forms")
    ? readdirSync("forms")
        .filter((name) => name.endsWith(".json"))
        .map((name) => `forms/${name}`)
        .sort((a, b) => statSync(b).size - statSync(a).size)
    : [];
  for (const file of candidates) {
    const definition = JSON.parse(readFileSync(file, "utf8")) as FormDefinition;
    const payloads = `tests/fixtures/payloads/${definition.id}.json`;
    if (!existsSync(payloads)) continue;
    const { valid } = JSON.parse(readFileSync(payloads, "utf8")) as { valid: FormValues[] };
    // The richest example exercises the most of the form.
    const payload = [...valid].sort((a, b) => JSON.stringify(b).length - JSON.stringify(a).length)[0];
    if (payload) return { file, definition, payload };
  }
  return { file: FALLBACK_FORM, definition: JSON.parse(readFileSync(FALLBACK_FORM, "utf8")) as FormDefinition, payload: FALLBACK_PAYLOAD };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** Operations per second of `operation` (each call may do `per` operations), measured for ~1 s after warm-up. */
function throughput(operation: () => void, per = 1): number {
  for (let index = 0; index < 2_000; index++) operation();
  let count = 0;
  const started = performance.now();
  while (performance.now() - started < 1_000) {
    for (let index = 0; index < 500; index++) operation();
    count += 500 * per;
  }
  return Math.round(count / ((performance.now() - started) / 1000));
}

export async function run(): Promise<EngineBenchResult> {
  const { file, definition, payload } = largestForm();

  for (let index = 0; index < 5; index++) compileFresh(definition); // warm-up: JIT, shared parts
  const compileTimes = Array.from({ length: 25 }, () => {
    const started = performance.now();
    compileFresh(definition);
    return performance.now() - started;
  });

  const runtime = compile(definition);
  const validate = compileValidators(definition).validateData;
  if (!validate(payload) || !runtime.validateAll(payload).valid) throw new Error(`${file}: benchmark payload is not valid`);
  const validationsPerSecond = throughput(() => validate(payload));
  const validateAllPerSecond = throughput(() => runtime.validateAll({ ...payload }));

  const steps = runtime.activeSteps(payload).length;
  const start = startState(runtime);
  const journey = () => {
    let snapshot = start;
    for (let index = 0; index < steps; index++) snapshot = transition(runtime, snapshot, { type: "NEXT", data: payload }).snapshot;
    snapshot = transition(runtime, snapshot, { type: "SUBMIT", declarationAccepted: true }).snapshot;
    if (snapshot.status !== "done") throw new Error(`${file}: benchmark journey did not submit`);
  };
  const transitionsPerSecond = throughput(journey, steps + 1);

  const result: EngineBenchResult = {
    name: "engine",
    form: `${file} (${steps} active steps)`,
    compileMedianMs: Number(median(compileTimes).toFixed(2)),
    validationsPerSecond,
    validateAllPerSecond,
    transitionsPerSecond,
    meetsTargets:
      median(compileTimes) < targets.compileMs &&
      validationsPerSecond >= targets.validationsPerSecond &&
      transitionsPerSecond >= targets.transitionsPerSecond,
  };
  console.log(`form                 ${result.form}`);
  console.log(`compile (median)     ${result.compileMedianMs} ms            target < ${targets.compileMs} ms`);
  console.log(
    `validations/s        ${result.validationsPerSecond.toLocaleString("en")}   target ≥ ${targets.validationsPerSecond.toLocaleString("en")}`,
  );
  console.log(`validateAll/s        ${result.validateAllPerSecond.toLocaleString("en")}`);
  console.log(
    `step transitions/s   ${result.transitionsPerSecond.toLocaleString("en")}   target ≥ ${targets.transitionsPerSecond.toLocaleString("en")}`,
  );
  console.log(`meets targets        ${result.meetsTargets ? "yes" : "NO"}`);
  return result;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await run();
