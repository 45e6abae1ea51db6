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
import { refuse, Refused, text as catalogued, worded, type RefusalText } from "../outcome";
import { isBuiltIn, serviceForChange } from "./service-access.server";

export type PublishResult = { ok: true; serviceId: string; version: number; publishedAt: Date } | DefinitionRefusal;

/** Seams for tests: what runs between the check and the commit. */
export type PublishHooks = {
  generate?: (definition: FormDefinition) => Promise<string>;
  /** Runs inside the transaction, after the version row is written and before the commit. */
  beforeCommit?: () => Promise<void>;
};

export function alreadyFixedMessage(version: number, status: "published" | "retired"): string {
  return worded(alreadyFixedText(version, status)).message;
}

const alreadyFixedText = (version: number, status: "published" | "retired"): RefusalText =>
  status === "published" ? catalogued("refusal.alreadyPublished", { version }) : catalogued("refusal.retiredNotRepublished", { version });

function versionNotFound(serviceId: string, version: number) {
  return refuse("not-found", "version_not_found", catalogued("refusal.versionNotFound", { serviceId, version }));
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
  if (service.retiredAt) return refuse("conflict", "service_retired", catalogued("refusal.serviceRetiredNoPublish"));
  const [row] = await database
    .select({ status: serviceVersions.status, sourceText: serviceVersions.sourceText, definition: serviceVersions.definition })
    .from(serviceVersions)
    .where(and(eq(serviceVersions.serviceId, serviceId), eq(serviceVersions.version, version)))
    .limit(1);
  if (!row) return versionNotFound(serviceId, version);
  if (row.status !== "draft") return refuse("conflict", `already_${row.status}`, alreadyFixedText(version, row.status));

  const text = versionText(row);
  if (options.basis !== undefined && options.basis !== textBasis(row.sourceText)) {
    return refuse("conflict", "draft_changed", catalogued("refusal.draftChangedBeforePublish"));
  }
  const checked = checkDefinitionText(text);
  const fixed = await database
    .select({ version: serviceVersions.version })
    .from(serviceVersions)
    .where(and(eq(serviceVersions.serviceId, serviceId), ne(serviceVersions.status, "draft")));
  const target = { serviceId, version, fixedVersions: fixed.map((f) => f.version), fixedLevel: fixed.length > 0 ? service.level : null };
  const problems = draftProblems(checked.problems, text, target);
  if (problems.length > 0 || !checked.definition) {
    return refuse("invalid", "invalid_definition", catalogued("refusal.onlyValidDraftPublished"), { problems });
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
      if (!locked) throw new Refused(versionNotFound(serviceId, version));
      if (locked.status !== "draft")
        throw new Refused(refuse("conflict", `already_${locked.status}`, alreadyFixedText(version, locked.status)));
      if (textBasis(versionText(locked)) !== textBasis(text)) {
        throw new Refused(refuse("conflict", "draft_changed", catalogued("refusal.draftChangedDuringPublish")));
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
