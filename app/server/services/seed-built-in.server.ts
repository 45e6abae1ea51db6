import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { and, eq } from "drizzle-orm";
import type { Database } from "../../../db/client";
import { municipalities, serviceOfferings, services, serviceVersions } from "../../../db/schema";
import type { FormDefinition } from "../../engine/types";
import { log } from "../logger.server";
import { canonicalJson } from "../submissions/canonical-json";
import { storeMissingValidatorModules } from "./validator-modules.server";

const formsFolder = resolve(process.cwd(), "forms");

export function builtInDefinitions(): FormDefinition[] {
  return readdirSync(formsFolder)
    .filter((file) => file.endsWith(".json"))
    .sort()
    .map((file) => JSON.parse(readFileSync(join(formsFolder, file), "utf8")) as FormDefinition);
}

/**
 * Publishes each built-in form of `forms/` as its stated version. A new service is offered
 * in every municipality; later changes to the offering (by editors) are never undone here.
 * A published version is never overwritten: a changed file needs a new version number.
 */
export async function seedBuiltInServices(database: Database): Promise<void> {
  const allMunicipalities = await database.select({ ags: municipalities.ags }).from(municipalities);
  for (const definition of builtInDefinitions()) {
    await database.transaction(async (tx) => {
      const created = await tx
        .insert(services)
        .values({ id: definition.id, ownerCountyAgs: null, level: definition.level })
        .onConflictDoNothing()
        .returning({ id: services.id });
      if (created.length > 0) {
        await tx
          .insert(serviceOfferings)
          .values(allMunicipalities.map((m) => ({ serviceId: definition.id, municipalityAgs: m.ags })))
          .onConflictDoNothing();
      }
      const [existing] = await tx
        .select({ definition: serviceVersions.definition })
        .from(serviceVersions)
        .where(and(eq(serviceVersions.serviceId, definition.id), eq(serviceVersions.version, definition.version)));
      if (existing) {
        if (canonicalJson(existing.definition) !== canonicalJson(definition)) {
          log.warn("built-in form changed without a new version number; the published version is kept", {
            service: definition.id,
            version: definition.version,
          });
        }
        return;
      }
      await tx.insert(serviceVersions).values({
        serviceId: definition.id,
        version: definition.version,
        status: "published",
        definition,
        title: definition.title.de,
        leikaKey: definition.leikaKey ?? null,
        publishedAt: new Date(),
      });
    });
  }
  // The browser validators of each published version, generated once (see validator-modules.server.ts).
  await storeMissingValidatorModules(database);
}
