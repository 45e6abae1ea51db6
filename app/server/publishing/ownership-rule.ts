/**
 * Who may change what (docs/decisions/015-editorial-ownership.md). A county's editors own the
 * services their county created. The built-in services (owner null, from forms/*.json) are
 * shared by every county, so their forms belong to the portal operator: a version published by
 * one county must never change what another county's citizens see. Offering and routing
 * overrides are county matters: each county sets them for its own municipalities, also for the
 * built-in services, and the operator sets none. Pure, so the pages hide what the rule refuses.
 */
import type { EditorialActor } from "./actor";
import { translate } from "../../lib/i18n/translate";
import { refuse, text, worded, type Refusal, type RefusalText } from "../outcome";

/** "form": drafts, publishing, retiring versions or the service. "offering": offering and routing overrides. */
export type EditorialMatter = "form" | "offering";

type Actor = Pick<EditorialActor, "countyAgs" | "portalOperator">;
type OwnedService = { id: string; ownerCountyAgs: string | null };

export const BUILT_IN_FORM_MESSAGE = translate("de", "refusal.builtInForm");

export const COUNTY_OFFERING_MESSAGE = translate("de", "refusal.countyOffering");

export const NEW_SERVICE_MESSAGE = translate("de", "refusal.newService");

export const serviceNotFoundText = (serviceId: string): RefusalText =>
  text("refusal.countyServiceNotFound", { serviceId: serviceId.slice(0, 80) });

export function serviceNotFoundMessage(serviceId: string): string {
  return worded(serviceNotFoundText(serviceId)).message;
}

/** Why the actor may not change this matter of the service, or null when it may. */
export function changeRefusal(actor: Actor, service: OwnedService, matter: EditorialMatter): Refusal | null {
  const builtIn = service.ownerCountyAgs === null;
  if (actor.portalOperator) {
    if (matter === "offering") return refuse("forbidden", "county_matter", text("refusal.countyOffering"));
    return builtIn ? null : refuse("forbidden", "county_matter", text("refusal.countyForm"));
  }
  if (builtIn) return matter === "form" ? refuse("forbidden", "built_in_service", text("refusal.builtInForm")) : null;
  // Another county's service does not exist for this editor: the same answer as an unknown id.
  return service.ownerCountyAgs === actor.countyAgs ? null : refuse("not-found", "service_not_found", serviceNotFoundText(service.id));
}

/** Why the actor may not create a service, or null when it may: new services belong to a county. */
export function newServiceRefusal(actor: Actor): Refusal | null {
  return actor.portalOperator || actor.countyAgs === null ? refuse("forbidden", "county_matter", text("refusal.newService")) : null;
}

export const mayChange = (actor: Actor, service: OwnedService, matter: EditorialMatter) => changeRefusal(actor, service, matter) === null;
