import { and, eq, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { jsonColumn, type Database } from "../../../db/client";
import {
  authorities,
  cases,
  counties,
  municipalities,
  routingGeneration,
  routingOverrides,
  serviceOfferings,
  services,
  serviceVersions,
} from "../../../db/schema";
import { decideResponsibleAuthority, type RoutingDecision, type ServiceLevel } from "./zustaendigkeit";
import { preparedPerDatabase } from "../prepared-statements.server";

export type Authority = typeof authorities.$inferSelect;

export type ResponsibleAuthority = RoutingDecision & { authority: Authority };

export type RoutingContext = {
  routing: ResponsibleAuthority;
  /** The municipality offers the service (and the service is not retired). */
  offered: boolean;
  serviceRetired: boolean;
  /** The service's newest published version; null when none is published. */
  latestVersion: number | null;
  /** The service's published versions, oldest first: a version not among them is retired or a draft. */
  publishedVersions: number[];
  /** The case already submitted with the given idempotency key. */
  existingCase: ExistingCase | null;
  /** The routing generation this was read at (ADR 051). */
  generation: number;
};

const administering = alias(authorities, "administering");
const landratsamt = alias(authorities, "landratsamt");
const overriding = alias(authorities, "overriding");

function buildRoutingQuery(database: Database) {
  const serviceId = sql.placeholder("serviceId");
  return database
    .select({
      ags: municipalities.ags,
      administeredById: municipalities.administeredById,
      countyAgs: municipalities.countyAgs,
      administering,
      landratsamt,
      overriding,
      offeredService: serviceOfferings.serviceId,
      serviceRetiredAt: services.retiredAt,
      serviceLevel: services.level,
      publishedVersions: sql<
        number[] | string
      >`(select coalesce(json_agg(v.version order by v.version), '[]'::json) from ${serviceVersions} v where v.service_id = ${serviceId} and v.status = 'published')`,
      generation: sql<number | string>`(select ${routingGeneration.value} from ${routingGeneration})`,
      existingCase: sql<
        ExistingCase | string | null
      >`(select json_build_object('id', c.id, 'requestHash', c.request_hash) from ${cases} c where c.idempotency_key = ${sql.placeholder("idempotencyKey")})`,
    })
    .from(municipalities)
    .innerJoin(counties, eq(counties.ags, municipalities.countyAgs))
    .innerJoin(administering, eq(administering.id, municipalities.administeredById))
    .innerJoin(landratsamt, eq(landratsamt.id, counties.landratsamtId))
    .leftJoin(routingOverrides, and(eq(routingOverrides.municipalityAgs, municipalities.ags), eq(routingOverrides.serviceId, serviceId)))
    .leftJoin(overriding, eq(overriding.id, routingOverrides.authorityId))
    .leftJoin(serviceOfferings, and(eq(serviceOfferings.municipalityAgs, municipalities.ags), eq(serviceOfferings.serviceId, serviceId)))
    .leftJoin(services, eq(services.id, serviceId))
    .where(eq(municipalities.ags, sql.placeholder("municipalityAgs")))
    .limit(1)
    .prepare("routing_context");
}

// Submissions ask this for every request.
const routingQuery = preparedPerDatabase(buildRoutingQuery);

type ExistingCase = { id: string; requestHash: string };

/**
 * Everything a submission needs to know about where it goes, in one round trip: the
 * municipality's administering authority, its county's Landratsamt, an explicit routing entry,
 * whether the municipality offers the service, whether the service is retired, its newest
 * published version and — given an idempotency key — the case already made with that key.
 */
export async function routingContext(
  database: Database,
  input: { serviceId: string; municipalityAgs: string; level?: ServiceLevel; idempotencyKey?: string },
): Promise<RoutingContext | null> {
  const [row] = await routingQuery(database).execute({
    serviceId: input.serviceId,
    municipalityAgs: input.municipalityAgs,
    idempotencyKey: input.idempotencyKey ?? null,
  });
  const level = input.level ?? row?.serviceLevel;
  if (!row || !level) return null;
  const decision = decideResponsibleAuthority({
    level,
    municipality: row,
    landratsamtIdOf: (county) => (county === row.countyAgs ? row.landratsamt.id : undefined),
    overrideAuthorityId: row.overriding?.id ?? null,
  });
  const authority = { override: row.overriding, "administering-authority": row.administering, landratsamt: row.landratsamt }[decision.rule];
  if (!authority) return null;
  const serviceRetired = row.serviceRetiredAt !== null;
  const publishedVersions = jsonColumn(row.publishedVersions).map(Number);
  return {
    routing: { ...decision, authority },
    offered: row.offeredService !== null && !serviceRetired,
    serviceRetired,
    latestVersion: publishedVersions.at(-1) ?? null,
    publishedVersions,
    existingCase: jsonColumn(row.existingCase),
    generation: Number(row.generation),
  };
}

/** The responsible authority for a service in a municipality. */
export async function responsibleAuthority(
  database: Database,
  input: { serviceId: string; level: ServiceLevel; municipalityAgs: string },
): Promise<ResponsibleAuthority | null> {
  return (await routingContext(database, input))?.routing ?? null;
}
