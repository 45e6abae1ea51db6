import { describe, expect, it } from "vitest";
import { documentPath, routeMatcher, routePattern } from "../../../server/route-matches.js";

/** A flat manifest as the Remix server build has it: parents by id. */
const manifest = {
  root: { id: "root", path: "" },
  "routes/_index": { id: "routes/_index", parentId: "root", index: true },
  "routes/$gemeinde": { id: "routes/$gemeinde", parentId: "root", path: ":gemeinde" },
  "routes/$gemeinde.$service": { id: "routes/$gemeinde.$service", parentId: "root", path: ":gemeinde/:service" },
  "routes/verwaltung": { id: "routes/verwaltung", parentId: "root", path: "verwaltung" },
  "routes/verwaltung.vorgaenge.$caseNumber": {
    id: "routes/verwaltung.vorgaenge.$caseNumber",
    parentId: "routes/verwaltung",
    path: "vorgaenge/:caseNumber",
  },
};

const leafOf = (matches: Array<{ route: { id: string } }> | null) => matches?.at(-1)?.route.id;

describe("route matches", () => {
  it("finds the nested routes of a path and names their pattern, never the path's values", () => {
    const matchesOf = routeMatcher(manifest);
    const matches = matchesOf("/verwaltung/vorgaenge/SOM-2026-000042");
    expect(leafOf(matches)).toBe("routes/verwaltung.vorgaenge.$caseNumber");
    expect(routePattern(matches)).toBe("/verwaltung/vorgaenge/:caseNumber");
    expect(routePattern(matchesOf("/rastenberg/hundesteuer-anmeldung"))).toBe("/:gemeinde/:service");
    expect(leafOf(matchesOf("/"))).toBe("routes/_index");
  });

  it("matches nothing for a path no route serves or one that cannot be decoded", () => {
    const matchesOf = routeMatcher(manifest);
    expect(matchesOf("/a/b/c/d")).toBeNull();
    expect(matchesOf("/%E0%A4%A")).toBeNull();
    expect(routePattern(null)).toBeNull();
  });

  it("answers a path seen before with the remembered matches, and the same as a fresh match", () => {
    const matchesOf = routeMatcher(manifest);
    const first = matchesOf("/rastenberg");
    expect(matchesOf("/rastenberg")).toBe(first);
    expect(routeMatcher(manifest)("/rastenberg")).toEqual(first);
  });

  it("keeps a bounded number of paths: the least recently used go first, long paths are never kept", () => {
    const matchesOf = routeMatcher(manifest);
    const busy = matchesOf("/rastenberg");
    const early = matchesOf("/soemmerda");
    for (let i = 0; i < 5000; i++) {
      matchesOf(`/gemeinde-${i}`);
      // A path in use stays remembered while thousands of others pass through.
      if (i % 1000 === 0) expect(matchesOf("/rastenberg")).toBe(busy);
    }
    expect(matchesOf("/rastenberg")).toBe(busy);
    const again = matchesOf("/soemmerda");
    expect(again).not.toBe(early);
    expect(again).toEqual(early);
    const long = `/${"x".repeat(300)}`;
    expect(matchesOf(long)).not.toBe(matchesOf(long));
  });

  it("reads a single-fetch data request as the page it is for", () => {
    expect(documentPath("/_root.data")).toBe("/");
    expect(documentPath("/rastenberg/hundesteuer-anmeldung.data")).toBe("/rastenberg/hundesteuer-anmeldung");
    expect(documentPath("/status")).toBe("/status");
  });
});
