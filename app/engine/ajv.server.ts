/**
 * The one Ajv configuration of the engine. Server/build side only: Ajv
 * compiles with `new Function`, which the browser's CSP forbids (the browser
 * gets generated code instead, see standalone.server.ts).
 */
import { _ } from "ajv";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { customFormats } from "./formats";
import { sharedSchemas } from "./shared-schemas";

/** Ajv's console logger, minus the deprecation notice for the `unicode` option we set on purpose. */
const quietAboutUnicodeOption = {
  log: (...args: unknown[]) => console.log(...args),
  warn: (...args: unknown[]) => {
    if (!String(args[0]).includes("option unicode")) console.warn(...args);
  },
  error: (...args: unknown[]) => console.error(...args),
};

/** Name of the object holding the custom formats inside generated code. */
export const FORMATS_BINDING = "customFormats";

export function createAjv(options: { standalone?: boolean } = {}): Ajv2020 {
  const ajv = new Ajv2020({
    allErrors: true,
    // We phrase every message ourselves; skipping Ajv's texts also shrinks generated code.
    messages: false,
    // Unknown keywords and formats are errors; type/tuple strictness would
    // reject ordinary conditions such as `if: { properties: … }` without `type`.
    strict: true,
    strictTypes: false,
    strictTuples: false,
    strictRequired: false,
    allowUnionTypes: true,
    // Definitions are checked against our own, narrower meta-schema before
    // they are compiled (definition-check.server.ts); Ajv's check of the
    // standard meta-schema would only cost compile time.
    validateSchema: false,
    // Lengths in UTF-16 code units instead of code points: twice the
    // throughput (no per-character walk); only characters outside the BMP
    // (emoji) count double toward maxLength, which is fine for bounds.
    unicode: false,
    logger: quietAboutUnicodeOption,
    // Shared parts stay separate functions instead of being inlined at every
    // use: compiles are ~4× faster and validation is no slower (measured).
    inlineRefs: false,
    // Generated code reads non-regex formats from this binding (must equal FORMATS_BINDING).
    code: options.standalone ? { source: true, esm: true, formats: _`customFormats` } : {},
    schemas: [...sharedSchemas],
  });
  // uuid is a regular expression (linear: one way to match): the generated code inlines it.
  // email is our own check (formats.ts): ajv-formats' expression is ambiguous.
  addFormats(ajv, { formats: ["uuid"], keywords: false });
  // Plain functions (Ajv applies them to strings only), because generated code
  // calls `customFormats[name](value)` on the embedded copies.
  for (const [name, check] of Object.entries(customFormats)) ajv.addFormat(name, check);
  return ajv;
}
