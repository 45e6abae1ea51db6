/**
 * Prints the browser validator module of a form definition (what the portal serves for a
 * published version): `npx tsx scripts/validator-module.ts forms/hundesteuer-anmeldung.json`.
 */
import { readFileSync } from "node:fs";
import { generateValidatorModule } from "../app/engine/standalone.server";
import type { FormDefinition } from "../app/engine/types";

const file = process.argv[2];
if (!file) {
  console.error("usage: tsx scripts/validator-module.ts DEFINITION.json");
  process.exit(2);
}
process.stdout.write(await generateValidatorModule(JSON.parse(readFileSync(file, "utf8")) as FormDefinition));
