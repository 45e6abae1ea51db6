/**
 * The wizard's island (ADR 043): the step and review pages without Remix's client. The page the
 * server sent is shown first; every later page of the walk the browser holds is built by
 * local-pages.ts, its address pushed into the history. An address the walk cannot show is
 * loaded from the server, once every page is saved.
 */
import { useCallback, useEffect, useMemo, useState } from "react";
import { updateAddressLinks } from "~/lib/address-links";
import { localPageAt } from "../local-pages";
import { savedWalk } from "../local-walk";
import { ReviewPage } from "../review-page";
import { StepView, type StepRouteData } from "../wizard-views";
import type { ReviewPageData } from "../../../server/wizard/review-view";
import { STEP_ROUTE, type IslandPage, type IslandPayload } from "./payload";
import { IslandRouterContext, type IslandLocation, type IslandRouter } from "./router";

interface View {
  location: IslandLocation;
  page: IslandPage;
}

let navigations = 0;

function locationOf(url: URL | Location, key: string): IslandLocation {
  return { pathname: url.pathname, search: url.search, hash: url.hash, state: null, key };
}

/**
 * The view of the page at `url` as the walk builds it; null after sending the browser to the
 * server for it (`alreadyThere`: the history has moved to it already), once every page is saved.
 */
function viewAt(url: URL, alreadyThere: boolean): View | null {
  const page = localPageAt(url);
  if (page) return { location: locationOf(url, `island-${++navigations}`), page };
  void savedWalk().then(() => (alreadyThere ? window.location.reload() : window.location.assign(url.href)));
  return null;
}

export function IslandApp({ payload }: { payload: IslandPayload }) {
  const [view, setView] = useState<View>(() => ({ location: locationOf(window.location, "default"), page: payload.page }));

  const navigate = useCallback((to: string) => {
    const url = new URL(to, window.location.href);
    const next = viewAt(url, false);
    if (!next) return;
    window.history.pushState(null, "", url);
    setView(next);
    window.scrollTo(0, 0);
  }, []);

  useEffect(() => {
    const shown = view.location;
    const onHistory = () => {
      const url = new URL(window.location.href);
      // A jump within the page (the skip link) is the browser's: the page and its inputs stay.
      if (url.pathname === shown.pathname && url.search === shown.search) return;
      const next = viewAt(url, true);
      if (next) setView(next);
    };
    window.addEventListener("popstate", onHistory);
    return () => window.removeEventListener("popstate", onHistory);
  }, [view.location]);

  useEffect(() => {
    // The header's language switch and sign-in lead back to the page shown, not the first one.
    if (view.location.key !== "default") updateAddressLinks(document, view.location);
  }, [view.location]);

  const router: IslandRouter = useMemo(
    () => ({ location: view.location, root: payload.root, page: view.page, navigate }),
    [view, payload.root, navigate],
  );
  return (
    <IslandRouterContext.Provider value={router}>
      {view.page.routeId === STEP_ROUTE ? (
        <StepView page={view.page.data as StepRouteData} />
      ) : (
        <ReviewPage page={view.page.data as ReviewPageData} />
      )}
    </IslandRouterContext.Provider>
  );
}
