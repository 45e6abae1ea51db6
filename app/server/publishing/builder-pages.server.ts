/**
 * What the builder pages load: the definition to open (the draft, the next version's proposal,
 * a blank one or a copy of another service), how many running citizen drafts hold answers on
 * each page (deleting such a page warns with that number), and the services to copy from.
 * Saving goes through the draft pages' one save path (draft-page-actions.http.server.ts).
 */
import { and, desc, eq, gt, isNull, sql } from "drizzle-orm";
import { drafts, services, serviceVersions } from "../../../db/schema";
import type { FormDefinition } from "../../engine/types";
import { blankDefinition } from "../../lib/builder/blank-definition";
import { openableDefinition } from "../../lib/builder/openable-definition";
import { pageDataKeys } from "../../lib/builder/operations";
import { db } from "../db.server";
import type { EditorialActor } from "./actor";
import { draftEditorView, type DraftEditorView } from "./draft-editor.server";
import { visibleService, visibleTo } from "./service-access.server";

/** Running drafts (not submitted, not expired) of the service with answers on each page, by page id. */
export async function runningDraftAnswersByPage(serviceId: string, definition: FormDefinition): Promise<Record<string, number>> {
  const database = await db();
  const counts: Record<string, number> = {};
  for (const [index, step] of definition.steps.entries()) {
    const keys = pageDataKeys(definition, index);
    const answered = keys.length
      ? sql`(${drafts.snapshot} -> 'machine' -> 'context' -> 'data') ?| array[${sql.join(
          keys.map((key) => sql`${key}`),
          sql`, `,
        )}]::text[]`
      : sql`false`;
    const [row] = await database
      .select({ count: sql<number>`count(*)::int` })
      .from(drafts)
      .where(
        and(
          eq(drafts.serviceId, serviceId),
          isNull(drafts.submittedCaseId),
          gt(drafts.expiresAt, new Date()),
          sql`(${answered} or (${drafts.snapshot} -> 'pending') ? ${step.id})`,
        ),
      );
    counts[step.id] = Number(row?.count ?? 0);
  }
  return counts;
}

export type BuilderDraftView = DraftEditorView & {
  /** Null when the text is not a definition the builder can open (broken JSON, no steps …). */
  definition: FormDefinition | null;
  answersByPage: Record<string, number>;
  /** The published version new starts get (`current`), for the builder's live count of changes; null when none. */
  published: FormDefinition | null;
};

async function publishedDefinition(serviceId: string, version: number | null): Promise<FormDefinition | null> {
  if (version === null) return null;
  const database = await db();
  const [row] = await database
    .select({ definition: serviceVersions.definition })
    .from(serviceVersions)
    .where(and(eq(serviceVersions.serviceId, serviceId), eq(serviceVersions.version, version)));
  return (row?.definition as FormDefinition | undefined) ?? null;
}

export async function builderDraftView(actor: EditorialActor, serviceId: string): Promise<BuilderDraftView | null> {
  const view = await draftEditorView(actor, serviceId);
  if (!view) return null;
  const definition = openableDefinition(view.text);
  const answersByPage = definition ? await runningDraftAnswersByPage(serviceId, definition) : {};
  return { ...view, definition, answersByPage, published: await publishedDefinition(serviceId, view.current) };
}

export type CopySource = { id: string; title: string; builtIn: boolean };

/** Services the editor may copy: the county's own and the built-in ones, with a published or drafted version. */
export async function copySources(actor: EditorialActor): Promise<CopySource[]> {
  const database = await db();
  const rows = await database
    .selectDistinctOn([services.id], { id: services.id, title: serviceVersions.title, owner: services.ownerCountyAgs })
    .from(services)
    .innerJoin(serviceVersions, eq(serviceVersions.serviceId, services.id))
    .where(visibleTo(actor))
    .orderBy(services.id, desc(serviceVersions.version));
  return rows
    .map((row) => ({ id: row.id, title: row.title, builtIn: row.owner === null }))
    .sort((a, b) => a.title.localeCompare(b.title, "de"));
}

/**
 * The definition a new service starts from: blank, or a copy of a visible service's newest
 * version (published preferred) under a new id and version 1. Null for an unknown source.
 */
export async function startingDefinition(actor: EditorialActor, sourceId: string | null): Promise<FormDefinition | null> {
  if (!sourceId) return blankDefinition();
  const database = await db();
  const service = await visibleService(database, actor, sourceId);
  if (!service) return null;
  const rows = await database
    .select({ status: serviceVersions.status, definition: serviceVersions.definition, sourceText: serviceVersions.sourceText })
    .from(serviceVersions)
    .where(eq(serviceVersions.serviceId, sourceId))
    .orderBy(desc(serviceVersions.version));
  const row = rows.find((r) => r.status === "published") ?? rows[0];
  const definition = row ? (row.sourceText ? openableDefinition(row.sourceText) : (row.definition as FormDefinition)) : null;
  if (!definition || !Array.isArray(definition.steps)) return null;
  return { ...definition, id: `${sourceId}-kopie`.slice(0, 63), version: 1 };
}
