/**
 * Guards every wizard page runs first: the municipality from the URL, the citizen's draft from
 * the cookie (for this service and this municipality), the pinned form version and the
 * restored machine. Reads like a sentence in each loader and action.
 */
import { redirect } from "@remix-run/node";
import type { Params } from "@remix-run/react";
import type { FormSnapshot } from "../../engine/transition";
import type { Lang } from "../../engine/types";
import { translate } from "../../lib/i18n/translate";
import { findMunicipalityBySlug, type MunicipalityView } from "../municipalities.server";
import { publishedVersion, type PublishedVersion } from "../services/service-versions.server";
import { readDraftToken } from "../drafts/draft-cookie.server";
import { readDraftState } from "../drafts/draft-state";
import { draftForToken, type DraftRecord } from "../drafts/drafts.server";
import type { WizardWalk } from "./answer-store";
import { draftAnswerStore } from "./draft-answer-store.server";
import { restoreSnapshot, wizardBase } from "./walk-position.server";
import { requireTrustLevel } from "../citizen-account/trust-level.http.server";

/** A citizen's walk: their stored draft of a published version in their municipality. */
export interface WizardContext extends WizardWalk {
  municipality: MunicipalityView;
  draft: DraftRecord;
  service: PublishedVersion;
}

export function notFound(message: string): Response {
  return new Response(message, { status: 404, headers: { "Cache-Control": "no-store" } });
}

/**
 * Municipalities and their administering authorities change only with a seed and a restart
 * (see ADR 003), so every wizard request need not ask the database again: a short-lived cache.
 */
const MUNICIPALITY_TTL_MS = 5 * 60 * 1000;
const municipalities = new Map<string, { at: number; municipality: MunicipalityView | null }>();

async function municipalityBySlug(slug: string): Promise<MunicipalityView | null> {
  const cached = municipalities.get(slug);
  if (cached && Date.now() - cached.at < MUNICIPALITY_TTL_MS) return cached.municipality;
  const municipality = await findMunicipalityBySlug(slug);
  // Unknown slugs are not kept: a flood of made-up addresses must not grow the cache.
  if (municipality) municipalities.set(slug, { at: Date.now(), municipality });
  return municipality;
}

export async function requireMunicipality(slug: string | undefined, lang: Lang): Promise<MunicipalityView> {
  const municipality = await municipalityBySlug(slug ?? "");
  if (!municipality) throw notFound(translate(lang, "municipality.notFound", { slug: (slug ?? "").slice(0, 80) }));
  return municipality;
}

/** Where a wizard page sends a citizen it cannot serve, with a notice the start page shows. */
export function redirectToStart(base: string, notice: string): never {
  throw redirect(`${base}?hinweis=${notice}`, { headers: { "Cache-Control": "no-store" } });
}

export async function requireWizard(request: Request, params: Params, lang: Lang): Promise<WizardContext> {
  const serviceId = params.service ?? "";
  const municipality = await requireMunicipality(params.gemeinde, lang);
  const base = wizardBase(municipality.slug, serviceId);
  const draft = await draftForToken(readDraftToken(request, serviceId));
  if (!draft || draft.serviceId !== serviceId || draft.municipalityAgs !== municipality.ags) redirectToStart(base, "kein-entwurf");
  const service = await publishedVersion(draft.serviceId, draft.serviceVersion);
  if (!service) throw notFound(translate(lang, "notice.kein-entwurf"));
  // Steps and submit of a service that needs a login of a trust level; the confirmation stays reachable.
  if (!draft.submittedCaseId) await requireTrustLevel(request, service.definition, lang);
  const state = readDraftState(draft.snapshot);
  // Restored when first read: a step post restores the draft it locks, not this unlocked read.
  let snapshot: FormSnapshot | undefined;
  return {
    mode: "citizen",
    lang,
    municipality,
    municipalityName: municipality.name,
    draft,
    service,
    formKey: { id: service.id, version: service.version },
    runtime: service.runtime,
    state,
    get snapshot() {
      return (snapshot ??= restoreSnapshot(service.runtime, state));
    },
    base,
    store: draftAnswerStore(draft.id),
  };
}
