/**
 * What the draft page shows: the open draft's text with every problem by pointer, line and
 * column (the same check as `npm run forms:check`, plus the draft rules), or — when there is no
 * draft yet — the current version's text with the next version number, ready to edit.
 */
import { and, asc, eq } from "drizzle-orm";
import { services, serviceVersions } from "../../../db/schema";
import { checkDefinitionText, type DefinitionProblem } from "../../engine/definition-check.server";
import { db } from "../db.server";
import type { EditorialActor } from "./actor";
import { nextVersionText, textBasis, versionText } from "./definition-text.server";
import { draftProblems } from "./draft-rules";
import { visibleService } from "./service-access.server";
import { draftTarget } from "./version-drafts.server";

export type DraftEditorView = {
  serviceId: string;
  ownerCountyAgs: string | null;
  builtIn: boolean;
  retired: boolean;
  /** The version number the draft has or will get. */
  version: number;
  /** Whether a draft is stored (else `text` is a proposal from the current version). */
  stored: boolean;
  text: string;
  basis: string;
  problems: DefinitionProblem[];
  /** The published version the draft would replace for new starts. */
  current: number | null;
};

export async function draftEditorView(actor: EditorialActor, serviceId: string): Promise<DraftEditorView | null> {
  const database = await db();
  const service = await visibleService(database, actor, serviceId);
  if (!service) return null;
  const rows = await database
    .select({
      version: serviceVersions.version,
      status: serviceVersions.status,
      sourceText: serviceVersions.sourceText,
      definition: serviceVersions.definition,
      level: services.level,
    })
    .from(serviceVersions)
    .innerJoin(services, eq(services.id, serviceVersions.serviceId))
    .where(and(eq(serviceVersions.serviceId, serviceId)))
    .orderBy(asc(serviceVersions.version));
  const target = draftTarget(serviceId, rows);
  const published = rows.filter((r) => r.status === "published");
  const base = {
    serviceId,
    ownerCountyAgs: service.ownerCountyAgs,
    builtIn: service.ownerCountyAgs === null,
    retired: service.retiredAt !== null,
    version: target.version,
    current: published.at(-1)?.version ?? null,
  };
  const draftRow = rows.find((r) => r.status === "draft");
  if (draftRow) {
    const text = versionText(draftRow);
    return {
      ...base,
      stored: true,
      text,
      basis: textBasis(draftRow.sourceText),
      problems: draftProblems(checkDefinitionText(text).problems, text, target),
    };
  }
  const latest = published.at(-1) ?? rows.at(-1);
  const text = latest ? nextVersionText(latest.definition, target.version) : "";
  return { ...base, stored: false, text, basis: textBasis(null), problems: [] };
}
