/**
 * The editor's view of services: versions with their status and the number of cases filed on
 * each, and how many municipalities of the county offer the service. Counts cover the editor's
 * county (a built-in service's cases elsewhere are other counties' business); the portal
 * operator's counts cover the whole portal.
 */
import { and, asc, eq, inArray, sql, type SQL } from "drizzle-orm";
import { cases, municipalities, serviceOfferings, services, serviceVersions } from "../../../db/schema";
import { db } from "../db.server";
import type { EditorialActor } from "./actor";
import { changeableBy, visibleTo } from "./service-access.server";

export type VersionSummary = {
  version: number;
  status: "draft" | "published" | "retired";
  title: string;
  publishedAt: string | null;
  createdAt: string;
  cases: number;
  /** Drafts only: whether the stored text passed the check. */
  valid: boolean;
};

export type ServiceSummary = {
  id: string;
  title: string;
  builtIn: boolean;
  /** The county that created the service; null for a built-in one. */
  ownerCountyAgs: string | null;
  level: "gemeinde" | "kreis";
  retired: boolean;
  /** The version new starts get: the newest published one. */
  current: number | null;
  draft: number | null;
  versions: VersionSummary[];
  offeredIn: number;
  municipalities: number;
};

/** The municipalities the actor's counts cover: its county's, or every one for the operator. */
function inActorsArea(actor: Pick<EditorialActor, "countyAgs">): SQL {
  return actor.countyAgs === null ? sql`true` : eq(municipalities.countyAgs, actor.countyAgs);
}

/** One service the actor may see, or (without an id) the overview: the services the actor may change. */
export async function serviceSummaries(actor: EditorialActor, onlyServiceId?: string): Promise<ServiceSummary[]> {
  const database = await db();
  const serviceRows = await database
    .select()
    .from(services)
    .where(onlyServiceId ? and(visibleTo(actor), eq(services.id, onlyServiceId)) : changeableBy(actor));
  if (serviceRows.length === 0) return [];
  const ids = serviceRows.map((s) => s.id);
  const [versionRows, offeringRows, caseRows, [{ total }]] = await Promise.all([
    database
      .select({
        serviceId: serviceVersions.serviceId,
        version: serviceVersions.version,
        status: serviceVersions.status,
        title: serviceVersions.title,
        publishedAt: serviceVersions.publishedAt,
        createdAt: serviceVersions.createdAt,
        // A draft whose text did not pass the check stores the definition `{}`; the text itself is not loaded here.
        checked: sql<boolean>`((${serviceVersions.definition} ->> 'id') is not null)`,
      })
      .from(serviceVersions)
      .where(inArray(serviceVersions.serviceId, ids))
      .orderBy(asc(serviceVersions.version)),
    database
      .select({ serviceId: serviceOfferings.serviceId, count: sql<number>`count(*)::int` })
      .from(serviceOfferings)
      .innerJoin(municipalities, eq(municipalities.ags, serviceOfferings.municipalityAgs))
      .where(and(inArray(serviceOfferings.serviceId, ids), inActorsArea(actor)))
      .groupBy(serviceOfferings.serviceId),
    database
      .select({ serviceId: cases.serviceId, version: cases.serviceVersion, count: sql<number>`count(*)::int` })
      .from(cases)
      .innerJoin(municipalities, eq(municipalities.ags, cases.municipalityAgs))
      .where(and(inArray(cases.serviceId, ids), inActorsArea(actor)))
      .groupBy(cases.serviceId, cases.serviceVersion),
    database
      .select({ total: sql<number>`count(*)::int` })
      .from(municipalities)
      .where(inActorsArea(actor)),
  ]);
  const offered = new Map(offeringRows.map((r) => [r.serviceId, Number(r.count)]));
  const caseCount = new Map(caseRows.map((r) => [`${r.serviceId}@${r.version}`, Number(r.count)]));

  return serviceRows
    .map((service): ServiceSummary => {
      const versions = versionRows
        .filter((v) => v.serviceId === service.id)
        .map((v) => ({
          version: v.version,
          status: v.status,
          title: v.title,
          publishedAt: v.publishedAt?.toISOString() ?? null,
          createdAt: v.createdAt.toISOString(),
          cases: caseCount.get(`${service.id}@${v.version}`) ?? 0,
          valid: v.status !== "draft" || v.checked === true,
        }));
      const published = versions.filter((v) => v.status === "published");
      const current = published.at(-1) ?? null;
      const draft = versions.find((v) => v.status === "draft") ?? null;
      return {
        id: service.id,
        title: (current ?? versions.at(-1))?.title ?? service.id,
        builtIn: service.ownerCountyAgs === null,
        ownerCountyAgs: service.ownerCountyAgs,
        level: service.level,
        retired: service.retiredAt !== null,
        current: current?.version ?? null,
        draft: draft?.version ?? null,
        versions,
        offeredIn: offered.get(service.id) ?? 0,
        municipalities: Number(total),
      };
    })
    .sort((a, b) => Number(a.builtIn) - Number(b.builtIn) || a.title.localeCompare(b.title, "de"));
}
