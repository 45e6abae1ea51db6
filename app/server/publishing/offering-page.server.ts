/** What the offering page shows: the county's municipalities by administering authority, and the overrides. */
import { db } from "../db.server";
import { actorCounty, type EditorialActor } from "./actor";
import { countyAuthorities } from "./county.server";
import { offeringView, type OfferingView } from "./offering.server";
import { listOverrides, type OverrideView } from "./routing-overrides.server";

export type OfferingPageView = OfferingView & {
  overrides: OverrideView[];
  authorities: Array<{ id: string; name: string }>;
  municipalities: Array<{ ags: string; name: string }>;
};

export async function offeringPageView(actor: EditorialActor, serviceId: string): Promise<OfferingPageView | null> {
  const county = actorCounty(actor);
  const offering = county ? await offeringView(actor, serviceId) : null;
  if (!county || !offering) return null;
  const [overrides, authorityList] = await Promise.all([listOverrides(actor, serviceId), countyAuthorities(await db(), county.ags)]);
  const municipalities = offering.groups
    .flatMap((g) => g.municipalities.map(({ ags, name }) => ({ ags, name })))
    .sort((a, b) => a.name.localeCompare(b.name, "de"));
  return { ...offering, overrides, authorities: authorityList.map(({ id, name }) => ({ id, name })), municipalities };
}
