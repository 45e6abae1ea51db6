/**
 * Who may change what (docs/decisions/015-editorial-ownership.md). A county's editors own the
 * services their county created. The built-in services (owner null, from forms/*.json) are
 * shared by every county, so their forms belong to the portal operator: a version published by
 * one county must never change what another county's citizens see. Offering and routing
 * overrides are county matters: each county sets them for its own municipalities, also for the
 * built-in services, and the operator sets none. Pure, so the pages hide what the rule refuses.
 */
import type { EditorialActor } from "./actor";
import { refuse, type Refusal } from "../outcome";

/** "form": drafts, publishing, retiring versions or the service. "offering": offering and routing overrides. */
export type EditorialMatter = "form" | "offering";

type Actor = Pick<EditorialActor, "countyAgs" | "portalOperator">;
type OwnedService = { id: string; ownerCountyAgs: string | null };

export const BUILT_IN_FORM_MESSAGE =
  "Eingebaute Leistungen gelten in allen Landkreisen des Portals; ihr Formular ändert nur der Portalbetrieb. Um eine solche Leistung in Ihrem Landkreis nicht mehr anzubieten, wählen Sie im Angebot keine Gemeinde aus.";

export const COUNTY_OFFERING_MESSAGE =
  "Angebot und abweichende Zuständigkeiten legt die Redaktion des jeweiligen Landkreises für ihre Gemeinden fest, nicht der Portalbetrieb.";

export const COUNTY_FORM_MESSAGE =
  "Diese Leistung hat ein Landkreis angelegt; ihr Formular ändert nur die Redaktion dieses Landkreises, nicht der Portalbetrieb.";

export const NEW_SERVICE_MESSAGE =
  "Neue Leistungen legt die Redaktion eines Landkreises an. Eingebaute Leistungen kommen aus dem Verzeichnis forms/ des Portals und werden dort ergänzt.";

export function serviceNotFoundMessage(serviceId: string): string {
  return `Eine Leistung „${serviceId.slice(0, 80)}“ gibt es in Ihrem Landkreis nicht.`;
}

/** Why the actor may not change this matter of the service, or null when it may. */
export function changeRefusal(actor: Actor, service: OwnedService, matter: EditorialMatter): Refusal | null {
  const builtIn = service.ownerCountyAgs === null;
  if (actor.portalOperator) {
    if (matter === "offering") return refuse("forbidden", "county_matter", COUNTY_OFFERING_MESSAGE);
    return builtIn ? null : refuse("forbidden", "county_matter", COUNTY_FORM_MESSAGE);
  }
  if (builtIn) return matter === "form" ? refuse("forbidden", "built_in_service", BUILT_IN_FORM_MESSAGE) : null;
  // Another county's service does not exist for this editor: the same answer as an unknown id.
  return service.ownerCountyAgs === actor.countyAgs ? null : refuse("not-found", "service_not_found", serviceNotFoundMessage(service.id));
}

/** Why the actor may not create a service, or null when it may: new services belong to a county. */
export function newServiceRefusal(actor: Actor): Refusal | null {
  return actor.portalOperator || actor.countyAgs === null ? refuse("forbidden", "county_matter", NEW_SERVICE_MESSAGE) : null;
}

export const mayChange = (actor: Actor, service: OwnedService, matter: EditorialMatter) => changeRefusal(actor, service, matter) === null;
