/**
 * The step and review pages of a walk the browser holds (ADR 034), built from its actor with the
 * same view-model functions the server's loaders use: the routes' clientLoaders answer a
 * navigation with them, without asking the server. Null whenever the server must answer —
 * no walk held, a page the machine may not show, or an address that carries a server's notice.
 */
import { stepAccess } from "../../server/wizard/step-events";
import { buildStepPage } from "../../server/wizard/step-page-view";
import { reviewView, type ReviewPageData } from "../../server/wizard/review-view";
import type { StepPageData } from "../../server/wizard/view-model";
import type { PageMessages } from "~/lib/i18n/messages.server";
import { REVIEW_STATE } from "~/engine/machine";
import { localWalk } from "./local-walk";
import { pageMessagesText } from "~/lib/i18n/view-text";
import { REVIEW_ROUTE, STEP_ROUTE, type IslandPage } from "./island/payload";

const SERVER_PARAMS = ["fehler", "hinweis", "problem"];

function decidedByServer(url: URL): boolean {
  return SERVER_PARAMS.some((name) => url.searchParams.has(name));
}

const STEP_MARKER = "/schritt/";

export function localStepPage(url: URL, stepId: string): (StepPageData & { messages: PageMessages }) | null {
  const at = url.pathname.lastIndexOf(STEP_MARKER);
  if (at < 0 || decidedByServer(url)) return null;
  const walk = localWalk(url.pathname.slice(0, at));
  if (!walk || walk.serverSteps.has(stepId)) return null;
  const snapshot = walk.actor.getSnapshot();
  const access = stepAccess(walk.runtime, snapshot, stepId);
  if (access !== "current" && access !== "visited") return null;
  const page = buildStepPage(walk, snapshot, stepId, snapshot.context.data, {
    url,
    errors: [],
    revision: walk.sync.revision,
    text: pageMessagesText(walk.messages),
  });
  return { ...page, messages: walk.messages };
}

export function localReviewPage(url: URL): (ReviewPageData & { messages: PageMessages }) | null {
  if (!url.pathname.endsWith("/pruefen") || decidedByServer(url)) return null;
  const walk = localWalk(url.pathname.slice(0, -"/pruefen".length));
  if (!walk) return null;
  const snapshot = walk.actor.getSnapshot();
  if (String(snapshot.value) !== REVIEW_STATE) return null;
  return {
    ...reviewView(walk.runtime, snapshot, walk.base, url, walk.lang, pageMessagesText(walk.messages)),
    messages: walk.messages,
  };
}

/** The page at an address as the browser builds it for the wizard's island (ADR 043), or null. */
export function localPageAt(url: URL): IslandPage | null {
  const at = url.pathname.lastIndexOf(STEP_MARKER);
  if (at >= 0) {
    const data = localStepPage(url, decodeURIComponent(url.pathname.slice(at + STEP_MARKER.length)));
    return data && { routeId: STEP_ROUTE, data };
  }
  const data = localReviewPage(url);
  return data && { routeId: REVIEW_ROUTE, data };
}
