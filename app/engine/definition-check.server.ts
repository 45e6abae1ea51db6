/**
 * Is this JSON an acceptable form definition? Used by `npm run forms:check`,
 * and meant for the editor UI and the publishing API: every problem comes
 * with the JSON pointer and, when checked from text, line and column.
 *
 * Order: size → JSON syntax (+ duplicate keys) → meta-schema → semantic
 * checks (only on meta-valid input, they rely on its shape) → a trial compile.
 * Server side: the meta-schema and the trial compile use Ajv.
 */
import Ajv2020, { type ValidateFunction } from "ajv/dist/2020.js";
import metaSchema from "../../schemas/form-definition.schema.json";
import { checkAttachmentLimit } from "./attachment-limit";
import { compileValidators } from "./compile.server";
import { checkSemantics } from "./definition-semantics";
import { JsonSyntaxError, locateJson, type JsonLocations } from "./json-locations";
import { describeMetaIssues } from "./meta-errors";
import { checkSchemaSafety } from "./schema-safety";
import { sharedSchemasById } from "./shared-schemas";
import type { FormDefinition, ValidationIssue } from "./types";

export interface DefinitionProblem {
  /** JSON pointer into the definition ("" = the whole document). */
  pointer: string;
  message: string;
  line?: number;
  column?: number;
}

export interface DefinitionCheckResult {
  /** Set when the text parsed and no problem was found. */
  definition?: FormDefinition;
  problems: DefinitionProblem[];
}

export const MAX_DEFINITION_BYTES = 1024 * 1024;

let metaValidator: ValidateFunction | undefined;

function validateAgainstMetaSchema(value: unknown): ValidationIssue[] {
  metaValidator ??= new Ajv2020({
    allErrors: true,
    messages: false,
    strict: true,
    strictTypes: false,
    strictRequired: false,
    allowUnionTypes: true,
  }).compile(metaSchema);
  return metaValidator(value) ? [] : ((metaValidator.errors ?? []) as ValidationIssue[]);
}

function utf8Length(text: string): number {
  return new TextEncoder().encode(text).length;
}

/** Checks an already parsed definition (no line numbers). */
export function checkDefinition(value: unknown): DefinitionProblem[] {
  const metaIssues = validateAgainstMetaSchema(value);
  if (metaIssues.length > 0) return describeMetaIssues(metaIssues, value);

  const definition = value as FormDefinition;
  const problems: DefinitionProblem[] = [
    ...checkSchemaSafety(definition, sharedSchemasById),
    ...checkSemantics(definition, sharedSchemasById),
    ...checkAttachmentLimit(definition, sharedSchemasById),
  ];
  if (problems.length > 0) return problems;
  try {
    compileValidators(definition);
  } catch (error) {
    problems.push({ pointer: "/dataSchema", message: `Das dataSchema lässt sich nicht übersetzen: ${(error as Error).message}` });
  }
  return problems;
}

function withPositions(problems: DefinitionProblem[], locations: JsonLocations): DefinitionProblem[] {
  return problems
    .map((problem) => ({ ...problem, ...locations.positionOf(problem.pointer) }))
    .sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
}

/** Checks the text of a definition file. */
export function checkDefinitionText(text: string): DefinitionCheckResult {
  if (text.length > MAX_DEFINITION_BYTES || utf8Length(text) > MAX_DEFINITION_BYTES) {
    return {
      problems: [
        {
          pointer: "",
          message: `Die Datei ist größer als 1 MB (${utf8Length(text).toLocaleString("de-DE")} Bytes); so große Formulardefinitionen werden nicht angenommen.`,
        },
      ],
    };
  }
  let locations: JsonLocations;
  try {
    locations = locateJson(text);
  } catch (error) {
    if (!(error instanceof JsonSyntaxError)) throw error;
    const { line, column } = error.position;
    return { problems: [{ pointer: "", message: `JSON-Syntaxfehler in Zeile ${line}, Spalte ${column}: ${error.message}`, line, column }] };
  }
  const duplicates: DefinitionProblem[] = locations.duplicateKeys.map((pointer) => ({
    pointer,
    message: `Schlüssel „${pointer.slice(pointer.lastIndexOf("/") + 1)}“ kommt in diesem Objekt mehrfach vor.`,
  }));
  const value: unknown = JSON.parse(text.replace(/^\uFEFF/, ""));
  const problems = withPositions([...duplicates, ...checkDefinition(value)], locations);
  return problems.length > 0 ? { problems } : { definition: value as FormDefinition, problems };
}
