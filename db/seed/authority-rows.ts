import { foldForSearch, slugify } from "../../app/lib/text-folding";
import type { AuthorityKind } from "../schema";
import source from "./authorities.json";
import supplement from "./supplement.json";
import operatorSource from "./operators.json";

/** Turns the authority data set and the project's supplement into table rows. Pure, so it can be tested. */

type SourceAssociation = {
  key: string;
  kind: "verwaltungsgemeinschaft" | "erfuellende-gemeinde";
  name: string;
  code?: string;
  address: { street: string; postalCode: string; city: string };
  email?: string;
  performer?: string;
  members: string[];
};
type SourceMunicipality = {
  ags: string;
  ars?: string;
  name: string;
  kind: "stadt" | "gemeinde" | "landgemeinde";
  county: string;
  association: string | null;
  agsNameConfirmed: boolean;
};
type SourceRegion = {
  key: string;
  name: string;
  kind: "landkreis" | "zweckverband-it";
  operator: string;
  associations: SourceAssociation[];
  municipalities: SourceMunicipality[];
};

export type AuthorityRow = {
  id: string;
  kind: AuthorityKind;
  name: string;
  ags: string | null;
  associationCode: string | null;
  regionKey: string;
  countyAgs: string;
  caseNumberPrefix: string;
  street: string | null;
  postalCode: string | null;
  city: string | null;
  email: string | null;
  phone: string | null;
  website: string | null;
  operatorKey: string;
  provenance: string;
};

export type SeedRows = {
  regions: Array<{ key: string; name: string; kind: "landkreis" | "zweckverband-it"; operator: string; provenance: string }>;
  authorities: AuthorityRow[];
  counties: Array<{ ags: string; name: string; regionKey: string; landratsamtId: string }>;
  municipalities: Array<{
    ags: string;
    ars: string | null;
    name: string;
    slug: string;
    kind: "stadt" | "gemeinde" | "landgemeinde";
    countyAgs: string;
    administeredById: string;
    searchKey: string;
    agsNameConfirmed: boolean;
    operatorKey: string;
  }>;
  operators: OperatorSeed[];
};

export type OperatorSeed = Omit<(typeof operatorSource.operators)[number], "regions"> & { provenance: string };

const operatorNote = "operators.json (draft: to be confirmed by the operator)";

/** The operator that serves each region (ADR 023). */
function operatorOfRegion(): (regionKey: string) => string {
  const byRegion = new Map(operatorSource.operators.flatMap((operator) => operator.regions.map((region) => [region, operator.key])));
  return (regionKey) => {
    const key = byRegion.get(regionKey);
    if (!key) throw new Error(`No operator serves region ${regionKey}`);
    return key;
  };
}

const sourceNote = "authorities.json (public sources, 2026-11; see its 'about')";
const supplementNote = "supplement.json (unconfirmed, to be checked by county staff)";

export const landratsamtId = (countyAgs: string) => `lra-${countyAgs.slice(0, 5)}`;
export const municipalAuthorityId = (ags: string) => `gemeinde-${ags}`;

/** AGS of a member given as the 3-digit Gemeinde part (Sömmerda data) or as a full AGS (Nordthüringen data). */
function memberAgs(member: string, countyAgs5: string): string {
  return member.length === 8 ? member : `${countyAgs5}${member}`;
}

export function buildSeedRows(): SeedRows {
  const operatorOf = operatorOfRegion();
  const operators = operatorSource.operators.map(({ regions: _regions, ...operator }) => ({ ...operator, provenance: operatorNote }));
  const regions = (source.regions as unknown as SourceRegion[]).map((region) => ({
    key: region.key,
    name: region.name,
    kind: region.kind,
    operator: region.operator,
    provenance: sourceNote,
  }));

  const authorities: AuthorityRow[] = [];
  const counties: SeedRows["counties"] = [];
  for (const lra of supplement.landratsaemter) {
    const id = landratsamtId(lra.countyAgs);
    authorities.push({
      id,
      kind: "landratsamt",
      name: lra.name,
      ags: lra.countyAgs,
      associationCode: null,
      regionKey: lra.region,
      countyAgs: lra.countyAgs,
      caseNumberPrefix: lra.caseNumberPrefix,
      street: lra.street,
      postalCode: lra.postalCode,
      city: lra.city,
      email: lra.email,
      phone: lra.phone,
      website: null,
      operatorKey: operatorOf(lra.region),
      provenance: supplementNote,
    });
    counties.push({ ags: lra.countyAgs, name: lra.countyName, regionKey: lra.region, landratsamtId: id });
  }

  const municipalities: SeedRows["municipalities"] = [];
  const prefixes = supplement.associationPrefixes as Record<string, string>;
  const selfAdministering = supplement.selfAdministering as Record<
    string,
    { caseNumberPrefix: string; street: string | null; postalCode: string | null; city: string | null }
  >;

  for (const region of source.regions as unknown as SourceRegion[]) {
    for (const association of region.associations) {
      const firstMember = region.municipalities.find((m) => m.association === association.key);
      if (!firstMember) throw new Error(`Association ${association.key} has no member municipality`);
      const county5 = firstMember.county;
      const prefix = prefixes[association.key];
      if (!prefix) throw new Error(`No case number prefix for ${association.key}`);
      authorities.push({
        id: association.key,
        kind: association.kind,
        name: association.name,
        ags: association.performer ? memberAgs(association.performer, county5) : null,
        associationCode: association.code ?? null,
        regionKey: region.key,
        countyAgs: `${county5}000`,
        caseNumberPrefix: prefix,
        street: association.address.street,
        postalCode: association.address.postalCode,
        city: association.address.city,
        email: association.email ?? null,
        phone: null,
        website: null,
        operatorKey: operatorOf(region.key),
        provenance: sourceNote,
      });
    }

    for (const municipality of region.municipalities) {
      let administeredById = municipality.association;
      if (!administeredById) {
        const own = selfAdministering[municipality.ags];
        if (!own) throw new Error(`No supplement for self-administering ${municipality.name} (${municipality.ags})`);
        administeredById = municipalAuthorityId(municipality.ags);
        authorities.push({
          id: administeredById,
          kind: "gemeinde",
          name: `${municipality.kind === "stadt" ? "Stadt" : "Gemeinde"} ${municipality.name}`,
          ags: municipality.ags,
          associationCode: null,
          regionKey: region.key,
          countyAgs: `${municipality.county}000`,
          caseNumberPrefix: own.caseNumberPrefix,
          street: own.street,
          postalCode: own.postalCode,
          city: own.city,
          email: null,
          phone: null,
          website: null,
          operatorKey: operatorOf(region.key),
          provenance: supplementNote,
        });
      }
      municipalities.push({
        ags: municipality.ags,
        ars: municipality.ars ?? null,
        name: municipality.name,
        slug: slugify(municipality.name),
        kind: municipality.kind,
        countyAgs: `${municipality.county}000`,
        administeredById,
        searchKey: foldForSearch(municipality.name),
        agsNameConfirmed: municipality.agsNameConfirmed,
        operatorKey: operatorOf(region.key),
      });
    }
  }
  return { regions, authorities, counties, municipalities, operators };
}
