import { and, asc, eq, isNull, sql } from "drizzle-orm";
import { serviceOfferings, services, serviceVersions } from "../../../db/schema";
import { db } from "../db.server";

export type CatalogueEntry = { id: string; version: number; title: string; leikaKey: string | null; level: "gemeinde" | "kreis" };

/** Services a municipality offers, each in its newest published version; retired services are left out. */
export async function servicesOfferedIn(municipalityAgs: string): Promise<CatalogueEntry[]> {
  const newestPublished = sql<number>`(select max(v2.version) from ${serviceVersions} v2 where v2.service_id = ${services.id} and v2.status = 'published')`;
  return (await db())
    .select({
      id: services.id,
      version: serviceVersions.version,
      title: serviceVersions.title,
      leikaKey: serviceVersions.leikaKey,
      level: services.level,
    })
    .from(serviceOfferings)
    .innerJoin(services, eq(services.id, serviceOfferings.serviceId))
    .innerJoin(serviceVersions, and(eq(serviceVersions.serviceId, services.id), eq(serviceVersions.version, newestPublished)))
    .where(and(eq(serviceOfferings.municipalityAgs, municipalityAgs), isNull(services.retiredAt)))
    .orderBy(asc(serviceVersions.title));
}
