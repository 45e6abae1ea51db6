/**
 * Which operator a page belongs to, for the footer on every page and for the legal pages
 * themselves (ADR 023).
 */
import { LEGAL_PAGES, MUNICIPALITY_PARAM, OPERATOR_PARAM, isStaffPath, legalQuery } from "../../lib/legal-paths";
import { currentStaff } from "../staff/guards.server";
import { defaultOperator, municipalityWithOperator, operatorByKey, operatorOfAuthority, type Operator } from "./operators.server";

export type LegalContext = {
  operator: Operator;
  municipality: { ags: string; name: string; slug: string } | null;
};

/** What the footer shows: the operator's name and the query its links carry. */
export type FooterLegal = { operatorName: string; query: string; draft: boolean };

const LEGAL_PATHS = new Set<string>(Object.values(LEGAL_PAGES));

/** A slug-shaped first segment: anything else (`/`, `/status.json`) is no municipality. */
const SLUG = /^[a-z0-9][a-z0-9-]{0,80}$/;

/**
 * The footer's context, never throwing for an unknown municipality or operator (the page itself
 * answers 404 then; its footer falls back to the default operator).
 */
export async function footerContext(request: Request): Promise<FooterLegal> {
  const url = new URL(request.url);
  let context: LegalContext | null = null;
  if (LEGAL_PATHS.has(url.pathname)) context = await fromParameters(url).catch(() => null);
  else if (isStaffPath(url.pathname)) {
    const staff = await currentStaff(request);
    if (staff) context = { operator: await operatorOfAuthority(staff.authorityId), municipality: null };
  } else {
    const first = decodeSegment(url.pathname.split("/")[1] ?? "");
    const found = first && SLUG.test(first) ? await municipalityWithOperator(first) : null;
    if (found) context = { operator: found.operator, municipality: found };
  }
  context ??= { operator: await defaultOperator(), municipality: null };
  return {
    operatorName: context.operator.name,
    draft: context.operator.confirmedAt === null,
    query: legalQuery({
      municipalitySlug: context.municipality?.slug ?? null,
      operatorKey: context.municipality || context.operator.portalDefault ? null : context.operator.key,
    }),
  };
}

function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return "";
  }
}

/** Thrown as a 404 by the legal pages for an unknown `gemeinde` or `betreiber`. */
export class UnknownLegalScope extends Error {}

/** The legal pages' context from `?gemeinde=` or `?betreiber=`; the default operator without either. */
export async function fromParameters(url: URL): Promise<LegalContext> {
  const slug = url.searchParams.get(MUNICIPALITY_PARAM);
  if (slug) {
    const found = await municipalityWithOperator(slug.slice(0, 100));
    if (!found) throw new UnknownLegalScope(`Eine Gemeinde „${slug.slice(0, 100)}“ kennen wir nicht.`);
    return { operator: found.operator, municipality: { ags: found.ags, name: found.name, slug: found.slug } };
  }
  const key = url.searchParams.get(OPERATOR_PARAM);
  if (key) {
    const operator = await operatorByKey(key.slice(0, 100));
    if (!operator) throw new UnknownLegalScope(`Einen Betreiber „${key.slice(0, 100)}“ kennen wir nicht.`);
    return { operator, municipality: null };
  }
  return { operator: await defaultOperator(), municipality: null };
}

/** The legal pages' context, or a 404 whose message names what was not found. */
export async function requireLegalContext(request: Request): Promise<LegalContext> {
  try {
    return await fromParameters(new URL(request.url));
  } catch (error) {
    if (error instanceof UnknownLegalScope) {
      throw new Response(`${error.message} Bitte wählen Sie Ihre Gemeinde auf der Startseite.`, {
        status: 404,
        headers: { "Content-Type": "text/plain; charset=utf-8" },
      });
    }
    throw error;
  }
}
