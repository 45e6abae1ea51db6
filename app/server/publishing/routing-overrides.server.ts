/**
 * Abweichende Zuständigkeit: for one service in one municipality of the county, cases go to a
 * named authority of the county instead of the one the level rule picks (e.g. a town with its
 * own Wohngeld office). The routing reads these rows on every submission (app/server/routing).
 */
import { and, asc, eq } from "drizzle-orm";
import { authorities, municipalities, routingOverrides } from "../../../db/schema";
import { db } from "../db.server";
import { actorCounty, type EditorialActor } from "./actor";
import { countyAuthorities, countyMunicipalities } from "./county.server";
import { EDITORIAL_ACTIONS, recordEditorialAudit } from "./editorial-audit.server";
import { refuse, text, type Refusal } from "../outcome";
import { serviceForCountyChange } from "./service-access.server";

export type OverrideView = { municipality: { ags: string; name: string }; authority: { id: string; name: string } };

export async function listOverrides(actor: EditorialActor, serviceId: string): Promise<OverrideView[]> {
  const county = actorCounty(actor);
  if (!county) return [];
  const rows = await (
    await db()
  )
    .select({
      ags: municipalities.ags,
      municipalityName: municipalities.name,
      authorityId: authorities.id,
      authorityName: authorities.name,
    })
    .from(routingOverrides)
    .innerJoin(municipalities, eq(municipalities.ags, routingOverrides.municipalityAgs))
    .innerJoin(authorities, eq(authorities.id, routingOverrides.authorityId))
    .where(and(eq(routingOverrides.serviceId, serviceId), eq(municipalities.countyAgs, county.ags)))
    .orderBy(asc(municipalities.name));
  return rows.map((r) => ({
    municipality: { ags: r.ags, name: r.municipalityName },
    authority: { id: r.authorityId, name: r.authorityName },
  }));
}

export type OverrideResult = { ok: true } | Refusal;

export async function setOverride(
  actor: EditorialActor,
  serviceId: string,
  municipalityAgs: string,
  authorityId: string,
): Promise<OverrideResult> {
  return (await db()).transaction(async (tx) => {
    const access = await serviceForCountyChange(tx, actor, serviceId);
    if (!access.ok) return access;
    const { county } = access;
    const municipality = (await countyMunicipalities(tx, county.ags)).find((m) => m.ags === municipalityAgs);
    if (!municipality)
      return refuse("invalid", "municipality_not_in_county", text("refusal.municipalityNotInCounty", { county: county.name }));
    const authority = (await countyAuthorities(tx, county.ags)).find((a) => a.id === authorityId);
    if (!authority) return refuse("invalid", "authority_not_in_county", text("refusal.authorityNotInCounty", { county: county.name }));
    await tx
      .insert(routingOverrides)
      .values({ serviceId, municipalityAgs, authorityId })
      .onConflictDoUpdate({ target: [routingOverrides.serviceId, routingOverrides.municipalityAgs], set: { authorityId } });
    await recordEditorialAudit(tx, actor, EDITORIAL_ACTIONS.overrideSet, serviceId, {
      municipality: municipalityAgs,
      authority: authorityId,
    });
    return { ok: true as const };
  });
}

export async function removeOverride(actor: EditorialActor, serviceId: string, municipalityAgs: string): Promise<OverrideResult> {
  return (await db()).transaction(async (tx) => {
    const access = await serviceForCountyChange(tx, actor, serviceId);
    if (!access.ok) return access;
    const { county } = access;
    const municipality = (await countyMunicipalities(tx, county.ags)).find((m) => m.ags === municipalityAgs);
    if (!municipality) return refuse("not-found", "override_not_found", text("refusal.overrideNotFound"));
    const removed = await tx
      .delete(routingOverrides)
      .where(and(eq(routingOverrides.serviceId, serviceId), eq(routingOverrides.municipalityAgs, municipalityAgs)))
      .returning({ authorityId: routingOverrides.authorityId });
    if (removed.length === 0) return refuse("not-found", "override_not_found", text("refusal.overrideNotFound"));
    await recordEditorialAudit(tx, actor, EDITORIAL_ACTIONS.overrideRemoved, serviceId, {
      municipality: municipalityAgs,
      authority: removed[0].authorityId,
    });
    return { ok: true as const };
  });
}
