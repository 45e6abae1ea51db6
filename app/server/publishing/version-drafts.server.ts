/**
 * Drafts of service versions. A service has at most one open draft: the working copy of its
 * next version, numbered one above the highest version. Saving replaces the draft's text; the
 * editor pages keep a text that does not pass the check yet (raw text, definition `{}`), the API
 * refuses it. Published and retired versions are never touched here.
 */
import { and, asc, eq } from "drizzle-orm";
import { services, serviceVersions } from "../../../db/schema";
import { checkDefinitionText, MAX_DEFINITION_BYTES, type DefinitionProblem } from "../../engine/definition-check.server";
import type { FormDefinition } from "../../engine/types";
import { db } from "../db.server";
import type { EditorialActor } from "./actor";
import { readIdentity, SERVICE_ID_PATTERN } from "./definition-identity";
import { textBasis, utf8Bytes } from "./definition-text.server";
import { draftProblems, mergeProblems, problemAt, type DraftTarget } from "./draft-rules";
import { EDITORIAL_ACTIONS, recordEditorialAudit } from "./editorial-audit.server";
import { refuse, Refused, text } from "../outcome";
import type { DefinitionRefusal } from "./draft-rules";
import { changeRefusal, isBuiltIn, newServiceRefusal, serviceNotFoundText, visibleService } from "./service-access.server";

export type SaveDraftInput = {
  /** The service being edited; absent when the text names a new service by its `id`. */
  serviceId?: string;
  text: string;
  /** Editor pages: store a text that does not pass the check yet. API: refuse it with 422. */
  keepInvalid: boolean;
  /** The basis (textBasis) of the draft the editor started from; a differing stored draft is a conflict. */
  basis?: string;
  /** The "new service" page: an existing id is a mistake there, not the next version. */
  newServiceOnly?: boolean;
};

export type SaveDraftResult =
  | { ok: true; serviceId: string; version: number; created: { service: boolean; draft: boolean }; problems: DefinitionProblem[] }
  | DefinitionRefusal;

type VersionRow = { version: number; status: "draft" | "published" | "retired"; sourceText: string | null; level: string | null };

export const TOO_LARGE_TEXT = text("refusal.definitionTooLarge", { megabytes: MAX_DEFINITION_BYTES / 1024 / 1024 });

/** Where a draft of this service goes, from its versions (numbers ascending). */
export function draftTarget(serviceId: string, versions: readonly VersionRow[]): DraftTarget & { openDraft: VersionRow | null } {
  const openDraft = versions.find((v) => v.status === "draft") ?? null;
  const fixed = versions.filter((v) => v.status !== "draft");
  const highest = versions.reduce((max, v) => Math.max(max, v.version), 0);
  const firstFixed = fixed[0];
  return {
    serviceId,
    version: openDraft?.version ?? highest + 1,
    fixedVersions: fixed.map((v) => v.version),
    fixedLevel: firstFixed ? ((firstFixed.level as "gemeinde" | "kreis" | null) ?? null) : null,
    openDraft,
  };
}

export async function saveDraft(actor: EditorialActor, input: SaveDraftInput): Promise<SaveDraftResult> {
  if (utf8Bytes(input.text) > MAX_DEFINITION_BYTES) return refuse("too-large", "definition_too_large", TOO_LARGE_TEXT);
  const check = checkDefinitionText(input.text);
  const identity = readIdentity(input.text);
  const serviceId = input.serviceId ?? identity.id;
  if (!serviceId || !SERVICE_ID_PATTERN.test(serviceId)) {
    const idProblem = problemAt("/id", text("refusal.identityIdMissing"));
    // The checker names why the id cannot be read (syntax, missing, malformed); its own list says it best.
    return refuse("invalid", "invalid_definition", text("refusal.definitionNotSaved"), {
      problems: check.problems.length > 0 ? check.problems : [idProblem],
    });
  }

  try {
    return await (
      await db()
    ).transaction(async (tx) => {
      // The service row is locked: drafts of one service are saved one after the other.
      const existing = await visibleService(tx, actor, serviceId, { lock: true });
      if (!existing && input.serviceId) throw new Refused(refuse("not-found", "service_not_found", serviceNotFoundText(serviceId)));
      const ownership = existing ? (input.newServiceOnly ? null : changeRefusal(actor, existing, "form")) : newServiceRefusal(actor);
      if (ownership) throw new Refused(ownership);
      if (existing && input.newServiceOnly) {
        throw new Refused(
          refuse("conflict", "service_exists", text("refusal.serviceExists", { serviceId }), [
            problemAt("/id", text("refusal.identityIdTaken", { serviceId })),
          ]),
        );
      }
      if (!existing) {
        const [taken] = await tx.select({ id: services.id }).from(services).where(eq(services.id, serviceId)).limit(1);
        if (taken) {
          throw new Refused(
            refuse("conflict", "service_id_taken", text("refusal.serviceIdTaken", { serviceId }), [
              problemAt("/id", text("refusal.identityIdTaken", { serviceId })),
            ]),
          );
        }
      }
      if (existing?.retiredAt) throw new Refused(refuse("conflict", "service_retired", text("refusal.serviceRetiredNoDrafts")));

      const versions: VersionRow[] = existing
        ? await tx
            .select({
              version: serviceVersions.version,
              status: serviceVersions.status,
              sourceText: serviceVersions.sourceText,
              level: services.level,
            })
            .from(serviceVersions)
            .innerJoin(services, eq(services.id, serviceVersions.serviceId))
            .where(eq(serviceVersions.serviceId, serviceId))
            .orderBy(asc(serviceVersions.version))
        : [];
      const target = draftTarget(serviceId, versions);
      if (input.basis !== undefined && input.basis !== textBasis(target.openDraft?.sourceText ?? null)) {
        throw new Refused(refuse("conflict", "draft_changed", text("refusal.draftChangedByOther")));
      }
      const problems = draftProblems(check.problems, input.text, target, identity);
      if (problems.length > 0 && !input.keepInvalid) {
        throw new Refused(refuse("invalid", "invalid_definition", text("refusal.definitionNotSaved"), { problems }));
      }
      const level = identity.level;
      if (!existing && !level) {
        throw new Refused(
          refuse("invalid", "invalid_definition", text("refusal.levelUnreadable"), {
            problems: mergeProblems(problems, [problemAt("/level", text("refusal.identityLevelMissing"))]) as DefinitionProblem[],
          }),
        );
      }

      if (!existing) {
        // newServiceRefusal let only an actor with a county get here: a new service is its county's.
        const inserted = await tx
          .insert(services)
          .values({ id: serviceId, ownerCountyAgs: actor.countyAgs!, level: level! })
          .onConflictDoNothing()
          .returning({ id: services.id });
        if (inserted.length === 0) {
          throw new Refused(refuse("conflict", "service_id_taken", text("refusal.serviceCreatedMeanwhile", { serviceId })));
        }
        await recordEditorialAudit(tx, actor, EDITORIAL_ACTIONS.serviceCreated, serviceId, { level });
      }
      const definition: FormDefinition | Record<string, never> = problems.length === 0 && check.definition ? check.definition : {};
      const values = {
        definition,
        sourceText: input.text,
        title: identity.title ?? serviceId,
        leikaKey: problems.length === 0 ? (identity.leikaKey ?? null) : null,
      };
      if (target.openDraft) {
        await tx
          .update(serviceVersions)
          .set(values)
          .where(
            and(eq(serviceVersions.serviceId, serviceId), eq(serviceVersions.version, target.version), eq(serviceVersions.status, "draft")),
          );
      } else {
        await tx.insert(serviceVersions).values({ serviceId, version: target.version, status: "draft", ...values });
      }
      // A draft of a not yet published service may still change its level: the service follows it.
      if (existing && level && target.fixedLevel === null && existing.level !== level) {
        await tx.update(services).set({ level }).where(eq(services.id, serviceId));
      }
      await recordEditorialAudit(tx, actor, EDITORIAL_ACTIONS.draftSaved, serviceId, {
        version: target.version,
        valid: problems.length === 0,
        problems: problems.length,
        builtIn: existing ? isBuiltIn(existing) : false,
      });
      return {
        ok: true as const,
        serviceId,
        version: target.version,
        created: { service: !existing, draft: !target.openDraft },
        problems,
      };
    });
  } catch (error) {
    if (error instanceof Refused) return error.refusal;
    throw error;
  }
}
