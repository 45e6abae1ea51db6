import { and, eq } from "drizzle-orm";
import type { Database } from "../../../db/client";
import { authorities, counties, municipalities, routingOverrides } from "../../../db/schema";
import { decideResponsibleAuthority, type RoutingDecision, type ServiceLevel } from "./zustaendigkeit";

export type ResponsibleAuthority = RoutingDecision & {
  authority: typeof authorities.$inferSelect;
};

/** The responsible authority for a service in a municipality, read from the database (inside a transaction if given one). */
export async function responsibleAuthority(
  database: Database,
  input: { serviceId: string; level: ServiceLevel; municipalityAgs: string },
): Promise<ResponsibleAuthority | null> {
  const [row] = await database
    .select({
      ags: municipalities.ags,
      administeredById: municipalities.administeredById,
      countyAgs: municipalities.countyAgs,
      landratsamtId: counties.landratsamtId,
      overrideAuthorityId: routingOverrides.authorityId,
    })
    .from(municipalities)
    .innerJoin(counties, eq(counties.ags, municipalities.countyAgs))
    .leftJoin(
      routingOverrides,
      and(eq(routingOverrides.municipalityAgs, municipalities.ags), eq(routingOverrides.serviceId, input.serviceId)),
    )
    .where(eq(municipalities.ags, input.municipalityAgs))
    .limit(1);
  if (!row) return null;
  const decision = decideResponsibleAuthority({
    level: input.level,
    municipality: row,
    landratsamtIdOf: (county) => (county === row.countyAgs ? row.landratsamtId : undefined),
    overrideAuthorityId: row.overrideAuthorityId,
  });
  const [authority] = await database.select().from(authorities).where(eq(authorities.id, decision.authorityId)).limit(1);
  if (!authority) return null;
  return { ...decision, authority };
}
