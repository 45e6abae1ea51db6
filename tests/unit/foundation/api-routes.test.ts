import { matchRoutes } from "@remix-run/router";
import { describe, expect, it } from "vitest";
import { isApiPath } from "~/server/api/api-address";
import { apiOnlyBuild, routeOnlyBuild } from "../../../server/api-routes.js";
import { routeMatcher } from "../../../server/route-matches.js";

/** A flat manifest as the Remix server build has it, with an API route under a pathless layout. */
const manifest = {
  root: { id: "root", path: "" },
  "routes/_index": { id: "routes/_index", parentId: "root", index: true },
  "routes/$gemeinde.$service": { id: "routes/$gemeinde.$service", parentId: "root", path: ":gemeinde/:service" },
  "routes/$gemeinde.$service._index": { id: "routes/$gemeinde.$service._index", parentId: "routes/$gemeinde.$service", index: true },
  "routes/apidoc": { id: "routes/apidoc", parentId: "root", path: "apidoc" },
  "routes/api.$": { id: "routes/api.$", parentId: "root", path: "api/*" },
  "routes/api.v1.cases": { id: "routes/api.v1.cases", parentId: "root", path: "api/v1/cases" },
  "routes/_versioned": { id: "routes/_versioned", parentId: "root" },
  "routes/_versioned.api.v2.cases": { id: "routes/_versioned.api.v2.cases", parentId: "routes/_versioned", path: "api/v2/cases" },
};
const build = { entry: { module: { isApiPath } }, routes: manifest };

describe("the API's routes", () => {
  it("keep the API's routes with their ancestors and nothing else", () => {
    const subset = apiOnlyBuild(build);
    expect(Object.keys(subset.routes).sort()).toEqual(
      ["root", "routes/_versioned", "routes/_versioned.api.v2.cases", "routes/api.$", "routes/api.v1.cases"].sort(),
    );
    expect(subset.entry).toBe(build.entry);
    expect(subset.routes["routes/api.v1.cases"]).toBe(manifest["routes/api.v1.cases"]);
  });

  it("match an API route as the whole build does, and send every other API address to the API's catch-all", () => {
    const whole = routeMatcher(manifest);
    const apiOnly = routeMatcher(apiOnlyBuild(build).routes);
    const leaf = (matches: ReturnType<typeof matchRoutes>) => matches?.at(-1)?.route.id;
    for (const path of ["/api", "/api/v1/cases", "/api/v2/cases", "/api/v1/unknown", "/api/x/y/z"]) {
      expect(leaf(apiOnly(path)), path).toBe(leaf(whole(path)));
    }
    // Two segments fit the page of a service, whose index route ranks above the API's catch-all.
    expect(leaf(whole("/api/x"))).toBe("routes/$gemeinde.$service._index");
    expect(leaf(apiOnly("/api/x"))).toBe("routes/api.$");
  });

  it("narrowed to the route an address matched, match it to that route again", () => {
    const apiBuild = apiOnlyBuild(build);
    const apiOnly = routeMatcher(apiBuild.routes);
    const leaf = (matches: ReturnType<typeof matchRoutes>) => matches?.at(-1)?.route.id;
    for (const path of ["/api", "/api/v1/cases", "/api/v2/cases", "/api/v1/unknown", "/api/x"]) {
      const matched = leaf(apiOnly(path))!;
      const narrowed = routeOnlyBuild(apiBuild, matched);
      expect(leaf(routeMatcher(narrowed.routes)(path)), path).toBe(matched);
      expect(narrowed.entry).toBe(build.entry);
    }
    expect(Object.keys(routeOnlyBuild(apiBuild, "routes/_versioned.api.v2.cases").routes).sort()).toEqual(
      ["root", "routes/_versioned", "routes/_versioned.api.v2.cases"].sort(),
    );
  });

  it("answer /api and every address under it, and no other", () => {
    for (const path of ["/api", "/api/v1/cases", "/api/"]) expect(isApiPath(path), path).toBe(true);
    for (const path of ["/", "/apidoc", "/api.data", "/apix/v1", "/rastenberg/api"]) expect(isApiPath(path), path).toBe(false);
  });
});
