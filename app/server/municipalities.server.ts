import { asc, eq, like, sql } from "drizzle-orm";
import { authorities, counties, municipalities, regions } from "../../db/schema";
import { foldForSearch } from "../lib/text-folding";
import type { Database } from "../../db/client";
import { db } from "./db.server";

export type AuthorityView = {
  id: string;
  name: string;
  kind: (typeof authorities.$inferSelect)["kind"];
  ags: string | null;
  street: string | null;
  postalCode: string | null;
  city: string | null;
  email: string | null;
  phone: string | null;
};

/** What pages show of an authority, picked from a fuller row (a routing result, an authority record). */
export function authorityView({ id, name, kind, ags, street, postalCode, city, email, phone }: AuthorityView): AuthorityView {
  return { id, name, kind, ags, street, postalCode, city, email, phone };
}

export type MunicipalityView = {
  ags: string;
  ars: string | null;
  name: string;
  slug: string;
  kind: (typeof municipalities.$inferSelect)["kind"];
  county: { ags: string; name: string; regionKey: string };
  administeredBy: AuthorityView;
};

const selection = {
  ags: municipalities.ags,
  ars: municipalities.ars,
  name: municipalities.name,
  slug: municipalities.slug,
  kind: municipalities.kind,
  countyAgs: counties.ags,
  countyName: counties.name,
  regionKey: counties.regionKey,
  authorityId: authorities.id,
  authorityName: authorities.name,
  authorityKind: authorities.kind,
  authorityAgs: authorities.ags,
  street: authorities.street,
  postalCode: authorities.postalCode,
  city: authorities.city,
  email: authorities.email,
  phone: authorities.phone,
};

type Row = Awaited<ReturnType<typeof baseQuery>>[number];

function toView(row: Row): MunicipalityView {
  return {
    ags: row.ags,
    ars: row.ars,
    name: row.name,
    slug: row.slug,
    kind: row.kind,
    county: { ags: row.countyAgs, name: row.countyName, regionKey: row.regionKey },
    administeredBy: {
      id: row.authorityId,
      name: row.authorityName,
      kind: row.authorityKind,
      ags: row.authorityAgs,
      street: row.street,
      postalCode: row.postalCode,
      city: row.city,
      email: row.email,
      phone: row.phone,
    },
  };
}

/** Not async: a drizzle query is a thenable, so returning it from an async function would run it. */
function baseQuery(database: Database) {
  return database
    .select(selection)
    .from(municipalities)
    .innerJoin(counties, eq(counties.ags, municipalities.countyAgs))
    .innerJoin(authorities, eq(authorities.id, municipalities.administeredById))
    .$dynamic();
}

export const MAX_SEARCH_RESULTS = 50;

/** Umlaut-tolerant search by name; names that start with the query come first. An empty query lists all. */
export async function searchMunicipalities(query: string): Promise<MunicipalityView[]> {
  const folded = foldForSearch(query.slice(0, 100));
  const rows = await baseQuery(await db())
    .where(like(municipalities.searchKey, `%${folded}%`))
    .orderBy(sql`case when ${municipalities.searchKey} like ${`${folded}%`} then 0 else 1 end`, asc(municipalities.name))
    .limit(MAX_SEARCH_RESULTS);
  return rows.map(toView);
}

export async function findMunicipalityByAgs(ags: string): Promise<MunicipalityView | null> {
  const rows = await baseQuery(await db())
    .where(eq(municipalities.ags, ags))
    .limit(1);
  return rows[0] ? toView(rows[0]) : null;
}

export async function findMunicipalityBySlug(slug: string): Promise<MunicipalityView | null> {
  const rows = await baseQuery(await db())
    .where(eq(municipalities.slug, slug))
    .limit(1);
  return rows[0] ? toView(rows[0]) : null;
}

export type Directory = Array<{
  region: { key: string; name: string };
  counties: Array<{
    ags: string;
    name: string;
    groups: Array<{ authority: AuthorityView; municipalities: MunicipalityView[] }>;
  }>;
}>;

/** Every municipality grouped by region, county and administering authority, for browsing without search. */
export async function municipalityDirectory(): Promise<Directory> {
  const database = await db();
  const regionRows = await database.select({ key: regions.key, name: regions.name }).from(regions).orderBy(asc(regions.name));
  const all = (await baseQuery(database).orderBy(asc(municipalities.name))).map(toView);
  return regionRows.map((region) => {
    const inRegion = all.filter((m) => m.county.regionKey === region.key);
    const countyList = [...new Map(inRegion.map((m) => [m.county.ags, m.county])).values()].sort((a, b) =>
      a.name.localeCompare(b.name, "de"),
    );
    return {
      region,
      counties: countyList.map((county) => {
        const inCounty = inRegion.filter((m) => m.county.ags === county.ags);
        const groups = new Map<string, { authority: AuthorityView; municipalities: MunicipalityView[] }>();
        for (const m of inCounty) {
          const group = groups.get(m.administeredBy.id) ?? { authority: m.administeredBy, municipalities: [] };
          group.municipalities.push(m);
          groups.set(m.administeredBy.id, group);
        }
        return {
          ags: county.ags,
          name: county.name,
          groups: [...groups.values()].sort((a, b) => a.authority.name.localeCompare(b.authority.name, "de")),
        };
      }),
    };
  });
}
