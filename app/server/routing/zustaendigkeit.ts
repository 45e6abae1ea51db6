/**
 * Zuständigkeit: which authority receives a case. Pure, so every rule is tested directly.
 *
 * - level `gemeinde` (a municipal task): the authority that administers the municipality —
 *   its Verwaltungsgemeinschaft (§ 47 ThürKO) or erfüllende Gemeinde (§ 51 ThürKO) where it
 *   has one, else the municipality itself;
 * - level `kreis` (a county task, e.g. Wohngeld): the Landratsamt of the municipality's county;
 * - an explicit routing entry for the service in this municipality overrides both.
 */

export type ServiceLevel = "gemeinde" | "kreis";

export type RoutingFacts = {
  level: ServiceLevel;
  municipality: { ags: string; administeredById: string; countyAgs: string };
  landratsamtIdOf: (countyAgs: string) => string | undefined;
  overrideAuthorityId?: string | null;
};

export type RoutingDecision = {
  authorityId: string;
  rule: "override" | "administering-authority" | "landratsamt";
};

export class RoutingError extends Error {}

export function decideResponsibleAuthority(facts: RoutingFacts): RoutingDecision {
  if (facts.overrideAuthorityId) return { authorityId: facts.overrideAuthorityId, rule: "override" };
  if (facts.level === "gemeinde") {
    return { authorityId: facts.municipality.administeredById, rule: "administering-authority" };
  }
  const landratsamt = facts.landratsamtIdOf(facts.municipality.countyAgs);
  if (!landratsamt) throw new RoutingError(`No Landratsamt for county ${facts.municipality.countyAgs}`);
  return { authorityId: landratsamt, rule: "landratsamt" };
}
