/** The municipalities and authorities of one county: what an editor can offer services in and route them to. */
import { asc, eq } from "drizzle-orm";
import type { Database } from "../../../db/client";
import { authorities, municipalities } from "../../../db/schema";

export type CountyAuthority = { id: string; name: string; kind: (typeof authorities.$inferSelect)["kind"] };
export type CountyMunicipality = { ags: string; name: string; administeredById: string };

export async function countyMunicipalities(database: Pick<Database, "select">, countyAgs: string): Promise<CountyMunicipality[]> {
  return database
    .select({ ags: municipalities.ags, name: municipalities.name, administeredById: municipalities.administeredById })
    .from(municipalities)
    .where(eq(municipalities.countyAgs, countyAgs))
    .orderBy(asc(municipalities.name));
}

export async function countyAuthorities(database: Pick<Database, "select">, countyAgs: string): Promise<CountyAuthority[]> {
  return database
    .select({ id: authorities.id, name: authorities.name, kind: authorities.kind })
    .from(authorities)
    .where(eq(authorities.countyAgs, countyAgs))
    .orderBy(asc(authorities.name));
}

export type AuthorityGroup<M> = { authority: CountyAuthority; municipalities: M[] };

/** Municipalities grouped by the authority that administers them (VG, erfüllende Gemeinde, or the town itself). */
export function groupByAdministration<M extends { administeredById: string }>(
  list: readonly M[],
  authorityList: readonly CountyAuthority[],
): Array<AuthorityGroup<M>> {
  const byId = new Map(authorityList.map((a) => [a.id, a]));
  const groups = new Map<string, AuthorityGroup<M>>();
  for (const m of list) {
    const authority = byId.get(m.administeredById);
    if (!authority) continue;
    const group = groups.get(authority.id) ?? { authority, municipalities: [] };
    group.municipalities.push(m);
    groups.set(authority.id, group);
  }
  // Associations (several members) first, then the towns that administer themselves; by name within.
  return [...groups.values()].sort(
    (a, b) =>
      Number(a.authority.kind === "gemeinde") - Number(b.authority.kind === "gemeinde") ||
      a.authority.name.localeCompare(b.authority.name, "de"),
  );
}
