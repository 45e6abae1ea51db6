import { describe, expect, it } from "vitest";
import { isCrossSiteEndpoint } from "~/server/csrf.http.server";

describe("addresses that take cross-site POSTs", () => {
  it.each([
    ["/anmelden/bundid/acs", true],
    ["/anmelden/bundid/acs/", false],
    ["/anmelden/bundid", false],
    ["/anmelden", false],
    ["/status", false],
    ["/verwaltung/anmelden", false],
  ])("%s → %s: only the SAML assertion consumer service", (path, exempt) => {
    expect(isCrossSiteEndpoint(path)).toBe(exempt);
  });
});
