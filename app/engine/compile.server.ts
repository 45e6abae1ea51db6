/**
 * compile(definition) → FormRuntime, with Ajv. Runtimes are cached by
 * `${id}@${version}`: published versions are immutable, so the key — not the
 * object identity of a freshly parsed JSON — says whether it is the same form.
 *
 * Expects a definition that passed checkDefinition (definition-check.server.ts).
 */
import type { ValidateFunction } from "ajv";
import type Ajv2020 from "ajv/dist/2020.js";
import { createAjv } from "./ajv.server";
import { createRuntime, runtimeKey, type FormRuntime } from "./runtime";
import type { DataValidator, FormDefinition, FormValidators, JsonSchema } from "./types";
import { validatorSchemas } from "./validator-schemas";

const runtimes = new Map<string, FormRuntime>();

// One Ajv instance for many forms: the shared parts (address, IBAN, …) are
// compiled once and referenced by every form's validator. Ajv's value scope
// keeps something of every compile even after removeSchema, so the instance
// is replaced now and then (compiled functions keep working on their own).
const COMPILES_PER_INSTANCE = 200;
let sharedAjv: Ajv2020 | undefined;
let compilesOnInstance = 0;

function compileOnce(schema: JsonSchema): DataValidator {
  if (sharedAjv === undefined || compilesOnInstance >= COMPILES_PER_INSTANCE) {
    sharedAjv = createAjv();
    compilesOnInstance = 0;
  }
  compilesOnInstance++;
  const validate: ValidateFunction = sharedAjv.compile(schema);
  // The compiled function is self-sufficient; dropping Ajv's cache entry keeps
  // memory flat when drafts are recompiled (Ajv keys it by object identity).
  sharedAjv.removeSchema(schema);
  return validate as DataValidator;
}

/** Ajv-compiled validators for a definition; always a fresh compile. */
export function compileValidators(definition: FormDefinition): FormValidators {
  const schemas = validatorSchemas(definition);
  return {
    validateData: compileOnce(schemas.data),
    conditions: Object.fromEntries(schemas.conditions.map(({ stepId, schema }) => [stepId, compileOnce(schema)])),
    fieldConditions: Object.fromEntries(schemas.fieldConditions.map(({ key, schema }) => [key, compileOnce(schema)])),
  };
}

/** The runtime of a form version, compiled once per `${id}@${version}`. */
export function compile(definition: FormDefinition): FormRuntime {
  const key = runtimeKey(definition);
  const cached = runtimes.get(key);
  if (cached) return cached;
  const runtime = compileFresh(definition);
  runtimes.set(key, runtime);
  return runtime;
}

/** A runtime without touching the cache (benchmarks, previews of unpublished drafts). */
export function compileFresh(definition: FormDefinition): FormRuntime {
  return createRuntime(definition, compileValidators(definition));
}

/** For tests and for an editor replacing an unpublished draft under the same version. */
export function clearCompileCache(): void {
  runtimes.clear();
}
