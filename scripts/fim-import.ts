/**
 * npm run fim:import -- SCHEMA.xml [CODELIST.xml …] --out DEFINITION.json [--id ID] [--level gemeinde|kreis]
 *
 * Writes a form definition from a FIM Stammdatenschema (XDatenfelder 2 or 3) and prints the
 * report. Exits 1 with a message naming file, line and element for input it cannot import.
 * The mapping lives in app/server/fim (docs/fim-import.md).
 */
import { readFileSync, statSync, writeFileSync } from "node:fs";
import { basename } from "node:path";
import { FimImportError, importFim } from "../app/server/fim/import-fim";
import { reportText } from "../app/server/fim/report";
import { MAX_XML_BYTES } from "../app/server/fim/xml-tree";

const USAGE = "Aufruf: npm run fim:import -- SCHEMA.xml [CODELISTE.xml …] --out DEFINITION.json [--id ID] [--level gemeinde|kreis]";

function parseArgs(argv: string[]) {
  const files: string[] = [];
  let out: string | undefined;
  let id: string | undefined;
  let level: "gemeinde" | "kreis" | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === "--") continue;
    if (arg === "--out") out = argv[++i];
    else if (arg === "--id") id = argv[++i];
    else if (arg === "--level") {
      const value = argv[++i];
      if (value !== "gemeinde" && value !== "kreis")
        throw new FimImportError(`--level erwartet „gemeinde“ oder „kreis“, nicht „${value}“.`);
      level = value;
    } else if (arg.startsWith("--")) throw new FimImportError(`Unbekannte Option ${arg}. ${USAGE}`);
    else files.push(arg);
  }
  if (files.length === 0 || !out) throw new FimImportError(USAGE);
  if (id !== undefined && !/^[a-z][a-z0-9-]{2,62}$/.test(id))
    throw new FimImportError(`--id „${id}“ ist keine gültige Kennung (a–z, 0–9, „-“, 3–63 Zeichen).`);
  return { files, out, id, level };
}

function readInput(path: string) {
  let size: number;
  try {
    size = statSync(path).size;
  } catch {
    throw new FimImportError(`${path}: Datei nicht gefunden oder nicht lesbar.`);
  }
  if (size > MAX_XML_BYTES) throw new FimImportError(`${path}: Die Datei ist größer als 10 MB.`);
  return { name: basename(path), bytes: new Uint8Array(readFileSync(path)) };
}

try {
  const { files, out, id, level } = parseArgs(process.argv.slice(2));
  const [schemaPath, ...codeListPaths] = files;
  const { definition, report } = importFim(readInput(schemaPath!), codeListPaths.map(readInput), { id, level });
  writeFileSync(out, `${JSON.stringify(definition, null, 2)}\n`);
  console.log(reportText(report));
  console.log(`\nGeschrieben: ${out}`);
} catch (error) {
  if (!(error instanceof FimImportError)) throw error;
  console.error(error.message);
  process.exitCode = 1;
}
