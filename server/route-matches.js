// The Remix routes an address falls under, for the method policy and the access log. Matching
// walks every route of the manifest, so each path is matched once and remembered: the route tree
// never changes while the process runs, and the last few thousand paths cover the busy ones.
import { matchRoutes } from "@remix-run/router";

const REMEMBERED_PATHS = 2000;
/** Longer paths are matched every time: no busy address is this long, and they would crowd the memory. */
const LONGEST_REMEMBERED_PATH = 200;

/** Nested route objects for matchRoutes, built from the flat manifest of the server build. */
function routeTree(manifest) {
  const childrenOf = new Map();
  for (const route of Object.values(manifest)) {
    const siblings = childrenOf.get(route.parentId) ?? [];
    siblings.push(route);
    childrenOf.set(route.parentId, siblings);
  }
  const build = (parentId) =>
    (childrenOf.get(parentId) ?? []).map((route) => ({
      id: route.id,
      path: route.path,
      index: route.index,
      caseSensitive: route.caseSensitive,
      children: route.index ? undefined : build(route.id),
    }));
  return build(undefined);
}

/** The page a single-fetch data request (`/a/b.data`, `/_root.data`) is for, as Remix strips it. */
export function documentPath(path) {
  if (path === "/_root.data") return "/";
  return path.endsWith(".data") ? path.slice(0, -".data".length) : path;
}

/** The router would warn on the console about an undecodable path; such a path matches no route. */
function decodable(pathname) {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}

/** `(pathname) => matches | null` over the build's routes, remembering recent paths. */
export function routeMatcher(manifest) {
  const routes = routeTree(manifest);
  const remembered = new Map();
  return (pathname) => {
    const known = remembered.get(pathname);
    if (known !== undefined) {
      // Most recently used last, so the oldest entry is the first to go.
      remembered.delete(pathname);
      remembered.set(pathname, known);
      return known;
    }
    const matches = decodable(pathname) ? matchRoutes(routes, pathname) : null;
    if (pathname.length <= LONGEST_REMEMBERED_PATH) {
      if (remembered.size >= REMEMBERED_PATHS) remembered.delete(remembered.keys().next().value);
      remembered.set(pathname, matches);
    }
    return matches;
  };
}

/** The route pattern of matches (`/verwaltung/vorgaenge/:caseNumber`): never a case number or a name. */
export function routePattern(matches) {
  if (!matches) return null;
  const segments = matches.map((match) => match.route.path).filter(Boolean);
  return `/${segments.join("/")}`.replace(/\/+/g, "/");
}
