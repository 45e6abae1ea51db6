/**
 * What the server hands the wizard's island (ADR 043) in the page: the root's and the page's
 * loader data, as JSON in a script element that is never run.
 */
export const ISLAND_DATA_ID = "wizard-island-data";

export const STEP_ROUTE = "routes/$gemeinde.$service.schritt.$stepId";
export const REVIEW_ROUTE = "routes/$gemeinde.$service.pruefen";

export type IslandRouteId = typeof STEP_ROUTE | typeof REVIEW_ROUTE;

export interface IslandPage {
  routeId: IslandRouteId;
  data: unknown;
}

export interface IslandPayload {
  root: unknown;
  page: IslandPage;
}

/** Loader data as the text of a `<script type="application/json">`: no `<` may end it early. */
export function islandPayloadText(payload: IslandPayload): string {
  return JSON.stringify(payload).replace(/</g, "\\u003c");
}
