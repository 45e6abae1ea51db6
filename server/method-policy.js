// Which HTTP methods an address accepts, decided from the Remix route manifest before Remix sees
// the request: OPTIONS gets 204 with `Allow`, any other method the matched route does not handle
// gets 405 with `Allow` (Remix itself would answer TRACE with a 500 and an unknown method with a
// bare 405), and a non-GET request to an address no route serves gets 404.
import { matchRoutes } from "@remix-run/router";
import { edgeAnswerFor, plainAnswer } from "./http-policy.js";

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

/**
 * The methods a matched address accepts. A module may name them (`allowedMethods`, for API
 * routes with PUT/PATCH/DELETE); otherwise a loader or page component serves GET and HEAD, and an
 * action serves POST.
 */
function allowedMethods(manifest, matches, search) {
  const leaf = manifest[matches[matches.length - 1].route.id];
  if (Array.isArray(leaf.module.allowedMethods)) return [...leaf.module.allowedMethods, "OPTIONS"];
  const methods = [];
  if (leaf.module.loader || leaf.module.default) methods.push("GET", "HEAD");
  if (manifest[actionTarget(matches, search).route.id].module.action) methods.push("POST");
  return [...methods, "OPTIONS"];
}

/** The page a single-fetch data request (`/a/b.data`, `/_root.data`) is for, as Remix strips it. */
function documentPath(path) {
  if (path === "/_root.data") return "/";
  return path.endsWith(".data") ? path.slice(0, -".data".length) : path;
}

/** The match whose action a POST reaches, chosen as Remix does (`getTargetMatch` of @remix-run/router). */
function actionTarget(matches, search) {
  const leaf = matches[matches.length - 1];
  if (leaf.route.index && new URLSearchParams(search).getAll("index").some((value) => value === "")) return leaf;
  const contributing = matches.filter((match, i) => i === 0 || match.route.path);
  return contributing[contributing.length - 1];
}

export function methodPolicy(build, runtime) {
  const routes = routeTree(build.routes);
  return (req, res, next) => {
    const matches = matchRoutes(routes, documentPath(req.path));
    const isCatchAll = !matches || matches[matches.length - 1].route.path?.endsWith("*");
    if (isCatchAll) {
      // GET and HEAD go on to static files and to the pages' own 404.
      if (req.method === "GET" || req.method === "HEAD") return next();
      return plainAnswer(req, res, 404, edgeAnswerFor(runtime, "addressUnknown", req));
    }
    if (req.query._data !== undefined) {
      // Remix's data requests of before single fetch: the portal's own scripts never send them.
      return plainAnswer(req, res, 400, edgeAnswerFor(runtime, "dataParameter", req));
    }
    const allowed = allowedMethods(build.routes, matches, req.url.slice(req.path.length));
    if (req.method === "OPTIONS") {
      res.setHeader("Allow", allowed.join(", "));
      res.status(204).end();
      return;
    }
    if (allowed.includes(req.method)) return next();
    res.setHeader("Allow", allowed.join(", "));
    plainAnswer(
      req,
      res,
      405,
      edgeAnswerFor(runtime, "methodNotAllowed", req, { method: escapeHtml(req.method), allowed: { list: allowed } }),
    );
  };
}

function escapeHtml(text) {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
