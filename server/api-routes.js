// Every address under /api is the API's, answered by a Remix request handler over the route it
// matches and that route's ancestors only (ADR 040). Remix matches an API call against every route of its build twice,
// flattening and ranking all of them each time; for a JSON call that walk over the portal's pages
// was the largest share of the framework's work. The API's catch-all (api.$) answers an unknown
// address as JSON, where the whole build let some of them fall to a page route with parameters.

/** The full path of a route of the flat server manifest (`/api/v1/submissions`), from its ancestors' paths. */
function fullPath(manifest, route) {
  const segments = [];
  for (let current = route; current; current = manifest[current.parentId]) {
    if (current.path) segments.unshift(current.path);
  }
  return `/${segments.join("/")}`.replace(/\/+/g, "/");
}

/**
 * The server build with the routes that can answer an API address (the build's `isApiPath`): the
 * API's routes and their ancestors.
 */
export function apiOnlyBuild(build) {
  const manifest = build.routes;
  const { isApiPath } = build.entry.module;
  const kept = new Set();
  for (const route of Object.values(manifest)) {
    if (!isApiPath(fullPath(manifest, route))) continue;
    for (let current = route; current && !kept.has(current.id); current = manifest[current.parentId]) kept.add(current.id);
  }
  return { ...build, routes: Object.fromEntries([...kept].map((id) => [id, manifest[id]])) };
}

/**
 * The build narrowed to one route and its ancestors. Remix matches an address twice for each
 * request, walking every route of its build each time: a handler over the route an address
 * already matched (server/route-matches.js remembers it) walks a branch or two instead.
 */
export function routeOnlyBuild(build, routeId) {
  const manifest = build.routes;
  const kept = {};
  for (let current = manifest[routeId]; current; current = manifest[current.parentId]) kept[current.id] = current;
  return { ...build, routes: kept };
}
