/**
 * Publishing a draft: it becomes an immutable version that new drafts and submissions use,
 * while drafts and cases started on older versions keep theirs. The text is checked again (the
 * checker may be stricter than when it was saved), the browser validator module is generated,
 * and status, date, module and audit entry are written in one transaction — or nothing is.
 */
import { and, eq, ne } from "drizzle-orm";
import { services, serviceVersions } from "../../../db/schema";
import { checkDefinitionText } from "../../engine/definition-check.server";
import { generateValidatorModule } from "../../engine/standalone.server";
import type { FormDefinition } from "../../engine/types";
import { db } from "../db.server";
import type { EditorialActor } from "./actor";
import { textBasis, versionText } from "./definition-text.server";
import { draftProblems, type DefinitionRefusal } from "./draft-rules";
import { EDITORIAL_ACTIONS, recordEditorialAudit } from "./editorial-audit.server";
import { refuse, Refused } from "../outcome";
import { isBuiltIn, serviceForChange } from "./service-access.server";

export type PublishResult = { ok: true; serviceId: string; version: number; publishedAt: Date } | DefinitionRefusal;

/** Seams for tests: what runs between the check and the commit. */
export type PublishHooks = {
  generate?: (definition: FormDefinition) => Promise<string>;
  /** Runs inside the transaction, after the version row is written and before the commit. */
  beforeCommit?: () => Promise<void>;
};

export function alreadyFixedMessage(version: number, status: "published" | "retired"): string {
  return status === "published"
    ? `Version ${version} ist bereits veröffentlicht. Veröffentlichte Versionen sind unveränderlich; Änderungen gehören in eine neue Version.`
    : `Version ${version} ist eingestellt und kann nicht erneut veröffentlicht werden. Änderungen gehören in eine neue Version.`;
}

export async function publishVersion(
  actor: EditorialActor,
  serviceId: string,
  version: number,
  options: { basis?: string; hooks?: PublishHooks } = {},
): Promise<PublishResult> {
  const hooks = options.hooks ?? {};
  const database = await db();
  const access = await serviceForChange(database, actor, serviceId, "form");
  if (!access.ok) return access;
  const { service } = access;
  if (service.retiredAt)
    return refuse("conflict", "service_retired", "Diese Leistung ist eingestellt; es werden keine Versionen mehr veröffentlicht.");
  const [row] = await database
    .select({ status: serviceVersions.status, sourceText: serviceVersions.sourceText, definition: serviceVersions.definition })
    .from(serviceVersions)
    .where(and(eq(serviceVersions.serviceId, serviceId), eq(serviceVersions.version, version)))
    .limit(1);
  if (!row) return refuse("not-found", "version_not_found", `Die Leistung „${serviceId}“ hat keine Version ${version}.`);
  if (row.status !== "draft") return refuse("conflict", `already_${row.status}`, alreadyFixedMessage(version, row.status));

  const text = versionText(row);
  if (options.basis !== undefined && options.basis !== textBasis(row.sourceText)) {
    return refuse(
      "conflict",
      "draft_changed",
      "Der Entwurf wurde inzwischen geändert. Bitte prüfen Sie den neuen Stand, bevor Sie ihn veröffentlichen.",
    );
  }
  const checked = checkDefinitionText(text);
  const fixed = await database
    .select({ version: serviceVersions.version })
    .from(serviceVersions)
    .where(and(eq(serviceVersions.serviceId, serviceId), ne(serviceVersions.status, "draft")));
  const target = { serviceId, version, fixedVersions: fixed.map((f) => f.version), fixedLevel: fixed.length > 0 ? service.level : null };
  const problems = draftProblems(checked.problems, text, target);
  if (problems.length > 0 || !checked.definition) {
    return refuse(
      "invalid",
      "invalid_definition",
      "Nur ein fehlerfreier Entwurf kann veröffentlicht werden. Bitte beheben Sie die aufgeführten Fehler.",
      { problems },
    );
  }
  const definition = checked.definition;
  // Generated before the transaction (esbuild takes a moment); the row is re-checked under lock.
  const validatorModule = await (hooks.generate ?? generateValidatorModule)(definition);

  try {
    return await database.transaction(async (tx) => {
      const [locked] = await tx
        .select({ status: serviceVersions.status, sourceText: serviceVersions.sourceText, definition: serviceVersions.definition })
        .from(serviceVersions)
        .where(and(eq(serviceVersions.serviceId, serviceId), eq(serviceVersions.version, version)))
        .for("update");
      if (!locked) throw new Refused(refuse("not-found", "version_not_found", `Die Leistung „${serviceId}“ hat keine Version ${version}.`));
      if (locked.status !== "draft")
        throw new Refused(refuse("conflict", `already_${locked.status}`, alreadyFixedMessage(version, locked.status)));
      if (textBasis(versionText(locked)) !== textBasis(text)) {
        throw new Refused(
          refuse(
            "conflict",
            "draft_changed",
            "Der Entwurf wurde während der Veröffentlichung geändert. Bitte prüfen Sie den neuen Stand und veröffentlichen Sie erneut.",
          ),
        );
      }
      const publishedAt = new Date();
      await tx
        .update(serviceVersions)
        .set({
          status: "published",
          publishedAt,
          definition,
          validatorModule,
          title: definition.title.de,
          leikaKey: definition.leikaKey ?? null,
        })
        .where(and(eq(serviceVersions.serviceId, serviceId), eq(serviceVersions.version, version), eq(serviceVersions.status, "draft")));
      // Until the first publication the level may still change with the draft; from now on it is fixed.
      if (fixed.length === 0) await tx.update(services).set({ level: definition.level }).where(eq(services.id, serviceId));
      await recordEditorialAudit(tx, actor, EDITORIAL_ACTIONS.versionPublished, serviceId, {
        version,
        title: definition.title.de,
        builtIn: isBuiltIn(service),
      });
      await hooks.beforeCommit?.();
      return { ok: true as const, serviceId, version, publishedAt };
    });
  } catch (error) {
    if (error instanceof Refused) return error.refusal;
    throw error;
  }
}
