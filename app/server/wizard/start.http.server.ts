/**
 * The start page of a service in a municipality (what it is, what you need, fees, who decides,
 * how long it takes, legal basis) and its POST, which opens a draft pinned to the newest
 * published version. Only services the municipality offers exist here; others are a 404.
 */
import { redirect } from "@remix-run/node";
import type { Params } from "@remix-run/react";
import { authorityView, type AuthorityView } from "../municipalities.server";
import { persistState, startState } from "../../engine/transition";
import type { FormDefinition, Lang } from "../../engine/types";
import { localizeText, translate, type Localized } from "../../lib/i18n/translate";
import { db } from "../db.server";
import { hitLocalRateLimit, clientAddress, retryMinutes, type RateLimit } from "../rate-limit.server";
import { routingContext } from "../routing/routing.server";
import { publishedVersion, type PublishedVersion } from "../services/service-versions.server";
import { draftCookie, readDraftToken } from "../drafts/draft-cookie.server";
import { createDraft, deleteDraft, draftForToken, type DraftRecord } from "../drafts/drafts.server";
import { noticeOf } from "./notices";
import { notFound, requireMunicipality } from "./wizard-context.http.server";
import { continuePage, wizardBase } from "./walk-position.server";
import type { MessageKey } from "../../lib/i18n/dictionary";
import { readPageForm } from "../form-body.http.server";
import { currentCitizen } from "../citizen-account/citizen-session.http.server";
import { requireTrustLevel, trustRequirement, type TrustRequirement } from "../citizen-account/trust-level.http.server";

/** New drafts per client address and minute: a person starts a few, a script thousands. */
const DRAFT_STARTS: RateLimit = { name: "draft-start", limit: 30, windowSeconds: 60 };

export interface StartPageData {
  lang: Lang;
  base: string;
  municipality: { name: string; slug: string };
  service: {
    title: Localized;
    description: Localized;
    fees: Localized;
    processingTime?: Localized;
    requirements: Localized[];
    legalBasis: Localized[];
  };
  authority: AuthorityView;
  /** Where the citizen's open draft of this service continues, if there is one. */
  continueHref: string | null;
  notice?: MessageKey;
  /** The service requires a login of a trust level (ADR 037); null when it does not. */
  signIn?: TrustRequirement | null;
}

async function offeredService(params: Params, lang: Lang) {
  const municipality = await requireMunicipality(params.gemeinde, lang);
  const serviceId = params.service ?? "";
  const target = await routingContext(await db(), { serviceId, municipalityAgs: municipality.ags });
  const service = target?.offered && target.latestVersion !== null ? await publishedVersion(serviceId, target.latestVersion) : null;
  if (!target || !service) throw notFound(translate(lang, "start.notOffered", { municipality: municipality.name }));
  return { municipality, service, routing: target.routing, base: wizardBase(municipality.slug, serviceId) };
}

async function openDraftOf(request: Request, service: PublishedVersion, municipalityAgs: string): Promise<DraftRecord | null> {
  const draft = await draftForToken(readDraftToken(request, service.id));
  return draft && draft.serviceId === service.id && draft.municipalityAgs === municipalityAgs && !draft.submittedCaseId ? draft : null;
}

/** What the start page says of a service, from its definition (also the editors' preview). */
export function serviceFacts(definition: FormDefinition, lang: Lang): StartPageData["service"] {
  return {
    title: localizeText(definition.title, lang),
    description: localizeText(definition.description, lang),
    fees: localizeText(definition.fees, lang),
    processingTime: definition.processingTime ? localizeText(definition.processingTime, lang) : undefined,
    requirements: (definition.requirements ?? []).map((text) => localizeText(text, lang)),
    legalBasis: (definition.legalBasis ?? []).map((text) => localizeText(text, lang)),
  };
}

export async function loadStartPage(request: Request, params: Params, lang: Lang): Promise<StartPageData> {
  const { municipality, service, routing, base } = await offeredService(params, lang);
  const { definition } = service;
  const draft = await openDraftOf(request, service, municipality.ags);
  const page = draft ? await continuePage(draft) : null;
  const continueHref = page ? `${base}/${page}` : null;
  const a = routing.authority;
  const signIn = trustRequirement(definition, definition.minTrustLevel ? await currentCitizen(request) : null, base);
  return {
    lang,
    base,
    municipality: { name: municipality.name, slug: municipality.slug },
    service: serviceFacts(definition, lang),
    authority: authorityView(a),
    continueHref,
    notice: noticeOf(new URL(request.url)),
    signIn,
  };
}

export async function startApplication(
  request: Request,
  params: Params,
  context: { clientAddress?: string },
  lang: Lang,
): Promise<Response> {
  const { municipality, service, base } = await offeredService(params, lang);
  const citizen = await requireTrustLevel(request, service.definition, lang);
  const existing = await openDraftOf(request, service, municipality.ags);
  const form = await readPageForm(request);
  if (existing && form.get("neu") !== "ja") {
    const page = await continuePage(existing);
    if (page) throw redirect(`${base}/${page}`, { status: 303 });
  }
  const limit = hitLocalRateLimit(DRAFT_STARTS, clientAddress(context));
  if (!limit.allowed) {
    throw new Response(translate(lang, "common.tooManyAttempts", { minutes: retryMinutes(limit.retryAfterSeconds) }), {
      status: 429,
      headers: { "Retry-After": String(limit.retryAfterSeconds) },
    });
  }
  if (existing) await deleteDraft(existing.id);
  const { runtime } = service;
  const { token } = await createDraft({
    serviceId: service.id,
    serviceVersion: service.version,
    municipalityAgs: municipality.ags,
    lang,
    state: { machine: persistState(runtime, startState(runtime)), pending: {} },
    ownerAccountId: citizen?.accountId ?? null,
  });
  return redirect(`${base}/schritt/${encodeURIComponent(runtime.stepOrder[0]!)}`, {
    status: 303,
    headers: { "Set-Cookie": draftCookie(request, service.id, token), "Cache-Control": "no-store" },
  });
}
