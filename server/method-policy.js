// Which HTTP methods an address accepts, decided from the Remix route manifest before Remix sees
// the request: OPTIONS gets 204 with `Allow`, any other method the matched route does not handle
// gets 405 with `Allow` (Remix itself would answer TRACE with a 500 and an unknown method with a
// bare 405), and a non-GET request to an address no route serves gets 404.
import { documentPath } from "./route-matches.js";
import { edgeAnswerFor, plainAnswer } from "./http-policy.js";

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

/** The match whose action a POST reaches, chosen as Remix does (`getTargetMatch` of @remix-run/router). */
function actionTarget(matches, search) {
  const leaf = matches[matches.length - 1];
  if (leaf.route.index && new URLSearchParams(search).getAll("index").some((value) => value === "")) return leaf;
  const contributing = matches.filter((match, i) => i === 0 || match.route.path);
  return contributing[contributing.length - 1];
}

export function methodPolicy(build, runtime, matchesOf) {
  return (req, res, next) => {
    const matches = matchesOf(documentPath(req.path));
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
