import { matchRoutes } from "@remix-run/react";
import type { ServerBuild } from "@remix-run/node";

type PatternRoute = { id: string; path?: string; index?: boolean; children: PatternRoute[] };

/**
 * The route pattern a path falls under (`/verwaltung/vorgaenge/:caseNumber`), for the access log:
 * the raw path may hold case numbers or names, the pattern never does.
 */
export function routePatternMatcher(build: Pick<ServerBuild, "routes">): (pathname: string) => string | null {
  const tree = childrenOf(build.routes, undefined);
  return (pathname) => {
    if (!decodable(pathname)) return null;
    const matches = matchRoutes(tree as Parameters<typeof matchRoutes>[0], pathname);
    if (!matches) return null;
    const segments = matches.map((match) => match.route.path).filter((path): path is string => Boolean(path));
    return `/${segments.join("/")}`.replace(/\/+/g, "/");
  };
}

function childrenOf(routes: ServerBuild["routes"], parentId: string | undefined): PatternRoute[] {
  return Object.values(routes)
    .filter((route) => route?.parentId === parentId)
    .map((route) => ({
      id: route!.id,
      path: route!.path,
      index: route!.index,
      children: route!.index ? [] : childrenOf(routes, route!.id),
    }));
}

/** The router would warn on the console about an undecodable path; such a path matches no route. */
function decodable(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}
