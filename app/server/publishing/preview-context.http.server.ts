/**
 * What every preview page needs: the version (a checked draft, or a published or retired
 * version), its runtime, the walk so far (from the preview cookie) and a municipality of the
 * county to show the service as its citizens would see it. Drafts compile fresh every time
 * (their text may change under the same number); published versions use the runtime cache.
 */
import { createHash } from "node:crypto";
import { and, asc, eq, sql } from "drizzle-orm";
import type { Params } from "@remix-run/react";
import { municipalities, serviceOfferings, serviceVersions } from "../../../db/schema";
import { compile, compileFresh } from "../../engine/compile.server";
import type { FormRuntime } from "../../engine/runtime";
import type { FormDefinition } from "../../engine/types";
import { restoreSnapshot } from "../wizard/walk-position.server";
import { db } from "../db.server";
import { authorityView, findMunicipalityByAgs, type AuthorityView, type MunicipalityView } from "../municipalities.server";
import { responsibleAuthority } from "../routing/routing.server";
import type { WizardWalk } from "../wizard/answer-store";
import { requireEditor } from "./editor.http.server";
import { previewAnswerStore } from "./preview-answer-store.server";
import { readPreviewState } from "./preview-cookie.server";
import { serviceNotFoundMessage, visibleService } from "./service-access.server";
import { versionNumber } from "../../lib/codes";

/** An editor's walk through a version: the citizen wizard in preview mode, its answers in a cookie. */
export interface PreviewContext extends WizardWalk {
  serviceId: string;
  version: number;
  status: "draft" | "published" | "retired";
  definition: FormDefinition;
  municipality: MunicipalityView;
}

const NO_STORE = { "Cache-Control": "no-store" };

export function previewBase(serviceId: string, version: number): string {
  return `/redaktion/leistungen/${serviceId}/vorschau/${version}`;
}

/**
 * A municipality that offers the service in the county (else any of the county): the citizen's
 * view. The portal operator (no county) sees it from any municipality of the portal.
 */
async function sampleMunicipality(serviceId: string, countyAgs: string | null): Promise<MunicipalityView | null> {
  const inArea = countyAgs === null ? sql`true` : eq(municipalities.countyAgs, countyAgs);
  const database = await db();
  const [offered] = await database
    .select({ ags: municipalities.ags })
    .from(serviceOfferings)
    .innerJoin(municipalities, eq(municipalities.ags, serviceOfferings.municipalityAgs))
    .where(and(eq(serviceOfferings.serviceId, serviceId), inArea))
    .orderBy(asc(municipalities.name))
    .limit(1);
  const [any] = offered
    ? [offered]
    : await database.select({ ags: municipalities.ags }).from(municipalities).where(inArea).orderBy(asc(municipalities.name)).limit(1);
  return any ? findMunicipalityByAgs(any.ags) : null;
}

/**
 * A draft's text may change under the same version number, so its compiled form is cached by
 * content: the preview's pages and posts of one draft compile it once, a saved change afresh.
 */
const draftRuntimes = new Map<string, FormRuntime>();
const DRAFT_RUNTIMES_KEPT = 20;

function draftRuntime(definition: FormDefinition): FormRuntime {
  const key = createHash("sha256").update(JSON.stringify(definition)).digest("hex");
  let runtime = draftRuntimes.get(key);
  if (!runtime) {
    runtime = compileFresh(definition);
    draftRuntimes.set(key, runtime);
    if (draftRuntimes.size > DRAFT_RUNTIMES_KEPT) draftRuntimes.delete(draftRuntimes.keys().next().value!);
  }
  return runtime;
}

/** Who decides, as the start page tells citizens: by the version's level and any override. */
export async function previewAuthority(ctx: PreviewContext): Promise<AuthorityView> {
  const routing = await responsibleAuthority(await db(), {
    serviceId: ctx.serviceId,
    level: ctx.definition.level,
    municipalityAgs: ctx.municipality.ags,
  });
  return routing ? authorityView(routing.authority) : ctx.municipality.administeredBy;
}

export async function requirePreview(request: Request, params: Params): Promise<PreviewContext> {
  const actor = await requireEditor(request);
  const serviceId = params.serviceId ?? "";
  const version = versionNumber(params.version) ?? 0;
  const database = await db();
  const service = await visibleService(database, actor, serviceId);
  if (!service) throw new Response(serviceNotFoundMessage(serviceId), { status: 404, headers: NO_STORE });
  const [row] = await database
    .select({ status: serviceVersions.status, definition: serviceVersions.definition })
    .from(serviceVersions)
    .where(and(eq(serviceVersions.serviceId, serviceId), eq(serviceVersions.version, version)))
    .limit(1);
  if (!row)
    throw new Response(`Die Leistung „${serviceId}“ hat keine Version ${params.version ?? ""}.`, { status: 404, headers: NO_STORE });
  const definition = row.definition as FormDefinition;
  if (typeof definition.id !== "string") {
    throw new Response("Dieser Entwurf enthält noch Fehler. Die Vorschau zeigt nur Entwürfe, die die Prüfung bestehen.", {
      status: 409,
      headers: NO_STORE,
    });
  }
  const runtime = row.status === "draft" ? draftRuntime(definition) : compile(definition);
  const municipality = await sampleMunicipality(serviceId, actor.countyAgs);
  if (!municipality) throw new Response("Ihr Landkreis hat keine Gemeinden.", { status: 404, headers: NO_STORE });
  const state = readPreviewState(request) ?? { machine: null, pending: {} };
  const base = previewBase(serviceId, version);
  return {
    mode: "preview",
    // The preview shows the citizen pages in German, the language every definition must have.
    lang: "de",
    serviceId,
    version,
    status: row.status,
    definition: runtime.definition,
    runtime,
    base,
    municipality,
    municipalityName: municipality.name,
    formKey: { id: serviceId, version },
    state,
    snapshot: restoreSnapshot(runtime, state),
    store: previewAnswerStore(request, base, state),
  };
}

/** What the preview's banner says about the version shown (a light query: the pages compile the form themselves). */
export async function previewVersionInfo(
  request: Request,
  params: Params,
): Promise<{ serviceId: string; version: number; status: string; title: string }> {
  const actor = await requireEditor(request);
  const serviceId = params.serviceId ?? "";
  const version = versionNumber(params.version) ?? 0;
  const database = await db();
  if (!(await visibleService(database, actor, serviceId)))
    throw new Response(serviceNotFoundMessage(serviceId), { status: 404, headers: NO_STORE });
  const [row] = await database
    .select({ status: serviceVersions.status, title: serviceVersions.title })
    .from(serviceVersions)
    .where(and(eq(serviceVersions.serviceId, serviceId), eq(serviceVersions.version, version)))
    .limit(1);
  if (!row)
    throw new Response(`Die Leistung „${serviceId}“ hat keine Version ${params.version ?? ""}.`, { status: 404, headers: NO_STORE });
  return { serviceId, version, status: row.status, title: row.title };
}

/** The version a preview opens with: the open draft when it passes the check, else the current published one. */
export async function defaultPreviewVersion(request: Request, serviceId: string): Promise<number | null> {
  const actor = await requireEditor(request);
  const database = await db();
  if (!(await visibleService(database, actor, serviceId)))
    throw new Response(serviceNotFoundMessage(serviceId), { status: 404, headers: NO_STORE });
  const rows = await database
    .select({
      version: serviceVersions.version,
      status: serviceVersions.status,
      checked: sql<boolean>`((${serviceVersions.definition} ->> 'id') is not null)`,
    })
    .from(serviceVersions)
    .where(eq(serviceVersions.serviceId, serviceId))
    .orderBy(asc(serviceVersions.version));
  const draft = rows.find((r) => r.status === "draft" && r.checked);
  return draft?.version ?? rows.filter((r) => r.status === "published").at(-1)?.version ?? null;
}
