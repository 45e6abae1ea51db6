// Every address under /api is the API's, answered by a Remix request handler over the route it
// matches and that route's ancestors only (ADR 040). Remix matches an API call against every
// route of its build twice, flattening and ranking all of them each time; for a JSON call that
// walk over the portal's pages was the largest share of the framework's work. The API's catch-all
// (api.$) answers an unknown address as JSON, where the whole build let some of them fall to a
// page route with parameters.

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
 * of siblings decides between routes that rank alike.
 */
function buildWithRoutes(build, routes) {
  const kept = new Set();
  for (const route of routes) for (const current of routeAndAncestors(build.routes, route)) kept.add(current.id);
  return { ...build, routes: Object.fromEntries(Object.entries(build.routes).filter(([id]) => kept.has(id))) };
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
 * request, walking every route of its build each time: a handler over the route an address
 * already matched (server/route-matches.js remembers it) walks a branch or two instead.
 */
export function routeOnlyBuild(build, routeId) {
  return buildWithRoutes(build, [build.routes[routeId]]);
}
