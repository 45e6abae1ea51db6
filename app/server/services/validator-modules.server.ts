/**
 * Makes and stores the browser validator module of a published version (Ajv standalone code in
 * service_versions.validator_module). Takes the database from its caller so that the database's
 * own start-up (seeding built-in services) can use it.
 */
import { and, eq, inArray, isNull } from "drizzle-orm";
import type { Database } from "../../../db/client";
import { serviceVersions } from "../../../db/schema";
import { generateValidatorModule } from "../../engine/standalone.server";
import type { FormDefinition } from "../../engine/types";

export async function storeValidatorModule(database: Database, definition: FormDefinition): Promise<string> {
  const module = await generateValidatorModule(definition);
  await database
    .update(serviceVersions)
    .set({ validatorModule: module })
    .where(and(eq(serviceVersions.serviceId, definition.id), eq(serviceVersions.version, definition.version)));
  return module;
}

/** Fills the module of every published version that has none yet (versions stored before this existed). */
export async function storeMissingValidatorModules(database: Database): Promise<void> {
  const missing = await database
    .select({ definition: serviceVersions.definition })
    .from(serviceVersions)
    .where(and(isNull(serviceVersions.validatorModule), inArray(serviceVersions.status, ["published", "retired"])));
  for (const row of missing) await storeValidatorModule(database, row.definition as FormDefinition);
}
