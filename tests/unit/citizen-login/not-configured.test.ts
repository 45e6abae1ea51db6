import { describe, expect, it } from "vitest";

for (const name of ["BUNDID_IDP_METADATA", "BUNDID_SP_KEY", "BUNDID_SP_CERT", "OIDC_ISSUER", "OIDC_CLIENT_ID", "OIDC_CLIENT_SECRET"]) {
  delete process.env[name];
}
const { beginBundId, beginLand, bundIdMetadataResponse } = await import("~/server/citizen-login/sign-in.http.server");

describe("sign-in that is not set up", () => {
  it.each([
    ["/anmelden/bundid", () => beginBundId(new Request("http://portal.test/anmelden/bundid")), "BundID"],
    ["/anmelden/bundid/metadata.xml", async () => bundIdMetadataResponse(), "BundID"],
    ["/anmelden/land", () => beginLand(new Request("http://portal.test/anmelden/land")), "Konto Ihres Landes"],
  ])("%s answers 404 and says so", async (_path, call, name) => {
    const response = await call();
    expect(response.status).toBe(404);
    expect(await response.text()).toMatch(new RegExp(`${name}.* ist in diesem Portal nicht eingerichtet`));
  });

  it("refuses an unknown trust level with 400 before anything else", async () => {
    const response = await beginBundId(new Request("http://portal.test/anmelden/bundid?niveau=mittel"));
    expect(response.status).toBe(400);
    expect(await response.text()).toContain("„substantiell“ und „hoch“");
  });
});
