import { and, asc, eq, inArray, or, sql } from "drizzle-orm";
import { authorities, municipalities, routingOverrides, serviceVersions } from "../../../db/schema";
import { db } from "../db.server";

/**
 * Choices for the inbox filters: the municipalities whose cases can reach this authority (those
 * it administers, its whole county for a Landratsamt, plus explicit routing entries) and the
 * services, each with its newest title. Small tables, no look at the cases themselves.
 */
export type FilterOptions = {
  services: Array<{ id: string; title: string }>;
  municipalities: Array<{ ags: string; name: string }>;
};

export async function inboxFilterOptions(authorityId: string): Promise<FilterOptions> {
  const database = await db();
  const [authority] = await database
    .select({ kind: authorities.kind, countyAgs: authorities.countyAgs })
    .from(authorities)
    .where(eq(authorities.id, authorityId));
  if (!authority) return { services: [], municipalities: [] };

  const overridden = database
    .select({ ags: routingOverrides.municipalityAgs })
    .from(routingOverrides)
    .where(eq(routingOverrides.authorityId, authorityId));
  const reach =
    authority.kind === "landratsamt" ? eq(municipalities.countyAgs, authority.countyAgs) : eq(municipalities.administeredById, authorityId);
  const [places, services] = await Promise.all([
    database
      .select({ ags: municipalities.ags, name: municipalities.name })
      .from(municipalities)
      .where(or(reach, inArray(municipalities.ags, overridden)))
      .orderBy(asc(municipalities.name)),
    database
      .selectDistinctOn([serviceVersions.serviceId], { id: serviceVersions.serviceId, title: serviceVersions.title })
      .from(serviceVersions)
      .where(and(sql`${serviceVersions.status} <> 'draft'`))
      .orderBy(serviceVersions.serviceId, sql`${serviceVersions.version} desc`),
  ]);
  return { municipalities: places, services: services.sort((a, b) => a.title.localeCompare(b.title, "de")) };
}
