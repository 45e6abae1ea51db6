/**
 * The browser's validators for a published form version: Ajv standalone code generated once
 * and stored in service_versions.validator_module (on seed and publish), served from our own
 * origin so the CSP needs no `unsafe-eval`. Published versions never change, so neither does
 * their module: it is cached per version in the process and in the browser.
 *
 * Lives next to the wizard, its only consumer; the modules are made by
 * services/validator-modules.server.ts.
 */
import { and, eq } from "drizzle-orm";
import { serviceVersions } from "../../../db/schema";
import type { FormDefinition } from "../../engine/types";
import { db } from "../db.server";
import { storeValidatorModule } from "./validator-modules.server";
import { FormAsset } from "./form-assets.server";
import { describeError, log } from "../logger.server";

export interface ServedForm {
  module: FormAsset;
  definitionJson: FormAsset;
  definition: FormDefinition;
}

/** Per version, also while it is being loaded: concurrent first pages share one load and one compression. */
const served = new Map<string, Promise<ServedForm | null>>();

/** The module and definition of a published (or retired: drafts may still use it) version; null otherwise. */
export function servedForm(serviceId: string, version: number): Promise<ServedForm | null> {
  const key = `${serviceId}@${version}`;
  let form = served.get(key);
  if (!form) {
    form = loadServedForm(serviceId, version, key);
    served.set(key, form);
    // A draft version may be published later, and a failed load is tried again.
    form.then((loaded) => loaded ?? served.delete(key)).catch(() => served.delete(key));
  }
  return form;
}

async function loadServedForm(serviceId: string, version: number, key: string): Promise<ServedForm | null> {
  const database = await db();
  const [row] = await database
    .select({ module: serviceVersions.validatorModule, definition: serviceVersions.definition, status: serviceVersions.status })
    .from(serviceVersions)
    .where(and(eq(serviceVersions.serviceId, serviceId), eq(serviceVersions.version, version)))
    .limit(1);
  if (!row || row.status === "draft") return null;
  const definition = row.definition as FormDefinition;
  const module = row.module ?? (await storeValidatorModule(database, definition));
  return {
    module: new FormAsset(module, "text/javascript; charset=utf-8", `"${key}"`),
    definitionJson: new FormAsset(JSON.stringify(definition), "application/json; charset=utf-8", `"${key}"`),
    definition,
  };
}

/**
 * Loads a version's browser assets and compresses them. The page that names them starts it without
 * waiting, so that the browser's request for them, a moment later, is answered in the small
 * encoding even by a server that has just started. Never rejects.
 */
export async function prepareServedForm(serviceId: string, version: number): Promise<void> {
  try {
    const form = await servedForm(serviceId, version);
    await Promise.all([form?.module.prepare(), form?.definitionJson.prepare()]);
  } catch (error) {
    log.warn("form assets not prepared", { serviceId, version, ...describeError(error) });
  }
}
