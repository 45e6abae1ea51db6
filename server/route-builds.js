// Narrowed server builds (ADR 040, ADR 049). Remix matches a request against every route of its
// build twice, and a page's render a third time, flattening and ranking all of them each time.
// Every address under /api is the API's, matched against the API's routes only: its catch-all
// (api.$) answers an unknown address as JSON, where the whole build let some of them fall to a
// page route with parameters. Each request is then answered by a Remix request handler over the
// route it matched and that route's ancestors only.

/** A route of the flat server manifest and its ancestors, the route first. */
function* routeAndAncestors(manifest, route) {
  for (let current = route; current; current = manifest[current.parentId]) yield current;
}

/** The full path of a route of the flat server manifest (`/api/v1/submissions`), from its ancestors' paths. */
function fullPath(manifest, route) {
  const segments = [...routeAndAncestors(manifest, route)].map((current) => current.path).filter(Boolean);
  return `/${segments.reverse().join("/")}`.replace(/\/+/g, "/");
}

/**
 * The build with the given routes and their ancestors only, in the manifest's order: the order
 * of siblings decides between routes that rank alike. The browser's manifest (`assets.routes`)
 * is narrowed alike: a page's render builds and matches its routes from it. The browser still
 * loads the whole manifest from its own file (lazy route discovery is off, remix.config.js).
 */
function buildWithRoutes(build, routes) {
  const kept = new Set();
  for (const route of routes) for (const current of routeAndAncestors(build.routes, route)) kept.add(current.id);
  const keptOf = (manifest) => Object.fromEntries(Object.entries(manifest).filter(([id]) => kept.has(id)));
  return {
    ...build,
    routes: keptOf(build.routes),
    ...(build.assets ? { assets: { ...build.assets, routes: keptOf(build.assets.routes) } } : {}),
  };
}

/**
 * The server build with the routes that can answer an API address (the build's `isApiPath`): the
 * API's routes and their ancestors.
 */
export function apiOnlyBuild(build) {
  const { isApiPath } = build.entry.module;
  return buildWithRoutes(
    build,
    Object.values(build.routes).filter((route) => isApiPath(fullPath(build.routes, route))),
  );
}

/**
 * The build narrowed to one route and its ancestors. Remix matches an address twice for each
 * request, and a page's render a third time, walking every route of its build each time: a
 * handler over the route an address already matched (server/route-matches.js remembers it) walks
 * a branch or two instead.
 */
export function routeOnlyBuild(build, routeId) {
  return buildWithRoutes(build, [build.routes[routeId]]);
}

/**
 * `(path) => handler`: the handler made by `handlerOf` over the build narrowed to the route
 * `matchesOf(path)` ends in, made when that route is first asked for; the handler of the whole
 * build for a path that matches no route (such as one that cannot be decoded).
 */
export function handlersPerRoute(build, matchesOf, handlerOf) {
  const whole = handlerOf(build);
  const perRoute = new Map();
  return (path) => {
    const routeId = matchesOf(path)?.at(-1)?.route.id;
    if (routeId === undefined) return whole;
    let handler = perRoute.get(routeId);
    if (!handler) perRoute.set(routeId, (handler = handlerOf(routeOnlyBuild(build, routeId))));
    return handler;
  };
}
