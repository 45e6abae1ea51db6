/**
 * Which services an editorial actor may see, and the one check every editorial write goes
 * through (ownership-rule.ts). A county's editors see their county's services and the built-in
 * ones; the portal operator sees every service (and changes only the built-in forms).
 */
import { and, eq, isNull, or, sql, type SQL } from "drizzle-orm";
import type { Database } from "../../../db/client";
import { services } from "../../../db/schema";
import { actorCounty, type ActorCounty, type EditorialActor } from "./actor";
import { SERVICE_ID_PATTERN } from "./definition-identity";
import { refuse, text, type Refusal } from "../outcome";
import { changeRefusal, serviceNotFoundText, type EditorialMatter } from "./ownership-rule";

export { changeRefusal, newServiceRefusal, serviceNotFoundMessage, serviceNotFoundText } from "./ownership-rule";

export type ServiceRecord = typeof services.$inferSelect;
type Actor = Pick<EditorialActor, "countyAgs" | "portalOperator">;

export function visibleTo(actor: Actor): SQL {
  if (actor.portalOperator || actor.countyAgs === null) return sql`true`;
  return or(eq(services.ownerCountyAgs, actor.countyAgs), isNull(services.ownerCountyAgs))!;
}

/** The services whose form or offering the actor may change: what the overview lists. */
export function changeableBy(actor: Actor): SQL {
  return actor.portalOperator || actor.countyAgs === null ? isNull(services.ownerCountyAgs) : visibleTo(actor);
}

/** The service if the actor may see it; null for an unknown id and for another county's service alike. */
export async function visibleService(
  database: Pick<Database, "select">,
  actor: Actor,
  serviceId: string,
  options: { lock?: boolean } = {},
): Promise<ServiceRecord | null> {
  if (!SERVICE_ID_PATTERN.test(serviceId)) return null;
  const query = database
    .select()
    .from(services)
    .where(and(eq(services.id, serviceId), visibleTo(actor)))
    .limit(1);
  const [row] = options.lock ? await query.for("update") : await query;
  return row ?? null;
}

export type ServiceForChange = { ok: true; service: ServiceRecord } | Refusal;

/** The service, locked, if the actor may change this matter of it; otherwise the refusal (404 or 403). */
export async function serviceForChange(
  database: Pick<Database, "select">,
  actor: Actor,
  serviceId: string,
  matter: EditorialMatter,
): Promise<ServiceForChange> {
  const service = await visibleService(database, actor, serviceId, { lock: true });
  if (!service) return refuse("not-found", "service_not_found", serviceNotFoundText(serviceId));
  return changeRefusal(actor, service, matter) ?? { ok: true, service };
}

/** For offering and overrides: the service plus the county whose municipalities the actor sets. */
export async function serviceForCountyChange(
  database: Pick<Database, "select">,
  actor: EditorialActor,
  serviceId: string,
): Promise<{ ok: true; service: ServiceRecord; county: ActorCounty } | Refusal> {
  const access = await serviceForChange(database, actor, serviceId, "offering");
  if (!access.ok) return access;
  const county = actorCounty(actor);
  // The rule already refuses an actor without county; this keeps the types honest.
  if (!county) return refuse("forbidden", "county_matter", text("refusal.countyMatter"));
  return { ok: true, service: access.service, county };
}

export const isBuiltIn = (service: Pick<ServiceRecord, "ownerCountyAgs">) => service.ownerCountyAgs === null;
