/** Definitions the builder must open unchanged: every built-in form and every valid fixture. */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { checkDefinition } from "../../../app/engine/definition-check.server";
import type { FormDefinition } from "../../../app/engine/types";

function jsonFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? jsonFiles(path) : name.endsWith(".json") ? [path] : [];
  });
}

/** Built-in forms plus every fixture under tests/fixtures that passes forms:check. */
export function validDefinitions(): Array<{ file: string; definition: FormDefinition }> {
  const result: Array<{ file: string; definition: FormDefinition }> = [];
  for (const file of [...jsonFiles("forms"), ...jsonFiles("tests/fixtures")].sort()) {
    let value: unknown;
    try {
      value = JSON.parse(readFileSync(file, "utf8"));
    } catch {
      continue;
    }
    if (checkDefinition(value).length === 0) result.push({ file, definition: value as FormDefinition });
  }
  return result;
}

export function problemsOf(definition: FormDefinition): string[] {
  return checkDefinition(definition).map((p) => `${p.pointer}: ${p.message}`);
}
