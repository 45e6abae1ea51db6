/** What the legal pages show (ADR 023): the operator in view, its municipality, and the other operators. */
import { legalQuery } from "../../lib/legal-paths";
import { env } from "../env.server";
import { requireLegalContext, type LegalContext } from "./legal-context.server";
import { listOperators, operatorView, type OperatorView } from "./operators.server";
import { servicePrivacy, type ServicePrivacy } from "./privacy-notice.server";

export type LegalPageBase = {
  operator: OperatorView;
  municipality: { name: string; slug: string } | null;
  /** On the portal-wide pages: the other operators, each with its own pages. */
  otherOperators: Array<{ name: string; query: string }>;
  /** The query that keeps links between the legal pages in the same scope. */
  query: string;
  /** How long a saved application waits to be continued (DRAFT_TTL_DAYS). */
  draftTtlDays: number;
};

export async function legalPageBase(request: Request): Promise<LegalPageBase> {
  return baseOf(await requireLegalContext(request));
}

async function baseOf({ operator, municipality }: LegalContext): Promise<LegalPageBase> {
  const portalWide = !municipality && operator.portalDefault;
  const others = portalWide ? (await listOperators()).filter((other) => other.key !== operator.key) : [];
  return {
    operator: operatorView(operator),
    municipality: municipality ? { name: municipality.name, slug: municipality.slug } : null,
    otherOperators: others.map((other) => ({ name: other.name, query: legalQuery({ municipalitySlug: null, operatorKey: other.key }) })),
    query: legalQuery({
      municipalitySlug: municipality?.slug ?? null,
      operatorKey: municipality || operator.portalDefault ? null : operator.key,
    }),
    draftTtlDays: env().draftTtlDays,
  };
}

export type PrivacyPageData = LegalPageBase & { services: ServicePrivacy[] };

export async function privacyPageData(request: Request): Promise<PrivacyPageData> {
  const context = await requireLegalContext(request);
  const base = await baseOf(context);
  const { municipality } = context;
  const services = await servicePrivacy(municipality ? { municipalityAgs: municipality.ags } : { operatorKey: base.operator.key });
  return { ...base, services };
}
