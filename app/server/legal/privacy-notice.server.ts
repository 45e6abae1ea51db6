/**
 * What the Datenschutzerklärung says per service (Art. 13 DSGVO): who is responsible (the
 * authority a case of this service goes to), on which legal basis, and how long a case is kept
 * (ADR 021, by the same rule the retention job deletes by).
 */
import { and, eq, inArray, isNull, sql } from "drizzle-orm";
import { municipalities, serviceOfferings, services, serviceVersions } from "../../../db/schema";
import { retentionDaysOf } from "../cases/retention";
import { db } from "../db.server";
import { env } from "../env.server";
import { responsibleAuthority } from "../routing/routing.server";
import { authorityView, type AuthorityView } from "../municipalities.server";

export type ServicePrivacy = {
  id: string;
  title: string;
  level: "gemeinde" | "kreis";
  /** The controller for a case of this service in the municipality in view; null without one. */
  controller: AuthorityView | null;
  legalBasis: string[];
  retentionDays: number;
  retentionRule: "definition" | "default";
};

type Definition = { legalBasis?: Array<{ de?: string }>; retentionDays?: unknown };

/**
 * The services offered in one municipality, or in any municipality of an operator, each in its
 * newest published version.
 */
export async function servicePrivacy(scope: { municipalityAgs: string } | { operatorKey: string }): Promise<ServicePrivacy[]> {
  const database = await db();
  const newestPublished = sql<number>`(select max(v2.version) from ${serviceVersions} v2 where v2.service_id = ${services.id} and v2.status = 'published')`;
  const offeredIn =
    "municipalityAgs" in scope
      ? eq(serviceOfferings.municipalityAgs, scope.municipalityAgs)
      : inArray(
          serviceOfferings.municipalityAgs,
          database.select({ ags: municipalities.ags }).from(municipalities).where(eq(municipalities.operatorKey, scope.operatorKey)),
        );
  const rows = await database
    .selectDistinct({ id: services.id, level: services.level, title: serviceVersions.title, definition: serviceVersions.definition })
    .from(serviceOfferings)
    .innerJoin(services, eq(services.id, serviceOfferings.serviceId))
    .innerJoin(serviceVersions, and(eq(serviceVersions.serviceId, services.id), eq(serviceVersions.version, newestPublished)))
    .where(and(offeredIn, isNull(services.retiredAt)));
  const defaultDays = env().retentionDaysDefault;
  const result = await Promise.all(
    rows.map(async (row): Promise<ServicePrivacy> => {
      const definition = row.definition as Definition;
      const own = retentionDaysOf(definition, 0);
      const routed =
        "municipalityAgs" in scope
          ? await responsibleAuthority(database, { serviceId: row.id, level: row.level, municipalityAgs: scope.municipalityAgs })
          : null;
      return {
        id: row.id,
        title: row.title,
        level: row.level,
        controller: routed ? authorityView(routed.authority) : null,
        legalBasis: (definition.legalBasis ?? []).map((text) => text.de ?? "").filter(Boolean),
        retentionDays: own > 0 ? own : defaultDays,
        retentionRule: own > 0 ? "definition" : "default",
      };
    }),
  );
  return result.sort((a, b) => a.title.localeCompare(b.title, "de"));
}
