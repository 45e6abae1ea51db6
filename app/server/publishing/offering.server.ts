/**
 * The offering: which municipalities of the editor's county offer a service. An editor changes
 * only their own county's part (a built-in service's offering elsewhere stays as it is).
 */
import { and, eq, inArray } from "drizzle-orm";
import { municipalities, serviceOfferings } from "../../../db/schema";
import { AGS_PATTERN } from "../../lib/codes";
import { db } from "../db.server";
import { actorCounty, type EditorialActor } from "./actor";
import { countyAuthorities, countyMunicipalities, groupByAdministration, type AuthorityGroup } from "./county.server";
import { EDITORIAL_ACTIONS, recordEditorialAudit } from "./editorial-audit.server";
import { refuse, text, type Refusal } from "../outcome";
import { serviceForCountyChange, visibleService } from "./service-access.server";

export type OfferedMunicipality = { ags: string; name: string; administeredById: string; offered: boolean };
export type OfferingView = { groups: Array<AuthorityGroup<OfferedMunicipality>>; offered: number; total: number };

export async function offeringView(actor: EditorialActor, serviceId: string): Promise<OfferingView | null> {
  const database = await db();
  const county = actorCounty(actor);
  if (!county || !(await visibleService(database, actor, serviceId))) return null;
  const [list, authorityList, offeredRows] = await Promise.all([
    countyMunicipalities(database, county.ags),
    countyAuthorities(database, county.ags),
    database
      .select({ ags: serviceOfferings.municipalityAgs })
      .from(serviceOfferings)
      .innerJoin(municipalities, eq(municipalities.ags, serviceOfferings.municipalityAgs))
      .where(and(eq(serviceOfferings.serviceId, serviceId), eq(municipalities.countyAgs, county.ags))),
  ]);
  const offered = new Set(offeredRows.map((r) => r.ags));
  const withFlags = list.map((m) => ({ ...m, offered: offered.has(m.ags) }));
  return { groups: groupByAdministration(withFlags, authorityList), offered: offered.size, total: list.length };
}

export type OfferingChoice =
  | { kind: "all" }
  | { kind: "none" }
  /** Single municipalities and whole associations (every municipality the authority administers). */
  | { kind: "selection"; municipalities: readonly string[]; associations?: readonly string[] };

export type SetOfferingResult = { ok: true; municipalities: string[]; added: string[]; removed: string[] } | Refusal;

export async function setOffering(actor: EditorialActor, serviceId: string, choice: OfferingChoice): Promise<SetOfferingResult> {
  return (await db()).transaction(async (tx) => {
    const access = await serviceForCountyChange(tx, actor, serviceId);
    if (!access.ok) return access;
    const { county } = access;
    const inCounty = await countyMunicipalities(tx, county.ags);
    const known = new Map(inCounty.map((m) => [m.ags, m]));
    let wanted: Set<string>;
    if (choice.kind === "all") wanted = new Set(known.keys());
    else if (choice.kind === "none") wanted = new Set();
    else {
      const foreign = choice.municipalities.filter((ags) => !known.has(ags));
      if (foreign.length > 0) {
        const shown = foreign.slice(0, 5).map((ags) => (AGS_PATTERN.test(ags) ? ags : { quoted: ags.slice(0, 20) }));
        return refuse(
          "invalid",
          "municipality_not_in_county",
          text("refusal.municipalitiesNotInCounty", { county: county.name, given: { list: shown }, more: foreign.length > 5 ? " …" : "" }),
        );
      }
      const associations = new Set(choice.associations ?? []);
      wanted = new Set([...choice.municipalities, ...inCounty.filter((m) => associations.has(m.administeredById)).map((m) => m.ags)]);
    }

    const current = new Set(
      (
        await tx
          .select({ ags: serviceOfferings.municipalityAgs })
          .from(serviceOfferings)
          .where(and(eq(serviceOfferings.serviceId, serviceId), inArray(serviceOfferings.municipalityAgs, [...known.keys()])))
      ).map((r) => r.ags),
    );
    const added = [...wanted].filter((ags) => !current.has(ags)).sort();
    const removed = [...current].filter((ags) => !wanted.has(ags)).sort();
    if (removed.length > 0) {
      await tx
        .delete(serviceOfferings)
        .where(and(eq(serviceOfferings.serviceId, serviceId), inArray(serviceOfferings.municipalityAgs, removed)));
    }
    if (added.length > 0) {
      await tx
        .insert(serviceOfferings)
        .values(added.map((ags) => ({ serviceId, municipalityAgs: ags })))
        .onConflictDoNothing();
    }
    if (added.length > 0 || removed.length > 0) {
      await recordEditorialAudit(tx, actor, EDITORIAL_ACTIONS.offeringChanged, serviceId, { added, removed, offered: wanted.size });
    }
    return { ok: true as const, municipalities: [...wanted].sort(), added, removed };
  });
}
