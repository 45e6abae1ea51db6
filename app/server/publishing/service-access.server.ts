/**
 * Which services an editor may see and change. A county's editors own the services of their
 * county; the portal's built-in services (owner null) are shared by every county: editors see
 * them, offer them in their county and may publish new versions of them, but only the offering
 * withdraws one from a county — retiring it would take it from every other county too.
 */
import { and, eq, isNull, or, type SQL } from "drizzle-orm";
import type { Database } from "../../../db/client";
import { services } from "../../../db/schema";
import type { EditorialActor } from "./actor";
import { SERVICE_ID_PATTERN } from "./definition-identity";

export type ServiceRecord = typeof services.$inferSelect;

export function visibleTo(actor: Pick<EditorialActor, "countyAgs">): SQL {
  return or(eq(services.ownerCountyAgs, actor.countyAgs), isNull(services.ownerCountyAgs))!;
}

/** The service if the actor may see it; null for an unknown id and for another county's service alike. */
export async function visibleService(
  database: Pick<Database, "select">,
  actor: Pick<EditorialActor, "countyAgs">,
  serviceId: string,
  options: { lock?: boolean } = {},
): Promise<ServiceRecord | null> {
  if (!SERVICE_ID_PATTERN.test(serviceId)) return null;
  const query = database.select().from(services).where(and(eq(services.id, serviceId), visibleTo(actor))).limit(1);
  const [row] = options.lock ? await query.for("update") : await query;
  return row ?? null;
}

export const isBuiltIn = (service: Pick<ServiceRecord, "ownerCountyAgs">) => service.ownerCountyAgs === null;

export function serviceNotFoundMessage(serviceId: string): string {
  return `Eine Leistung „${serviceId.slice(0, 80)}“ gibt es in Ihrem Landkreis nicht.`;
}
