/**
 * Checks of the schemas inside a definition that protect the server:
 * only allowed `$ref`s (local or a shared part from schemas/, never a path
 * or URL), no circular references, and only valid `pattern`s proven to run
 * in linear time (regex-safety.ts). Patterns are analysed, never run against
 * input, within one time budget per definition.
 */
import { escapeSegment } from "./json-pointer";
import { PATTERN_CHECK_BUDGET_MS, PatternCheck } from "./regex-safety";
import { resolveRef, splitRef } from "./schema-resolver";
import { childSchemas, walkSchema } from "./schema-walk";
import type { FormDefinition, JsonSchema } from "./types";

export interface SchemaProblem {
  pointer: string;
  message: string;
}

/** Every schema document of a definition: the dataSchema and each step condition. */
export function schemaDocuments(definition: FormDefinition): Array<{ schema: JsonSchema; pointer: string }> {
  return [
    { schema: definition.dataSchema, pointer: "/dataSchema" },
    ...definition.steps.flatMap((step, index) => (step.when ? [{ schema: step.when, pointer: `/steps/${index}/when` }] : [])),
  ];
}

function checkRef(ref: string, pointer: string, document: JsonSchema, shared: ReadonlyMap<string, JsonSchema>): SchemaProblem | undefined {
  const { documentName } = splitRef(ref);
  if (documentName !== "" && !shared.has(documentName)) {
    return {
      pointer,
      message:
        `Verweis „${ref}“ ist nicht erlaubt: nur lokale Verweise (#/…) und die gemeinsamen Schemas ` +
        `aus schemas/ (${[...shared.keys()].join(", ")}).`,
    };
  }
  if (resolveRef(ref, document, shared) === undefined) return { pointer, message: `Verweis „${ref}“ zeigt ins Leere.` };
  return undefined;
}

/** Every regular expression of a schema node: its `pattern` and the keys of `patternProperties`. */
export function patternsOf(node: JsonSchema, pointer: string): Array<{ pattern: string; pointer: string }> {
  const found: Array<{ pattern: string; pointer: string }> = [];
  if (typeof node.pattern === "string") found.push({ pattern: node.pattern, pointer: `${pointer}/pattern` });
  const keyed = node.patternProperties;
  if (keyed && typeof keyed === "object" && !Array.isArray(keyed)) {
    for (const key of Object.keys(keyed)) found.push({ pattern: key, pointer: `${pointer}/patternProperties/${escapeSegment(key)}` });
  }
  return found;
}

function checkPattern(pattern: string, pointer: string, check: PatternCheck): SchemaProblem | undefined {
  try {
    new RegExp(pattern, "u");
  } catch (error) {
    return { pointer, message: `Ungültiger regulärer Ausdruck „${pattern}“: ${(error as Error).message}` };
  }
  const verdict = check.verdict(pattern);
  if (verdict.safe) return undefined;
  return { pointer, message: `Regulärer Ausdruck „${pattern}“ ist abgelehnt: ${verdict.reason}.` };
}

/** Local `$ref`s reachable from `schema` without entering another reference or `$defs`. */
function localRefsWithin(schema: JsonSchema, pointer: string): Array<{ ref: string; pointer: string }> {
  const found: Array<{ ref: string; pointer: string }> = [];
  const visit = (node: JsonSchema, at: string) => {
    if (typeof node.$ref === "string" && node.$ref.startsWith("#")) found.push({ ref: node.$ref, pointer: `${at}/$ref` });
    for (const child of childSchemas(node, at, { includeDefs: false })) visit(child.schema, child.pointer);
  };
  visit(schema, pointer);
  return found;
}

/** Reference cycles such as `#/$defs/a` → `#/$defs/b` → `#/$defs/a` (also recursive structures: they are unbounded). */
function findCycles(document: JsonSchema, documentPointer: string, shared: ReadonlyMap<string, JsonSchema>): SchemaProblem[] {
  const problems: SchemaProblem[] = [];
  const done = new Set<string>();
  const reported = new Set<string>();
  const targetOf = (ref: string) => (ref === "#" ? "#" : ref.replace(/\/$/, ""));

  const visit = (target: string, schema: JsonSchema, pointer: string, path: string[]) => {
    if (done.has(target)) return;
    for (const { ref, pointer: refPointer } of localRefsWithin(schema, pointer)) {
      const next = targetOf(ref);
      if (path.includes(next)) {
        if (!reported.has(refPointer)) {
          reported.add(refPointer);
          const cycle = [...path.slice(path.indexOf(next)), next].join(" → ");
          problems.push({ pointer: refPointer, message: `Zirkulärer Verweis: ${cycle}` });
        }
        continue;
      }
      const resolved = resolveRef(ref, document, shared);
      if (resolved) visit(next, resolved.schema, `${documentPointer}${decodeURIComponent(next.slice(1))}`, [...path, next]);
    }
    done.add(target);
  };

  visit("#", document, documentPointer, ["#"]);
  const defs = document.$defs;
  if (defs && typeof defs === "object") {
    for (const [name, schema] of Object.entries(defs as Record<string, JsonSchema>)) {
      const target = `#/$defs/${name}`;
      visit(target, schema, `${documentPointer}/$defs/${name}`, [target]);
    }
  }
  return problems;
}

export function checkSchemaSafety(definition: FormDefinition, shared: ReadonlyMap<string, JsonSchema>): SchemaProblem[] {
  const problems: SchemaProblem[] = [];
  const patterns = new PatternCheck(PATTERN_CHECK_BUDGET_MS);
  for (const { schema: document, pointer: documentPointer } of schemaDocuments(definition)) {
    let refsValid = true;
    walkSchema(document, documentPointer, (node, pointer) => {
      if (typeof node.$ref === "string") {
        const problem = checkRef(node.$ref, `${pointer}/$ref`, document, shared);
        if (problem) {
          problems.push(problem);
          refsValid = false;
        }
      }
      for (const { pattern, pointer: patternPointer } of patternsOf(node, pointer)) {
        const problem = checkPattern(pattern, patternPointer, patterns);
        if (problem) problems.push(problem);
      }
    });
    if (refsValid) problems.push(...findCycles(document, documentPointer, shared));
  }
  return problems;
}
