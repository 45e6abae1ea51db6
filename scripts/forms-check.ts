/**
 * npm run forms:check -- FILE...   (no FILE: every forms/*.json)
 *
 * Prints one line per problem, `FILE POINTER message (Zeile L, Spalte C)`,
 * and exits 1 if any file has a problem. The checking itself lives in
 * app/engine/definition-check.server.ts so the editor and the API share it.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { checkDefinitionText, MAX_DEFINITION_BYTES, type DefinitionProblem } from "../app/engine/definition-check.server";

function defaultFiles(): string[] {
  return readdirSync("forms")
    .filter((name) => name.endsWith(".json"))
    .sort()
    .map((name) => join("forms", name));
}

function checkFile(file: string): DefinitionProblem[] {
  let size: number;
  try {
    size = statSync(file).size;
  } catch {
    return [{ pointer: "", message: "Datei nicht gefunden oder nicht lesbar." }];
  }
  // Refuse before reading: a huge file should not even be loaded.
  if (size > MAX_DEFINITION_BYTES) {
    return [
      {
        pointer: "",
        message: `Die Datei ist größer als 1 MB (${size.toLocaleString("de-DE")} Bytes); so große Formulardefinitionen werden nicht angenommen.`,
      },
    ];
  }
  return checkDefinitionText(readFileSync(file, "utf8")).problems;
}

function formatProblem(file: string, { pointer, message, line, column }: DefinitionProblem): string {
  const where = line === undefined || message.includes(`Zeile ${line}`) ? "" : ` (Zeile ${line}, Spalte ${column})`;
  return `${file} ${pointer === "" ? "/" : pointer} ${message}${where}`;
}

const files = process.argv.slice(2).filter((arg) => arg !== "--");
let failed = false;
for (const file of files.length > 0 ? files : defaultFiles()) {
  const problems = checkFile(file);
  if (problems.length === 0) {
    console.log(`${file} ok`);
    continue;
  }
  failed = true;
  for (const problem of problems) console.log(formatProblem(file, problem));
}
process.exitCode = failed ? 1 : 0;
