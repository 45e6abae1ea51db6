import { matchRoutes } from "@remix-run/router";
import { describe, expect, it } from "vitest";
import { isApiPath } from "~/server/api/api-address";
import { apiOnlyBuild, handlersPerRoute, routeOnlyBuild } from "../../../server/route-builds.js";
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
/** The browser's manifest of the same routes, as the build's `assets` has it. */
const assets = {
  url: "/build/manifest-1.js",
  routes: Object.fromEntries(Object.entries(manifest).map(([id, route]) => [id, { ...route, module: `/build/${id}.js` }])),
};
const build = { entry: { module: { isApiPath } }, routes: manifest, assets };
const leaf = (matches: ReturnType<typeof matchRoutes>) => matches?.at(-1)?.route.id;

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

describe("a page's route", () => {
  const pages = ["/", "/rastenberg/hundesteuer", "/apidoc"];

  it("narrowed to the route its address matched, matches the address to that route again", () => {
    const whole = routeMatcher(manifest);
    for (const path of pages) {
      const matched = leaf(whole(path))!;
      const narrowed = routeOnlyBuild(build, matched);
      expect(leaf(routeMatcher(narrowed.routes)(path)), path).toBe(matched);
    }
  });

  it("narrows the browser's manifest alike and keeps the rest of the assets", () => {
    const narrowed = routeOnlyBuild(build, "routes/$gemeinde.$service._index");
    const kept = ["root", "routes/$gemeinde.$service", "routes/$gemeinde.$service._index"];
    expect(Object.keys(narrowed.routes)).toEqual(kept);
    // The page's render builds its routes from the browser's manifest and needs a module for each.
    expect(Object.keys(narrowed.assets.routes)).toEqual(kept);
    expect(narrowed.assets.routes["root"]).toBe(assets.routes["root"]);
    expect(narrowed.assets.url).toBe(assets.url);
    expect(Object.keys(build.assets.routes)).toHaveLength(Object.keys(manifest).length);
  });
});

describe("the handler of a request", () => {
  const madeFor = (routes: Record<string, unknown>) => Object.keys(routes).join(" ");

  it("is made once per route, over the build narrowed to the route its address matched", () => {
    const made: string[] = [];
    const handlerFor = handlersPerRoute(build, routeMatcher(manifest), (narrowed: typeof build) => {
      made.push(madeFor(narrowed.routes));
      return { routes: madeFor(narrowed.routes) };
    });
    const first = handlerFor("/rastenberg/hundesteuer");
    expect(first.routes).toBe("root routes/$gemeinde.$service routes/$gemeinde.$service._index");
    expect(handlerFor("/sommerda/gewerbe")).toBe(first);
    expect(handlerFor("/").routes).toBe("root routes/_index");
    // The whole build's handler first, then one for each route asked for.
    expect(made).toHaveLength(3);
  });

  it("is the whole build's for an address that matches no route", () => {
    const handlerFor = handlersPerRoute(build, routeMatcher(manifest), (narrowed: typeof build) => ({ routes: madeFor(narrowed.routes) }));
    expect(handlerFor("/%E0%A4%A").routes).toBe(madeFor(manifest));
    expect(handlerFor("/a/b/c").routes).toBe(madeFor(manifest));
  });
});
